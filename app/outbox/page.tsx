import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { listOutbox, outboxIsOpen } from "@/db/mail";
import { getStaff } from "@/db/auth/staff";

export const metadata: Metadata = { title: "Mail outbox", robots: { index: false } };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ to?: string }> };

const when = (iso: string) => new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }) + " UTC";

/** Mail the portal would have sent. Open to all only in development and tests; admins otherwise. */
export default async function OutboxPage({ searchParams }: Props) {
  if (!outboxIsOpen()) {
    const staff = await getStaff();
    if (staff?.role !== "admin") notFound();
  }
  const { to } = await searchParams;
  const address = typeof to === "string" && to.length <= 254 ? to.trim() : undefined;
  const mails = listOutbox({ to: address || undefined, limit: 50 });
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl">Mail outbox</h1>
      <p className="mt-3">This portal has no mail server configured, so the messages it would send are kept here instead. Newest first.</p>
      <form method="get" className="mt-4 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="outbox-to" className="block font-semibold">
            Email address
          </label>
          <input id="outbox-to" name="to" type="email" defaultValue={address} className="mt-1 rounded-sm border-2 border-ink px-2 py-1.5" />
        </div>
        <button type="submit" className="rounded-sm border-2 border-ink px-3 py-1.5 font-semibold">
          Show messages
        </button>
      </form>
      {mails.length === 0 ? (
        <p className="mt-6">No messages{address ? ` for ${address}` : ""}.</p>
      ) : (
        <ol className="mt-6 space-y-4">
          {mails.map((mail) => (
            <li key={mail.id} className="rounded-sm border border-line p-4">
              <h2 className="text-lg font-semibold">{mail.subject}</h2>
              <p className="text-sm">
                To {mail.to} · {when(mail.createdAt)}
              </p>
              <pre className="mt-3 whitespace-pre-wrap break-words font-sans">{mail.text}</pre>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
