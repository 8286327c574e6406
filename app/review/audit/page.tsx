import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { listAuditLog } from "@/db/marketplace/review";
import { requireActor } from "@/lib/auth/session";
import { canReview } from "@/lib/marketplace/authz";
import { AccountBar } from "../../vendor/_components/account-bar";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const actor = await requireActor("/review/audit");
  if (!canReview(actor)) notFound();
  const page = Math.max(1, Number((await searchParams).page) || 1);
  const log = listAuditLog(actor, page);
  return (
    <>
      <AccountBar actor={actor} />
      <h1 className="text-3xl">Audit log</h1>
      <p className="mt-2">Every change and decision, newest first ({log.total} entries).</p>
      <div className="mt-4 overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm">
          <thead>
            <tr className="bg-[var(--color-brand-50)]">
              <th scope="col" className="border border-[var(--color-line)] p-2">When (UTC)</th>
              <th scope="col" className="border border-[var(--color-line)] p-2">Who</th>
              <th scope="col" className="border border-[var(--color-line)] p-2">What</th>
              <th scope="col" className="border border-[var(--color-line)] p-2">Product</th>
              <th scope="col" className="border border-[var(--color-line)] p-2">Details</th>
            </tr>
          </thead>
          <tbody>
            {log.rows.map((r) => (
              <tr key={r.id} className="align-top">
                <td className="whitespace-nowrap border border-[var(--color-line)] p-2">{r.at.slice(0, 19).replace("T", " ")}</td>
                <td className="border border-[var(--color-line)] p-2">{r.actor}</td>
                <td className="border border-[var(--color-line)] p-2">{r.action}</td>
                <td className="border border-[var(--color-line)] p-2">{r.productName ?? ""}</td>
                <td className="break-all border border-[var(--color-line)] p-2 font-mono">{r.detail ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav aria-label="Pages of the audit log" className="mt-4 flex gap-4">
        {page > 1 ? <Link href={`/review/audit?page=${page - 1}`}>Newer entries</Link> : null}
        {page < log.pageCount ? <Link href={`/review/audit?page=${page + 1}`}>Older entries</Link> : null}
      </nav>
    </>
  );
}
