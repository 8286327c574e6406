import { describe, expect, it } from "vitest";
import { getStep, getUseCase, getUseCases, mappingKind } from "./use-cases";
import { buildMatrix } from "./use-case-matrix";
import { STEP_COUNTS } from "./use-case-schema";

describe("use-case loader", () => {
  it("loads the five use cases in the portal's order with the required step counts", () => {
    const all = getUseCases();
    expect(all.map((uc) => [uc.id, uc.steps.length])).toEqual(Object.entries(STEP_COUNTS));
  });

  it("finds steps by their 1-based URL number and rejects anything else", () => {
    const uc = getUseCase("remote-learning")!;
    expect(getStep(uc, "1")?.id).toBe("join-verify-pay");
    expect(getStep(uc, 5)?.id).toBe("monitor-archive");
    for (const bad of ["0", "6", "1.5", "-1", "abc", ""]) expect(getStep(uc, bad)).toBeUndefined();
    expect(getUseCase("nope")).toBeUndefined();
  });

  it("tells folded, split and one-to-one mappings apart", () => {
    const hltc = getUseCase("postpartum-infant-care")!;
    expect(mappingKind(hltc, hltc.steps[2]!)).toBe("folded");
    expect(mappingKind(hltc, hltc.steps[0]!)).toBe("one-to-one");
    const agr2 = getUseCase("agricultural-advisory")!;
    expect([mappingKind(agr2, agr2.steps[5]!), mappingKind(agr2, agr2.steps[6]!)]).toEqual(["split", "split"]);
  });
});

describe("buildMatrix", () => {
  it("lists each BB with the journey steps that use it, most reused first", () => {
    const rows = buildMatrix(getUseCases());
    const messaging = rows.find((r) => r.bb === "messaging")!;
    expect(messaging.useCaseCount).toBe(5);
    expect(messaging.cells["postpartum-infant-care"]).toEqual([1, 3, 5]);
    const market = rows.find((r) => r.bb === "e-marketplace")!;
    expect(Object.keys(market.cells).sort()).toEqual(["agricultural-advisory", "market-linkage"]);
    expect(rows[0]!.useCaseCount).toBeGreaterThanOrEqual(rows.at(-1)!.useCaseCount);
  });
});
