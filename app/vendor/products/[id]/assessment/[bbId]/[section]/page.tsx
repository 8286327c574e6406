import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Notice } from "@/components/ui/notice";
import { requirementHref } from "@/lib/content/links";
import { isAssessmentPageId } from "@/lib/marketplace/assessment";
import { saveAssessmentSectionAction } from "../../../../../actions";
import { AccountBar } from "../../../../../_components/account-bar";
import { AssessmentSectionForm } from "../../../../../_components/assessment-form";
import { loadAssessment, progressText } from "../../../../../_components/load-assessment";

export const metadata: Metadata = { title: "Self-assessment section" };

/** One page of a BB's self-assessment (a section, or a part of a long one): its requirements, answered and saved together. */
export default async function AssessmentSectionPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string; bbId: string; section: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { id, bbId, section } = await params;
  const { saved } = await searchParams;
  if (!isAssessmentPageId(section)) notFound();
  const { actor, copy, spec, claim, sections } = await loadAssessment(id, bbId, `/vendor/products/${id}/assessment/${bbId}/${section}`);
  const index = sections.findIndex((s) => s.id === section);
  const current = sections[index];
  if (!current) notFound();
  const savedPage = saved ? sections.find((s) => s.id === saved) : undefined;
  const answers = new Map(claim.assessments.map((a) => [a.requirementId, a]));
  const comments = copy.reviewComments?.byRequirement;
  const base = `/vendor/products/${id}/assessment/${bbId}`;
  return (
    <>
      <AccountBar actor={actor} />
      <nav aria-label="Self-assessment sections" className="text-sm">
        <ol className="flex flex-wrap gap-x-4 gap-y-1">
          <li>
            <Link href={base}>Overview</Link>
          </li>
          {sections.map((s, i) => (
            <li key={s.id}>
              {s.id === section ? (
                <strong aria-current="page">
                  {i + 1}. {s.title} ({s.progress.answered}/{s.progress.total})
                </strong>
              ) : (
                <Link href={`${base}/${s.id}`}>
                  {i + 1}. {s.title} ({s.progress.answered}/{s.progress.total})
                </Link>
              )}
            </li>
          ))}
        </ol>
      </nav>
      {savedPage ? <Notice className="mt-3">Saved: {savedPage.title.toLowerCase()}.</Notice> : null}
      <p className="mt-4 text-muted">
        {spec.title} · {copy.snapshot.name} · page {index + 1} of {sections.length}
      </p>
      <h1 className="text-3xl">{current.title}</h1>
      <p className="mt-1 max-w-3xl">{current.about}</p>
      <p className="mt-2">
        <label htmlFor="section-progress">{progressText(current.progress)}</label>
      </p>
      <progress id="section-progress" max={current.progress.total} value={current.progress.answered} className="mt-1 h-2 w-full max-w-3xl accent-brand-700" />
      {comments?.size ? (
        <p className="mt-3 max-w-3xl border-l-4 border-warn bg-warn-tint p-3">
          The reviewer commented on some requirements of version {copy.reviewComments!.version}; their comments are shown with each requirement.
        </p>
      ) : null}
      <div className="mt-6 max-w-4xl">
        <AssessmentSectionForm
          action={saveAssessmentSectionAction.bind(null, { productId: id, bbId, section })}
          productName={copy.snapshot.name}
          draftKey={`assessment:${id}:${bbId}:${section}`}
          hasNext={index < sections.length - 1}
          rows={current.requirements.map((r) => ({
            id: r.id,
            level: r.level,
            text: r.text,
            href: requirementHref(bbId, r.id),
            answer: answers.get(r.id),
            reviewerComment: comments?.get(`${bbId}/${r.id}`),
          }))}
        />
      </div>
    </>
  );
}
