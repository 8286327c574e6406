import type { Metadata } from "next";
import Link from "next/link";
import { getSubmission, listReviewQueue } from "@/db/marketplace/review";
import { StaffNav } from "@/components/staff/staff-nav";
import { Notice } from "@/components/ui/notice";
import { requireStaff } from "@/db/auth/staff";

export const metadata: Metadata = { title: "Review queue" };

/** What the reviewer just did, in words, with where its effect can be seen. */
function DecisionNotice({ name, number, status, slug }: { name: string; number: number; status: string; slug: string }) {
  const what = `${name} version ${number}`;
  if (status === "approved")
    return (
      <>
        You approved {what}. It is now public: <Link href={`/marketplace/products/${slug}`}>see the listing</Link>.
      </>
    );
  if (status === "changes_requested") return <>You asked for changes to {what}. The vendor sees your reason on their product page and can submit again.</>;
  if (status === "rejected") return <>You rejected {what}. The vendor sees your reason on their product page.</>;
  return <>Decision recorded.</>;
}

export default async function ReviewQueuePage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const staff = await requireStaff({ returnTo: "/staff" });
  const actor = { userId: staff.id, email: staff.email, name: staff.name, role: staff.role };
  const queue = listReviewQueue(actor);
  const { decided } = await searchParams;
  const done = typeof decided === "string" ? getSubmission(actor, decided) : undefined;
  return (
    <>
      <StaffNav staff={staff} />
      {decided ? (
        <Notice className="mb-4">
          {done ? <DecisionNotice name={done.snapshot.name} number={done.number} status={done.status} slug={done.snapshot.slug} /> : "Decision recorded."}
        </Notice>
      ) : null}
      <h1 className="text-3xl">Review queue</h1>
      <p className="mt-2">Marketplace submissions, oldest first. Open one to read its evidence, comment per requirement and decide.</p>
      {queue.length === 0 ? (
        <p className="mt-4">Nothing is waiting for review.</p>
      ) : (
        <ul className="mt-4 space-y-2">
          {queue.map((q) => (
            <li key={q.versionId}>
              <Link href={`/review/${q.versionId}`}>
                {q.productName} version {q.number}
              </Link>{" "}
              by {q.organisationName}, submitted {q.submittedAt.slice(0, 16).replace("T", " ")} UTC
              {q.published ? ` (update of published version ${q.published})` : " (new listing)"}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
