import { describe, expect, it } from "vitest";
import { complianceFor } from "./compliance";

const reqs = (n: number, extra = 0) => [
  ...Array.from({ length: n }, (_, i) => ({ id: `R-${i}`, level: "REQUIRED" })),
  ...Array.from({ length: extra }, (_, i) => ({ id: `O-${i}`, level: "OPTIONAL" })),
];
const met = (k: number) => Object.fromEntries(Array.from({ length: k }, (_, i) => [`R-${i}`, "met" as const]));

describe("complianceFor (GovStack levels)", () => {
  it("exactly 50% of REQUIRED met is not Level 1; just above is", () => {
    expect(complianceFor(reqs(10), met(5)).level).toBe(0);
    expect(complianceFor(reqs(10), met(6)).level).toBe(1);
  });
  it("exactly 90% is Level 1; above 90% is Level 2", () => {
    expect(complianceFor(reqs(10), met(9)).level).toBe(1);
    expect(complianceFor(reqs(10), met(10)).level).toBe(2);
    expect(complianceFor(reqs(20), met(19)).level).toBe(2);
  });
  it("only REQUIRED requirements count, and N/A counts as not met", () => {
    const answers = { ...met(5), "R-5": "na" as const, "O-0": "met" as const, "O-1": "met" as const };
    const r = complianceFor(reqs(10, 2), answers);
    expect(r).toMatchObject({ level: 0, requiredTotal: 10, requiredMet: 5, answered: 8 });
  });
  it("a spec without REQUIRED requirements gives no level", () => {
    expect(complianceFor(reqs(0, 3), { "O-0": "met" }).level).toBe(0);
  });
});
