import type { AssessmentStatus } from "./options";

/** GovStack's requirement-specification levels: 0 means neither level is reached. */
export type ComplianceLevel = 0 | 1 | 2;

export type ComplianceResult = {
  level: ComplianceLevel;
  /** REQUIRED requirements in the spec. */
  requiredTotal: number;
  /** REQUIRED requirements the vendor marked as met. */
  requiredMet: number;
  /** Requirements of any level that have an answer. */
  answered: number;
  /** Share of REQUIRED requirements met, 0..1 (0 when the spec has none). */
  share: number;
};

/**
 * Level per GovStack's published rule: Level 1 when more than 50 % of the REQUIRED requirements are
 * met, Level 2 when more than 90 % are. The denominator is every REQUIRED requirement of the spec,
 * so an unanswered or "not applicable" REQUIRED item counts as not met.
 */
export function complianceFor(
  requirements: ReadonlyArray<{ id: string; level: string }>,
  answers: ReadonlyMap<string, AssessmentStatus> | Record<string, AssessmentStatus>,
): ComplianceResult {
  const get = (id: string) => (answers instanceof Map ? answers.get(id) : (answers as Record<string, AssessmentStatus>)[id]);
  const required = requirements.filter((r) => r.level === "REQUIRED");
  const requiredMet = required.filter((r) => get(r.id) === "met").length;
  const answered = requirements.filter((r) => get(r.id) !== undefined).length;
  const share = required.length === 0 ? 0 : requiredMet / required.length;
  const level: ComplianceLevel = required.length === 0 ? 0 : share > 0.9 ? 2 : share > 0.5 ? 1 : 0;
  return { level, requiredTotal: required.length, requiredMet, answered, share };
}
