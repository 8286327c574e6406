import { describe, expect, it } from "vitest";
import { progressOf, sectionsOf } from "./assessment";
import type { AssessmentStatus } from "./options";

const reqs = [
  { id: "A-FN-1", level: "REQUIRED", section: "functional" },
  { id: "A-FN-2", level: "RECOMMENDED", section: "functional" },
  { id: "A-CF-1", level: "REQUIRED", section: "cross-functional" },
  { id: "A-API-1", level: "OPTIONAL", section: "api" },
];

describe("self-assessment sections", () => {
  it("groups by the spec's sections in a fixed order and counts progress per section", () => {
    const answers = new Map<string, AssessmentStatus>([
      ["A-FN-1", "met"],
      ["A-API-1", "na"],
    ]);
    const sections = sectionsOf(reqs, answers);
    expect(sections.map((s) => s.id)).toEqual(["functional", "api", "cross-functional"]);
    expect(sections[0]!.progress).toEqual({ answered: 1, total: 2, requiredAnswered: 1, requiredTotal: 1, complete: false });
    expect(sections[1]!.progress.complete).toBe(true);
    expect(progressOf(reqs, answers)).toMatchObject({ answered: 2, total: 4, requiredAnswered: 1, requiredTotal: 2 });
  });

  it("does not count 'not applicable' for a required requirement", () => {
    expect(progressOf([reqs[0]!], new Map([["A-FN-1", "na" as const]])).answered).toBe(0);
  });

  it("leaves out sections without requirements", () => {
    expect(sectionsOf([reqs[0]!], new Map()).map((s) => s.id)).toEqual(["functional"]);
  });
});
