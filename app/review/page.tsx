import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { listReviewQueue } from "@/db/marketplace/review";
import { requireActor } from "@/lib/auth/session";
import { canReview } from "@/lib/marketplace/authz";
import { AccountBar } from "../vendor/_components/account-bar";

export const metadata: Metadata = { title: "Review queue" };

export default async function ReviewQueuePage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireActor("/review");
  if (!canReview(actor)) notFound();
  const queue = listReviewQueue(actor);
  const { decided } = await searchParams;
  return (
    <>
      <AccountBar actor={actor} />
      {decided ? <p role="status" className="mb-4 border-l-4 border-[var(--color-ok)] bg-[#e6f2ea] p-3">Decision recorded.</p> : null}
      <h1 className="text-3xl">Review queue</h1>
      <p className="mt-2">
        Oldest first. <Link href="/review/audit">Audit log</Link>
      </p>
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
