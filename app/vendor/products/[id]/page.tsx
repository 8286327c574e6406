import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/forms/action-form";
import { LevelBadge, EvidenceLabel } from "@/components/marketplace/badges";
import { ProductDetail } from "@/components/marketplace/product-detail";
import { Notice } from "@/components/ui/notice";
import { latestVerified } from "@/db/conformance";
import { ForbiddenError, getWorkingCopy, submissionProblems } from "@/db/marketplace/vendor";
import { requireActor } from "@/db/auth/session";
import { getBuildingBlock } from "@/lib/content/building-blocks";
import { sectionProgressOf } from "@/lib/marketplace/assessment";
import { complianceFor } from "@/lib/marketplace/compliance";
import { requirementHref } from "@/lib/content/links";
import { REVIEW_STATUS_LABELS } from "@/lib/marketplace/options";
import { AccountBar } from "../../_components/account-bar";
import { deleteDraftAction, submitForReviewAction, uploadLogoAction, withdrawSubmissionAction } from "../../actions";
import { Section } from "@/components/ui/section";

export const metadata: Metadata = { title: "Your product" };

const DECISION_LABELS: Record<string, string> = {
  submitted: "Waiting for review",
  approved: "Approved and published",
  changes_requested: "Changes requested",
  rejected: "Rejected",
  withdrawn: "Withdrawn from review by your organisation",
};

