import type { AssessmentStatus } from "./options";

// The self-assessment follows the spec's own sections, a long one split into parts, so a vendor answers
// a dozen requirements at a time and sees how far they are.

export const ASSESSMENT_SECTIONS = ["functional", "api", "cross-functional"] as const;
export type AssessmentSection = (typeof ASSESSMENT_SECTIONS)[number];
export const SECTION_LABELS: Record<AssessmentSection, { title: string; about: string }> = {
  functional: { title: "Functional requirements", about: "What the Building Block must do for the people and services that use it." },
  api: { title: "API requirements", about: "The interfaces other Building Blocks call, as the specification's OpenAPI contract describes them." },
  "cross-functional": {
    title: "Cross-functional requirements",
    about: "Security, privacy, accessibility, logging and the other qualities every Building Block shares.",
  },
};

type Req = { id: string; level: string; section: string };
export type Progress = { answered: number; total: number; requiredAnswered: number; requiredTotal: number; complete: boolean };

/** Answers that count: required ones must be met or not met (not applicable is refused for them). */
function counts(r: Req, status: AssessmentStatus | undefined): boolean {
  return r.level === "REQUIRED" ? status === "met" || status === "not_met" : status !== undefined;
}

/** How much of a list of requirements is answered. */
export function progressOf(requirements: Req[], answers: ReadonlyMap<string, AssessmentStatus>): Progress {
  const answered = requirements.filter((r) => counts(r, answers.get(r.id))).length;
  const required = requirements.filter((r) => r.level === "REQUIRED");
  const requiredAnswered = required.filter((r) => counts(r, answers.get(r.id))).length;
  return {
    answered,
    total: requirements.length,
    requiredAnswered,
    requiredTotal: required.length,
    complete: requiredAnswered === required.length && answered === requirements.length,
  };
}

/** Progress per section of the spec (however many pages each has), for summaries. */
export function sectionProgressOf(requirements: Req[], answers: ReadonlyMap<string, AssessmentStatus>) {
  return ASSESSMENT_SECTIONS.map((section) => ({
    section,
    ...SECTION_LABELS[section],
    progress: progressOf(
      requirements.filter((r) => r.section === section),
      answers,
    ),
  })).filter((s) => s.progress.total > 0);
}

/** At most this many questions on one page: a long section is split into parts of nearly equal size. */
export const ASSESSMENT_PAGE_SIZE = 12;

/**
 * The pages of a self-assessment: the spec's sections that have requirements, in a fixed order, a long
 * one split into parts ("functional", "functional-2", …; the first part keeps the section's own id so
 * links to a section still work). Each page has its requirements and progress.
 */
export function sectionsOf<R extends Req>(requirements: R[], answers: ReadonlyMap<string, AssessmentStatus>) {
  return ASSESSMENT_SECTIONS.flatMap((section) => {
    const reqs = requirements.filter((r) => r.section === section);
    const parts = Math.ceil(reqs.length / ASSESSMENT_PAGE_SIZE);
    const size = Math.ceil(reqs.length / Math.max(parts, 1));
    return Array.from({ length: parts }, (_, i) => {
      const pageReqs = reqs.slice(i * size, (i + 1) * size);
      const { title, about } = SECTION_LABELS[section];
      return {
        id: i === 0 ? section : `${section}-${i + 1}`,
        section,
        title: parts > 1 ? `${title}, part ${i + 1} of ${parts}` : title,
        about,
        requirements: pageReqs,
        progress: progressOf(pageReqs, answers),
      };
    });
  });
}

/** Whether a URL segment can name a page of the self-assessment (whether it exists depends on the spec). */
export const isAssessmentPageId = (v: string): boolean => /^(functional|api|cross-functional)(-[1-9]\d?)?$/.test(v);
