import { describe, expect, it } from "vitest";
import { EVIDENCE_KINDS, meetsEvidence, summariseEvidence } from "./evidence";

describe("summariseEvidence", () => {
  it("puts the strongest kind first and keeps self-reported levels out of the checked level", () => {
    const s = summariseEvidence([
      { bbId: "payments", evidence: "self-reported", level: 2 },
      { bbId: "identity", evidence: "reviewer-verified", level: 1 },
    ]);
    expect(s.strongest).toBe("reviewer-verified");
    expect(s.groups.map((g) => g.kind)).toEqual(["reviewer-verified", "self-reported"]);
    expect(s.checkedLevel).toBe(1);
    expect(s.selfReportedLevel).toBe(2);
  });

  it("lifts a claim to a stronger kind from another source, never to a weaker one", () => {
    const s = summariseEvidence(
      [
        { bbId: "payments", evidence: "reviewer-verified", level: 1 },
        { bbId: "messaging", evidence: "self-reported", level: 0 },
      ],
      [
        { bbId: "payments", kind: "test-verified", level: 2 },
        { bbId: "messaging", kind: "self-reported", level: 2 },
        { bbId: "not-claimed", kind: "use-case", level: 1 },
      ],
    );
    // The stronger kind brings its own level; a weaker one changes nothing, the vendor's level included.
    expect(s.groups).toEqual([
      { kind: "test-verified", claims: [{ bbId: "payments", level: 2 }] },
      { kind: "self-reported", claims: [{ bbId: "messaging", level: 0 }] },
    ]);
  });

  it("has no strongest kind for a product without claims", () => {
    expect(summariseEvidence([]).strongest).toBeNull();
  });

  it("orders kinds from strongest to weakest", () => {
    expect(EVIDENCE_KINDS[0]).toBe("use-case");
    expect(meetsEvidence("reviewer-verified", "self-reported")).toBe(true);
    expect(meetsEvidence("self-reported", "reviewer-verified")).toBe(false);
    expect(meetsEvidence("test-verified", "test-verified")).toBe(true);
  });
});
