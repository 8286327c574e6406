import type { AssessmentStatus } from "./options";

// The self-assessment follows the spec's own sections, one page each, so a vendor answers a handful
// of requirements at a time and sees how far they are.

export const ASSESSMENT_SECTIONS = ["functional", "api", "cross-functional"] as const;
export type AssessmentSection = (typeof ASSESSMENT_SECTIONS)[number];
export const SECTION_LABELS: Record<AssessmentSection, { title: string; about: string }> = {
  functional: { title: "Functional requirements", about: "What the Building Block must do for the people and services that use it." },
  api: { title: "API requirements", about: "The interfaces other Building Blocks call, as the specification's OpenAPI contract describes them." },
  "cross-functional": { title: "Cross-functional requirements", about: "Security, privacy, accessibility, logging and the other qualities every Building Block shares." },
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
  return { answered, total: requirements.length, requiredAnswered, requiredTotal: required.length, complete: requiredAnswered === required.length && answered === requirements.length };
}

/** The spec's sections that have requirements, in a fixed order, each with its requirements and progress. */
export function sectionsOf<R extends Req>(requirements: R[], answers: ReadonlyMap<string, AssessmentStatus>) {
  return ASSESSMENT_SECTIONS.map((id) => {
    const reqs = requirements.filter((r) => r.section === id);
    return { id, ...SECTION_LABELS[id], requirements: reqs, progress: progressOf(reqs, answers) };
  }).filter((s) => s.requirements.length > 0);
}

export const isAssessmentSection = (v: string): v is AssessmentSection => (ASSESSMENT_SECTIONS as readonly string[]).includes(v);
