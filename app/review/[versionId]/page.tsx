import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ProductDetail } from "@/components/marketplace/product-detail";
import { StaffNav } from "@/components/staff/staff-nav";
import { getSubmission } from "@/db/marketplace/review";
import { getBuildingBlock } from "@/lib/content/building-blocks";
import { requirementHref } from "@/lib/content/links";
import { requireStaff } from "@/db/auth/staff";
import { complianceFor } from "@/lib/marketplace/compliance";
import { renderVendorMarkdown } from "@/lib/marketplace/markdown";
import { ASSESSMENT_LABELS, EVIDENCE_LABELS } from "@/lib/marketplace/options";
import { ReviewForm, type ReviewBb } from "../_components/review-form";
import { decideAction } from "../actions";

export const metadata: Metadata = { title: "Review a submission", robots: { index: false } };

const FIELDS_COMPARED = [
  "name",
  "summary",
  "description",
  "website",
  "sourceUrl",
  "docsUrl",
  "licence",
  "licenceType",
  "hosting",
  "pricing",
  "dpgStatus",
  "contactEmail",
  "versionLabel",
] as const;

export default async function ReviewSubmissionPage({ params }: { params: Promise<{ versionId: string }> }) {
  const { versionId } = await params;
  const staff = await requireStaff({ returnTo: `/staff` });
  const sub = getSubmission({ userId: staff.id, email: staff.email, name: staff.name, role: staff.role }, versionId);
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
  const bbs: ReviewBb[] = p.bbs.map((claim) => {
    const spec = getBuildingBlock(claim.bbId);
    const requirements = spec?.requirements ?? [];
    const answers = new Map(claim.assessments.map((a) => [a.requirementId, a]));
    const result = complianceFor(requirements, new Map(claim.assessments.map((a) => [a.requirementId, a.status])));
    return {
      bbId: claim.bbId,
      title: spec?.title ?? claim.bbId,
      summary: requirements.length
        ? `${result.requiredMet} of ${result.requiredTotal} required met, ${result.answered} of ${requirements.length} answered: ${result.level ? `Level ${result.level}` : "below Level 1"}`
        : "The specification has no requirement list yet",
      evidence: EVIDENCE_LABELS[claim.evidence],
      requirements: requirements.map((r) => {
        const a = answers.get(r.id);
        return {
          id: r.id,
          level: r.level,
          text: r.text,
          href: requirementHref(claim.bbId, r.id),
          answer: a ? ASSESSMENT_LABELS[a.status] : "Not answered",
          noteHtml: a?.comment ? renderVendorMarkdown(a.comment) : "",
          evidenceUrl: a?.evidenceUrl ?? null,
        };
      }),
    };
  });
  return (
    <>
      <StaffNav staff={staff} />
      <p className="text-sm">
        <Link href="/review">Marketplace submissions</Link>
      </p>
      <h1 className="mt-2 text-3xl">
        Review: {p.name} version {sub.number}
      </h1>
      <p className="text-muted">by {p.organisation.name}</p>
      <p className="mt-2 max-w-3xl">{p.summary}</p>
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
      <details className="mt-4 max-w-3xl rounded border border-line p-3">
        <summary className="cursor-pointer font-semibold">Product details as submitted (licence, hosting, links, deployments)</summary>
        <ProductDetail product={p} coverage={false} />
      </details>
      <div className="mt-6">
        {sub.status === "submitted" ? (
          <ReviewForm action={decideAction.bind(null, versionId)} bbs={bbs} />
        ) : (
          <>
            <p>
              {sub.status === "withdrawn"
                ? "The vendor withdrew this version before a decision; there is nothing to decide."
                : `Decision already recorded: ${sub.status.replace("_", " ")}.`}
            </p>
            <h2 className="mt-6 text-2xl">What was submitted</h2>
            <ProductDetail product={p} />
          </>
        )}
      </div>
    </>
  );
}