export default async function VendorProductPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { id } = await params;
  const sp = await searchParams;
  const actor = await requireActor(`/vendor/products/${id}`);
  let copy;
  try {
    copy = getWorkingCopy(actor, id);
  } catch (error) {
    if (error instanceof ForbiddenError) notFound();
    throw error;
  }
  const { snapshot: p } = copy;
  const problems = submissionProblems(p);
  // The latest reviewer decision (a withdrawn version has none, so an earlier comment still shows).
  const lastDecision = copy.reviews.find((r) => r.status !== "submitted" && r.status !== "withdrawn");
  return (
    <>
      <AccountBar actor={actor} />
      {sp.saved ? <Notice className="mb-4">Your changes are saved.</Notice> : null}
      {sp.submitted ? <Notice className="mb-4">Submitted. A reviewer will look at it; you will see their decision here.</Notice> : null}
      {sp.withdrawn ? (
        <Notice className="mb-4">
          Withdrawn from review. The product is a draft again with your changes kept: edit it, then submit it for review when it is ready.
          {copy.publishedVersion ? ` The public listing (version ${copy.publishedVersion}) has not changed.` : ""}
        </Notice>
      ) : null}
      {sp.locked && copy.status === "submitted" ? (
        <Notice tone="warning" className="mb-4">
          You cannot change {p.name} while version {copy.reviews[0]?.number} waits for review. Once the reviewer decides, you can edit it again; their decision
          will show on this page. To change it now, withdraw it from review below.
        </Notice>
      ) : null}
      <h1 className="text-3xl">{p.name}</h1>
      <p className="text-muted">by {p.organisation.name}</p>
      <dl className="mt-4 grid max-w-3xl grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[12rem_1fr]">
        <dt className="font-semibold">Status</dt>
        <dd>{REVIEW_STATUS_LABELS[copy.status]}</dd>
        <dt className="font-semibold">Public listing</dt>
        <dd>
          {copy.publishedVersion ? (
            <>
              <Link href={`/marketplace/products/${p.slug}`}>Version {copy.publishedVersion} is public</Link>
              {copy.status !== "published" ? ". It stays as it is until a reviewer approves your changes." : ""}
            </>
          ) : (
            "Not published yet"
          )}
        </dd>
      </dl>

      <ReviewStanding copy={copy} />

      {copy.reviewComments ? (
        <section aria-labelledby="requirement-comments" className="mt-6 max-w-3xl border-l-4 border-warn bg-warn-tint p-4">
          <h2 id="requirement-comments" className="text-xl">
            Reviewer&apos;s comments per requirement (version {copy.reviewComments.version})
          </h2>
          <ul className="mt-2 space-y-2">
            {[...copy.reviewComments.byRequirement].map(([key, comment]) => {
              const [bbId = "", requirementId = ""] = key.split("/");
              const section = getBuildingBlock(bbId)?.requirements.find((r) => r.id === requirementId)?.section;
              return (
                <li key={key}>
                  <strong>
                    {getBuildingBlock(bbId)?.title ?? bbId}, <a href={requirementHref(bbId, requirementId)}>{requirementId}</a>
                  </strong>
                  : <span className="whitespace-pre-line">{comment}</span>
                  {copy.canEdit && section ? (
                    <>
                      {" "}
                      <Link href={`/vendor/products/${p.productId}/assessment/${bbId}/${section}#f-${requirementId}-status`}>
                        Change your answer<span className="sr-only"> to {requirementId}</span>
                      </Link>
                    </>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}

      {lastDecision?.reason && copy.status !== "published" ? (
        <section aria-labelledby="review-comment" className="mt-6 max-w-3xl border-l-4 border-warn bg-warn-tint p-4">
          <h2 id="review-comment" className="text-xl">
            Reviewer&apos;s comment on version {lastDecision.number}: {DECISION_LABELS[lastDecision.status]}
          </h2>
          <p className="mt-2 whitespace-pre-line">{lastDecision.reason}</p>
        </section>
      ) : null}

      <Section headingId="next-steps" title="Building Blocks and self-assessment" className="mt-8">
        {p.bbs.length === 0 ? <p className="mt-2">No Building Block claimed yet. Choose them in the product details.</p> : null}
        <ul className="mt-2 space-y-2">
          {p.bbs.map((claim) => {
            const spec = getBuildingBlock(claim.bbId);
            const statuses = new Map(claim.assessments.map((a) => [a.requirementId, a.status]));
            const result = complianceFor(spec?.requirements ?? [], statuses);
            const sections = sectionProgressOf(spec?.requirements ?? [], statuses);
            return (
              <li key={claim.bbId} className="flex flex-wrap items-center gap-2">
                <strong>{spec?.title ?? claim.bbId}</strong>
                {spec && spec.status !== "published" ? <span className="text-sm">(specification {spec.status}: no levels yet)</span> : null}
                <span className="text-sm">
                  {result.answered} of {spec?.requirements.length ?? 0} requirements answered
                </span>
                {sections.length ? (
                  <span className="text-sm">
                    ({sections.map((s) => `${s.title.replace(" requirements", "").toLowerCase()} ${s.progress.answered}/${s.progress.total}`).join(", ")})
                  </span>
                ) : null}
                <LevelBadge level={result.level} assessed={claim.assessments.length > 0} />
                <EvidenceLabel evidence={claim.evidence} />
                {copy.canEdit && spec?.requirements.length ? (
                  <Link href={`/vendor/products/${p.productId}/assessment/${claim.bbId}`}>
                    Answer the requirements<span className="sr-only"> of {spec.title}</span>
                  </Link>
                ) : null}
                {spec?.hasApi ? (
                  <Link href={`/vendor/products/${p.productId}/conformance/${claim.bbId}`}>
                    Test your endpoint<span className="sr-only"> for {spec.title}</span>
                  </Link>
                ) : null}
              </li>
            );
          })}
        </ul>
        {copy.canEdit ? (
          <p className="mt-4">
            <Link href={`/vendor/products/${p.productId}/edit`}>Edit product details</Link>
          </p>
        ) : (
          <p className="mt-4">This version is waiting for review, so it cannot be changed now.</p>
        )}
      </Section>

      {copy.canWithdraw ? (
        <section aria-labelledby="withdraw" className="mt-8">
          <h2 id="withdraw" className="mb-2 text-2xl">
            Withdraw from review
          </h2>
          <p className="mb-4 max-w-3xl">
            Spotted a mistake? Withdraw version {copy.reviews[0]?.number} before a reviewer decides on it. It leaves the review queue and the product becomes a
            draft again, with everything you entered kept, so you can correct it and submit again.
            {copy.publishedVersion ? ` The public listing (version ${copy.publishedVersion}) stays as it is.` : ""}
          </p>
          <ActionForm action={withdrawSubmissionAction.bind(null, p.productId)} submitLabel="Withdraw from review" fields={[]} />
        </section>
      ) : null}

      {copy.canEdit ? (
        <section aria-labelledby="logo" className="mt-8">
          <h2 id="logo" className="mb-2 text-2xl">
            Logo
          </h2>
          {p.logoFile ? (
            <figure className="mb-4">
              {/* eslint-disable-next-line @next/next/no-img-element -- logos are served by our own route, already size-limited */}
              <img
                src={`/api/marketplace/logos/${p.logoFile}`}
                alt={`Current logo of ${p.name}`}
                width={64}
                height={64}
                className="size-16 border border-line object-contain"
              />
              <figcaption className="mt-1 text-sm">Your current logo.</figcaption>
            </figure>
          ) : (
            <p className="mb-4">No logo yet. The listing shows the product name alone.</p>
          )}
          <ActionForm
            action={uploadLogoAction.bind(null, p.productId)}
            submitLabel={p.logoFile ? "Replace logo" : "Upload logo"}
            multipart
            fields={[
              {
                name: "logo",
                label: p.logoFile ? "New logo image" : "Logo image",
                type: "file",
                accept: "image/png,image/jpeg,image/webp",
                hint: "PNG, JPEG or WebP, at most 512 KB.",
              },
            ]}
          />
        </section>
      ) : null}

      {copy.canSubmit ? (
        <section aria-labelledby="submit" className="mt-8">
          <h2 id="submit" className="mb-2 text-2xl">
            Submit for review
          </h2>
          {problems.length ? (
            <>
              <p>Before you submit:</p>
              <ul className="mb-4 mt-1 list-disc pl-6">
                {problems.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            </>
          ) : (
            <p className="mb-4">A reviewer will check this version. You cannot change it while it waits for review.</p>
          )}
          <ActionForm action={submitForReviewAction.bind(null, p.productId)} submitLabel="Submit for review" fields={[]} />
        </section>
      ) : null}

      {copy.canDelete ? (
        <section aria-labelledby="delete" className="mt-8 max-w-3xl border-t border-line pt-6">
          <h2 id="delete" className="mb-2 text-2xl">
            Delete this draft
          </h2>
          <p className="mb-4">
            {p.name} has never been published. Deleting it removes the product, its self-assessment answers, its logo and its review history. It cannot be
            undone.
          </p>
          <ActionForm
            action={deleteDraftAction.bind(null, p.productId)}
            submitLabel="Delete this draft"
            fields={[
              {
                name: "confirm",
                label: "Confirm the deletion",
                type: "checkboxes",
                options: [{ value: "yes", label: `I understand ${p.name} and its answers will be deleted for good` }],
              },
            ]}
          />
        </section>
      ) : null}

      {copy.reviews.length ? (
        <Section headingId="history" title="Review history" className="mt-8">
          <ul className="mt-2 space-y-2">
            {copy.reviews.map((r) => (
              <li key={r.number}>
                Version {r.number}, submitted {r.submittedAt.slice(0, 10)}: <strong>{DECISION_LABELS[r.status]}</strong>
                {r.reason ? <span className="block whitespace-pre-line text-sm">Reason: {r.reason}</span> : null}
              </li>
            ))}
          </ul>
        </Section>
      ) : null}

      <Section headingId="preview" title="Preview of this version" className="mt-10 border-t-4 border-line pt-4">
        <p className="mt-1 text-sm">This is how the listing will look once approved.</p>
        <ProductDetail product={p} testEvidence={latestVerified(p.productId)} />
      </Section>
    </>
  );
}

/** Where the product stands: the steps from draft to decision, the current one marked. */
function ReviewStanding({ copy }: { copy: Awaited<ReturnType<typeof getWorkingCopy>> }) {
  const latest = copy.reviews[0];
  const waiting = copy.status === "submitted";
  const decided = latest && !["submitted", "withdrawn"].includes(latest.status) && copy.status !== "draft";
  const steps = [
    { label: "Draft: you fill in the details and the self-assessment", done: !!latest && latest.status !== "withdrawn", current: !waiting && !decided },
    {
      label: waiting
        ? `Waiting for a reviewer: version ${latest!.number} was submitted ${latest!.submittedAt.slice(0, 10)}${copy.queueAhead ? `; ${copy.queueAhead} submission${copy.queueAhead === 1 ? " is" : "s are"} ahead of it` : "; it is next in the queue"}`
        : "Review: a reviewer checks your answers and evidence",
      done: !!decided,
      current: waiting,
    },
    {
      label: decided
        ? `Decision on version ${latest!.number}: ${DECISION_LABELS[latest!.status]}`
        : "Decision: approved and published, or returned with comments",
      done: false,
      current: !!decided,
    },
  ];
  return (
    <section aria-labelledby="standing" className="mt-6 max-w-3xl">
      <h2 id="standing" className="text-xl">
        Where it stands
      </h2>
      <ol className="mt-2 space-y-1">
        {steps.map((s, i) => (
          <li key={i} className={`border-l-4 pl-3 ${s.current ? "border-brand-700 font-semibold" : "border-line"}`}>
            {s.current ? <span className="sr-only">Current step: </span> : s.done ? <span className="sr-only">Done: </span> : null}
            {i + 1}. {s.label}
          </li>
        ))}
      </ol>
    </section>
  );
}
