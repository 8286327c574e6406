import { describe, expect, it } from "vitest";
import { parseFinderQuery, rankProducts, type FinderCandidate } from "./finder";

const base: Omit<FinderCandidate, "slug" | "name" | "claims"> = {
  organisationName: "Org",
  summary: "A product.",
  licence: "MIT",
  licenceType: "open-source",
  hosting: "self-hosted",
  isSeed: false,
  useCases: [],
  countries: 0,
};
const titles = new Map([
  ["payments", "Payments"],
  ["identity", "Identity"],
  ["messaging", "Messaging"],
]);
const product = (slug: string, claims: FinderCandidate["claims"], extra: Partial<FinderCandidate> = {}): FinderCandidate => ({
  ...base,
  slug,
  name: slug,
  claims,
  ...extra,
});

describe("rankProducts", () => {
  const checkedPay = product("checked-pay", [{ bbId: "payments", evidence: "reviewer-verified", level: 1 }]);
  const selfPayId = product("self-pay-id", [
    { bbId: "payments", evidence: "self-reported", level: 2 },
    { bbId: "identity", evidence: "self-reported", level: 2 },
  ]);
  const seedPay = product("seed-pay", [{ bbId: "payments", evidence: "self-reported", level: 0 }], { isSeed: true });
  const saasMsg = product("saas-msg", [{ bbId: "messaging", evidence: "reviewer-verified", level: 2 }], { hosting: "saas", licenceType: "proprietary" });
  const all = [seedPay, saasMsg, selfPayId, checkedPay];

  it("ranks coverage first, then evidence, and says why", () => {
    const { query } = parseFinderQuery({ bb: ["payments", "identity"] });
    const answer = rankProducts(all, query, ["payments", "identity"], titles);
    expect(answer.results.map((r) => r.slug)).toEqual(["self-pay-id", "checked-pay", "seed-pay"]);
    expect(answer.leftOut.coverage).toBe(1);
    const checked = answer.results[1]!;
    expect(checked.reasons).toContain("Covers Payments (1 of the 2 Building Blocks you need)");
    expect(checked.reasons).toContain("Checked by a portal reviewer: Payments (Level 1 for Payments)");
    expect(checked.gaps).toContain("Does not cover Identity");
    expect(answer.results[0]!.gaps).toContain("Only the vendor's own word for Identity, Payments (reports Level 2, not checked)");
  });

  it("puts checked evidence above a higher self-reported level for the same coverage", () => {
    const { query } = parseFinderQuery({ bb: "payments" });
    expect(rankProducts(all, query, ["payments"], titles).results.map((r) => r.slug)).toEqual(["checked-pay", "self-pay-id", "seed-pay"]);
  });

  it("treats hosting, licence and evidence as requirements", () => {
    const { query } = parseFinderQuery({ hosting: "saas", licence: "proprietary", evidence: "reviewer-verified" });
    const answer = rankProducts(all, query, [], titles);
    expect(answer.results.map((r) => r.slug)).toEqual(["saas-msg"]);
    expect(answer.leftOut).toEqual({ coverage: 0, hosting: 3, licence: 0, evidence: 0 });
    const strict = rankProducts(all, parseFinderQuery({ evidence: "test-verified" }).query, [], titles);
    expect(strict.results).toEqual([]);
    expect(strict.leftOut.evidence).toBe(4);
    expect(strict.kindsWithProducts).toEqual(["reviewer-verified", "self-reported"]);
  });

  it("drops invalid parameters with a message naming them", () => {
    const { query, errors } = parseFinderQuery({ hosting: "cloud", bb: "payments", evidence: "rumour" });
    expect(query.hosting).toBe("any");
    expect(query.evidence).toBe("");
    expect(query.bb).toEqual(["payments"]);
    expect(errors.join(" ")).toMatch(/hosting/);
    expect(errors.join(" ")).toMatch(/evidence/);
  });
});
