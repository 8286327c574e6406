import Link from "next/link";
import type { ProductSnapshot } from "@/db/marketplace/core/types";
import { getBuildingBlocks } from "@/lib/content/building-blocks";
import { complianceFor } from "@/lib/marketplace/compliance";
import { ASSESSMENT_LABELS, countryName, DPG_LABELS, HOSTING_LABELS, LICENCE_TYPE_LABELS, PRICING_LABELS } from "@/lib/marketplace/options";
import type { VerifiedEvidence } from "@/db/conformance";
import { LevelBadge } from "./badges";
import { EvidenceByKind, TestResultCell } from "./test-evidence";
import { VendorText } from "./vendor-text";
import { requirementHref } from "@/lib/content/links";
import { getUseCaseTitles } from "@/lib/content/use-cases";
import { assessmentAge } from "@/lib/content/versions";
import { TableHeadRow } from "@/components/ui/table-head-row";
import { Section } from "@/components/ui/section";
import { TableScroll } from "@/components/ui/table-scroll";

const STATUS_MARK = { met: "✓", not_met: "✗", na: "–" } as const;

/**
 * Facts, BB coverage with per-requirement answers, use cases and deployments of one snapshot.
 * `testEvidence`: the newest conformance run per BB (db/conformance.ts latestVerified), shown as its own kind of evidence.
 * `coverage` false leaves the BB coverage out (the review page shows it with its comment fields).
 */
