import type { Metadata } from "next";
import Link from "next/link";
import { LevelBadge } from "@/components/marketplace/badges";
import { Notice } from "@/components/ui/notice";
import { complianceFor } from "@/lib/marketplace/compliance";
import { progressOf } from "@/lib/marketplace/assessment";
import { AccountBar } from "../../../../_components/account-bar";
import { loadAssessment, progressText } from "../../../../_components/load-assessment";

export const metadata: Metadata = { title: "Self-assessment" };

/** The self-assessment of one claimed BB: its sections with progress, and where to continue. */
export default async function AssessmentOverviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string; bbId: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { id, bbId } = await params;
  const { saved } = await searchParams;
  const { actor, copy, spec, statuses, sections } = await loadAssessment(id, bbId, `/vendor/products/${id}/assessment/${bbId}`);
  const overall = progressOf(spec.requirements, statuses);
  const level = complianceFor(spec.requirements, statuses);
  const next = sections.find((s) => !s.progress.complete);
  const savedPage = saved ? sections.find((s) => s.id === saved) : undefined;
  const base = `/vendor/products/${id}/assessment/${bbId}`;
  return (
    <>
      <AccountBar actor={actor} />
      <p className="text-sm">
        <Link href={`/vendor/products/${id}`}>Back to {copy.snapshot.name}</Link>
      </p>
      {savedPage ? <Notice className="mt-3">Saved: {savedPage.title.toLowerCase()}.</Notice> : null}
      <h1 className="mt-2 text-3xl">
        {spec.title}: self-assessment for {copy.snapshot.name}
      </h1>
      <p className="mt-2 max-w-3xl">
        The {spec.title} specification (version {spec.version}) has {spec.requirements.length} requirements, here on {sections.length} pages of at most a dozen
        (a long section of the specification is split into parts). Answer one page at a time: each is saved on its own, so you can stop and come back. Required
        requirements must be answered “met” or “not met” before you submit for review.
      </p>
      <div className="mt-4 max-w-3xl rounded border border-line p-4">
        <h2 className="text-xl">Overall</h2>
        <p className="mt-1">
          <label htmlFor="overall-progress">{progressText(overall)}</label>
        </p>
        <progress id="overall-progress" max={overall.total} value={overall.answered} className="mt-1 h-3 w-full accent-brand-700" />
        <p className="mt-2 flex flex-wrap items-center gap-2">
          Level from your answers so far: <LevelBadge level={level.level} assessed={overall.answered > 0} />
          <span className="text-sm">
            ({level.requiredMet} of {level.requiredTotal} required met; Level 1 needs more than half, Level 2 more than 90%)
          </span>
        </p>
      </div>
      <h2 className="mt-6 text-2xl">Sections</h2>
      <ol className="mt-2 max-w-3xl space-y-3">
        {sections.map((s, i) => (
          <li key={s.id} className="rounded border border-line p-4">
            <h3 className="text-lg">
              <Link href={`${base}/${s.id}`}>
                {i + 1}. {s.title}
              </Link>
              {s.progress.complete ? <span className="ml-2 text-sm text-ok">✓ Complete</span> : null}
            </h3>
            {s.id === s.section ? <p className="text-sm">{s.about}</p> : null}
            <p className="mt-1">
              <label htmlFor={`progress-${s.id}`}>{progressText(s.progress)}</label>
            </p>
            <progress id={`progress-${s.id}`} max={s.progress.total} value={s.progress.answered} className="mt-1 h-2 w-full accent-brand-700" />
          </li>
        ))}
      </ol>
      <p className="mt-6">
        {next ? (
          <Link href={`${base}/${next.id}`} className="inline-block rounded-sm bg-brand-700 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-900">
            {overall.answered ? "Continue" : "Start"} with {next.title.toLowerCase()}
          </Link>
        ) : (
          <>
            Every section is answered. <Link href={`/vendor/products/${id}`}>Go back to {copy.snapshot.name} to submit it for review</Link>.
          </>
        )}
      </p>
    </>
  );
}
