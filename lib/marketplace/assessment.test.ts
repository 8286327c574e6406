import { describe, expect, it } from "vitest";
import { ASSESSMENT_PAGE_SIZE, isAssessmentPageId, progressOf, sectionsOf } from "./assessment";
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

  it("splits a long section into parts of nearly equal size, none longer than a page", () => {
    const many = Array.from({ length: 38 }, (_, i) => ({ id: `P-FN-${i}`, level: "REQUIRED", section: "functional" }));
    const pages = sectionsOf([...many, reqs[3]!], new Map([["P-FN-0", "met" as const]]));
    expect(pages.map((p) => p.id)).toEqual(["functional", "functional-2", "functional-3", "functional-4", "api"]);
    expect(pages.map((p) => p.requirements.length)).toEqual([10, 10, 10, 8, 1]);
    expect(pages.every((p) => p.requirements.length <= ASSESSMENT_PAGE_SIZE)).toBe(true);
    expect(pages[1]!.title).toBe("Functional requirements, part 2 of 4");
    expect(pages[4]!.title).toBe("API requirements");
    expect(pages.slice(0, 4).flatMap((p) => p.requirements.map((r) => r.id))).toEqual(many.map((r) => r.id));
    expect(pages[0]!.progress.answered).toBe(1);
  });

  it("knows which URL segments can name a page", () => {
    for (const ok of ["functional", "functional-2", "api", "cross-functional-3"]) expect(isAssessmentPageId(ok)).toBe(true);
    for (const bad of ["", "functional-0", "functional-1x", "other", "api-", "functional-100"]) expect(isAssessmentPageId(bad)).toBe(false);
  });
});