export function ProductDetail({
  product,
  testEvidence,
  coverage = true,
}: {
  product: ProductSnapshot;
  testEvidence?: Map<string, VerifiedEvidence>;
  coverage?: boolean;
}) {
  const specs = new Map(getBuildingBlocks().map((b) => [b.id, b]));
  const links = [
    { label: "Website", href: product.website },
    { label: "Source code", href: product.sourceUrl },
    { label: "Documentation", href: product.docsUrl },
  ].filter((l): l is { label: string; href: string } => !!l.href);
  return (
    <>
      <dl className="mt-6 grid max-w-3xl grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[12rem_1fr]">
        <dt className="font-semibold">Licence</dt>
        <dd>
          {LICENCE_TYPE_LABELS[product.licenceType]}
          {product.licence ? ` · SPDX: ${product.licence}` : " · licence id not stated"}
        </dd>
        <dt className="font-semibold">Hosting</dt>
        <dd>{HOSTING_LABELS[product.hosting]}</dd>
        <dt className="font-semibold">Pricing</dt>
        <dd>{PRICING_LABELS[product.pricing]}</dd>
        <dt className="font-semibold">Digital public good</dt>
        <dd>{DPG_LABELS[product.dpgStatus]}</dd>
        {product.versionLabel ? (
          <>
            <dt className="font-semibold">Version</dt>
            <dd>{product.versionLabel}</dd>
          </>
        ) : null}
        {product.languages.length ? (
          <>
            <dt className="font-semibold">Languages</dt>
            <dd>{product.languages.join(", ")}</dd>
          </>
        ) : null}
        {product.contactEmail ? (
          <>
            <dt className="font-semibold">Contact</dt>
            <dd>
              <a href={`mailto:${product.contactEmail}`}>{product.contactEmail}</a>
            </dd>
          </>
        ) : null}
        {links.length ? (
          <>
            <dt className="font-semibold">Links</dt>
            <dd>
              <ul className="flex flex-wrap gap-x-4">
                {links.map((l) => (
                  <li key={l.label}>
                    <a href={l.href} rel="nofollow ugc noopener">
                      {l.label}
                    </a>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
      </dl>

      {product.description ? (
        <Section headingId="about" title="About the product" className="mt-8">
          <VendorText markdown={product.description} className="mt-2" />
        </Section>
      ) : null}

      {coverage ? (
        <Section headingId="coverage" title="Building Block coverage" className="mt-8">
          <p className="mt-1 max-w-3xl text-sm">
            Each kind of evidence gets its own level, and none borrows from another: test-verified (our conformance suites ran against the product&apos;s own
            endpoint), reviewer-checked (a portal reviewer checked the vendor&apos;s answers) and self-reported (the vendor&apos;s answers alone). Levels are
            computed on the current version of each Building Block&apos;s requirement list on this portal (named with each Building Block): Level 1 means more
            than 50% of its REQUIRED requirements are met, Level 2 more than 90%; an unanswered, untested or not applicable REQUIRED requirement counts as not
            met.
          </p>
          {product.bbs.length === 0 ? <p className="mt-2">This product claims no Building Block.</p> : null}
          {product.bbs.map((claim) => {
            const spec = specs.get(claim.bbId);
            const requirements = spec?.requirements ?? [];
            const answers = new Map(claim.assessments.map((a) => [a.requirementId, a]));
            const result = complianceFor(requirements, new Map(claim.assessments.map((a) => [a.requirementId, a.status])));
            const assessed = claim.assessments.length > 0;
            return (
              <article key={claim.bbId} className="mt-4 rounded border border-line p-4">
                <h3 className="text-xl">
                  {spec ? <Link href={`/building-blocks/${spec.id}`}>{spec.title}</Link> : claim.bbId}
                  {spec ? <span className="ml-2 text-sm font-normal text-muted">spec v{spec.version}</span> : null}
                </h3>
                <EvidenceByKind
                  bbTitle={spec?.title ?? claim.bbId}
                  evidence={claim.evidence}
                  selfLevel={<LevelBadge level={result.level} assessed={assessed} />}
                  selfDetail={assessed && result.requiredTotal > 0 ? `${result.requiredMet} of ${result.requiredTotal} REQUIRED requirements met` : undefined}
                  tests={testEvidence?.get(claim.bbId)}
                  specVersion={spec?.version}
                />
                {spec && requirements.length > 0 ? (
                  <p className="mt-1 text-sm">
                    Computed on the {requirements.length} requirements ({result.requiredTotal} REQUIRED) of the portal&apos;s {spec.title} specification,
                    version {spec.version}
                    {spec.govstack ? `, which include every REQUIRED item of GovStack's ${spec.title} specification ${spec.govstack.version}` : ""}.
                  </p>
                ) : null}
                {spec && assessed ? <AssessmentAgeNote age={assessmentAge(spec, new Set(answers.keys()))} bbId={spec.id} /> : null}
                {!assessed && !testEvidence?.get(claim.bbId) ? (
                  <p className="mt-2 text-sm">No requirement has been assessed for this Building Block yet.</p>
                ) : requirements.length === 0 ? (
                  <p className="mt-2 text-sm">This Building Block&apos;s specification has no requirement list yet.</p>
                ) : (
                  <details className="mt-3">
                    <summary className="cursor-pointer font-semibold">Show all {requirements.length} requirements and answers</summary>
                    <TableScroll className="mt-2" label={`Self-assessment for ${spec?.title ?? claim.bbId}`}>
                      <table className="w-full border-collapse text-sm">
                        <caption className="sr-only">Self-assessment for {spec?.title ?? claim.bbId}</caption>
                        <thead>
                          <TableHeadRow
                            columns={["Requirement", "Level", "Answer", testEvidence?.get(claim.bbId) ? "Tests" : null, "Comment and evidence"]}
                            textLeft
                          />
                        </thead>
                        <tbody>
                          {requirements.map((r) => {
                            const a = answers.get(r.id);
                            return (
                              <tr key={r.id} className="align-top">
                                <td className="border border-line p-2">
                                  <Link href={requirementHref(claim.bbId, r.id)} className="font-mono">
                                    {r.id}
                                  </Link>
                                  <p>{r.text}</p>
                                </td>
                                <td className="border border-line p-2">{r.level}</td>
                                <td className="whitespace-nowrap border border-line p-2">
                                  {a ? `${STATUS_MARK[a.status]} ${ASSESSMENT_LABELS[a.status]}` : "Not answered"}
                                </td>
                                {testEvidence?.get(claim.bbId) ? <TestResultCell evidence={testEvidence.get(claim.bbId)!} requirementId={r.id} /> : null}
                                <td className="border border-line p-2">
                                  {a?.comment ? <VendorText markdown={a.comment} /> : null}
                                  {a?.evidenceUrl ? (
                                    <a href={a.evidenceUrl} rel="nofollow ugc noopener">
                                      Evidence for {r.id}
                                    </a>
                                  ) : null}
                                </td>
                              </tr>
                            );
                          })}
                        </tbody>
                      </table>
                    </TableScroll>
                  </details>
                )}
              </article>
            );
          })}
        </Section>
      ) : null}

      {product.useCases.length ? (
        <Section headingId="use-cases" title="Use cases" className="mt-8">
          <ul className="mt-2 list-disc pl-6">
            {product.useCases.map((u) => (
              <li key={u}>
                <Link href={`/use-cases/${u}`}>{getUseCaseTitles()[u] ?? u}</Link>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}

      <Section headingId="deployments" title="Deployments" className="mt-8">
        {product.deployments.length === 0 ? (
          <p className="mt-2">No deployment listed.</p>
        ) : (
          <ul className="mt-2 list-disc pl-6">
            {product.deployments.map((d, i) => (
              <li key={i}>
                <strong>{countryName(d.country) ?? d.country}</strong>: {d.description}
                {d.url ? (
                  <>
                    {" "}
                    (
                    <a href={d.url} rel="nofollow ugc noopener">
                      source
                    </a>
                    )
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}

/** Says that a self-assessment predates the current spec version, with what changed since. */
function AssessmentAgeNote({ age, bbId }: { age: ReturnType<typeof assessmentAge>; bbId: string }) {
  if (!age) return null;
  const addedRequired = age.added.filter((r) => r.level === "REQUIRED").length;
  const raised = age.changed.filter((c) => c.fields.includes("level")).length;
  const reworded = age.changed.filter((c) => c.fields.includes("text")).length;
  return (
    <p className="mt-2 max-w-3xl border-l-4 border-warn bg-note-tint p-2 text-sm">
      Assessed against version {age.assessed} (its answers cover none of the requirements added later). Since then, version {age.current} added{" "}
      {age.added.length} requirements ({addedRequired} REQUIRED), changed the level of {raised} and the wording of {reworded}; the new ones count as unanswered
      until the vendor updates the assessment.{" "}
      <Link href={`/building-blocks/${bbId}/diff/${age.assessed}/${age.current}`}>
        See what changed from {age.assessed} to {age.current}
      </Link>
      .
    </p>
  );
}
