import { describe, expect, it } from "vitest";
import { getBuildingBlocks } from "./building-blocks";
import { buildSearchDocuments, buildUseCaseDocuments, createSearchIndex, highlight, searchContent, snippet } from "./search";
import { getUseCases } from "./use-cases";

const index = createSearchIndex(buildSearchDocuments(getBuildingBlocks()));
const marked = (parts: { text: string; mark: boolean }[]) => parts.filter((p) => p.mark).map((p) => p.text.toLowerCase());

describe("searchContent", () => {
  it("puts an exact requirement id first and links to its anchor", () => {
    const [first] = searchContent("pay-fn-01", 10, index);
    expect(first?.document).toMatchObject({ kind: "requirement", title: "PAY-FN-01", href: "/building-blocks/payments#PAY-FN-01", level: "REQUIRED" });
  });

  it("finds requirement text and spec sections with highlighted words", () => {
    const hits = searchContent("voucher redeem", 10, index);
    expect(hits.map((h) => h.document.href)).toContain("/building-blocks/payments#PAY-FN-07");
    const section = hits.find((h) => h.document.kind === "section");
    expect(section?.document.href).toMatch(/^\/building-blocks\/payments#[a-z-]+$/);
    expect(marked(hits[0]?.snippet ?? [])).toEqual(expect.arrayContaining(["redeem"]));
  });

  it("finds use cases and their steps by the words a policy maker would use", () => {
    const withUseCases = createSearchIndex([...buildSearchDocuments(getBuildingBlocks()), ...buildUseCaseDocuments(getUseCases())]);
    const hits = searchContent("cash transfer", 10, withUseCases);
    expect(hits[0]?.document).toMatchObject({ kind: "use-case", href: "/use-cases/cash-transfer" });
    // Steps match on their own words, not all nine because the use case's title does.
    expect(hits.filter((h) => h.document.kind === "step")).toHaveLength(0);
    const [step] = searchContent("complaint appeal", 10, withUseCases).filter((h) => h.document.kind === "step");
    expect(step?.document).toMatchObject({ title: "Step 7: Handle a complaint or appeal", href: "/use-cases/cash-transfer/steps/7" });
  });

  it("returns nothing for an empty or unknown query", () => {
    expect(searchContent("   ", 10, index)).toEqual([]);
    expect(searchContent("qqzzxxyy", 10, index)).toEqual([]);
  });
});

describe("snippets", () => {
  it("marks whole words that match or start with a term", () => {
    expect(highlight("Pay payments, repay.", new Set(["pay"]))).toEqual([
      { text: "Pay", mark: true },
      { text: " ", mark: false },
      { text: "payments", mark: true },
      { text: ", repay.", mark: false },
    ]);
  });

  it("cuts long text around the first match with ellipses", () => {
    const text = `${"lorem ".repeat(40)}needle ${"ipsum ".repeat(60)}`;
    const parts = snippet(text, new Set(["needle"]));
    expect(parts[0]?.text.startsWith("… ")).toBe(true);
    expect(parts.at(-1)?.text.endsWith(" …")).toBe(true);
    expect(marked(parts)).toEqual(["needle"]);
    expect(parts.map((p) => p.text).join("").length).toBeLessThan(240);
  });
});
