import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/forms/action-form";
import { ProductDetail } from "@/components/marketplace/product-detail";
import { getSubmission } from "@/db/marketplace/review";
import { requireActor } from "@/lib/auth/session";
import { getBuildingBlock } from "@/lib/content/building-blocks";
import { canReview } from "@/lib/marketplace/authz";
import { AccountBar } from "../../vendor/_components/account-bar";
import { decideAction } from "../actions";

export const metadata: Metadata = { title: "Review a submission" };

const FIELDS_COMPARED = ["name", "summary", "description", "website", "sourceUrl", "docsUrl", "licence", "licenceType", "hosting", "pricing", "dpgStatus", "contactEmail", "versionLabel"] as const;

export default async function ReviewSubmissionPage({ params }: { params: Promise<{ versionId: string }> }) {
  const { versionId } = await params;
  const actor = await requireActor(`/review/${versionId}`);
  if (!canReview(actor)) notFound();
  const sub = getSubmission(actor, versionId);
  if (!sub) notFound();
  const p = sub.snapshot;
  // Compare only with an older published version: once approved, this version is the published one.
  const update = sub.published && sub.published.versionNumber < sub.number ? sub.published : null;
  const changed = update
    ? [
        ...FIELDS_COMPARED.filter((f) => JSON.stringify(p[f]) !== JSON.stringify(update.snapshot[f])),
        ...(JSON.stringify(p.bbs) !== JSON.stringify(update.snapshot.bbs) ? ["Building Blocks or answers"] : []),
        ...(JSON.stringify(p.deployments) !== JSON.stringify(update.snapshot.deployments) ? ["deployments"] : []),
      ]
    : [];
  return (
    <>
      <AccountBar actor={actor} />
      <p className="text-sm">
        <Link href="/review">Review queue</Link>
      </p>
      <h1 className="mt-2 text-3xl">
        Review: {p.name} version {sub.number}
      </h1>
      <p className="text-[var(--color-muted)]">by {p.organisation.name}</p>
      {update ? (
        <p className="mt-2">
          Update of published version {update.versionNumber}. Changed: {changed.length ? changed.join(", ") : "nothing visible"}.
        </p>
      ) : sub.published ? (
        <p className="mt-2">
          {sub.published.versionNumber === sub.number ? "This version is the one published" : `Version ${sub.published.versionNumber} is published now`}:{" "}
          <Link href={`/marketplace/products/${p.slug}`}>see the public listing</Link>.
        </p>
      ) : (
        <p className="mt-2">A new listing.</p>
      )}
      {sub.status === "submitted" ? (
        <section aria-labelledby="decide" className="mt-6 max-w-3xl rounded border-2 border-[var(--color-brand-700)] p-4">
          <h2 id="decide" className="mb-3 text-2xl">
            Your decision
          </h2>
          <ActionForm
            action={decideAction.bind(null, versionId)}
            submitLabel="Record decision"
            fields={[
              {
                name: "decision",
                label: "Decision",
                type: "radios",
                options: [
                  { value: "approve", label: "Approve and publish" },
                  { value: "request_changes", label: "Request changes", hint: "The vendor can edit and submit again." },
                  { value: "reject", label: "Reject", hint: "For listings that do not belong in the marketplace." },
                ],
              },
              {
                name: "verifiedBbs",
                label: "Building Blocks whose evidence you checked (optional)",
                type: "checkboxes",
                hint: "Approved claims you tick are labelled “Checked by a portal reviewer”.",
                options: p.bbs.map((b) => ({ value: b.bbId, label: getBuildingBlock(b.bbId)?.title ?? b.bbId })),
              },
              { name: "reason", label: "Reason or comment for the vendor", type: "textarea", rows: 4, hint: "Required when you request changes or reject." },
            ]}
          />
        </section>
      ) : (
        <p className="mt-4">
          {sub.status === "withdrawn" ? "The vendor withdrew this version before a decision; there is nothing to decide." : `Decision already recorded: ${sub.status.replace("_", " ")}.`}
        </p>
      )}
      <section aria-labelledby="submitted" className="mt-8">
        <h2 id="submitted" className="text-2xl">
          What was submitted
        </h2>
        <p className="mt-1">{p.summary}</p>
        <ProductDetail product={p} />
      </section>
    </>
  );
}
