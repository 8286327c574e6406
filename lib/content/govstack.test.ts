import { describe, expect, it } from "vitest";
import { checkSources, extractGovstackItems, govstackCoverage, govstackItemUrl, parseItemRefs } from "./govstack";
import type { GovstackSpec, Requirement } from "./schema";

describe("extractGovstackItems", () => {
  it("names bullets by heading and position, and levelled headings by their number", () => {
    const section5 = ["# 5 Cross-Cutting", "## 5.1 Requirements", "## 5.1.1 Keep data private (REQUIRED)", "Text (not an item).", "## **5**.1**.2 Log everything (RECOMMENDED)**"].join("\n");
    const section6 = [
      "## 6.1 Administration",
      "* Create things (REQUIRED)",
      "* Read things, see [link](x) (REQUIRED)",
      "* Maybe export things (OPTIONAL)",
      "Plain text without a level.",
      "## 6.2 Users",
      "1. Sign in <mark>(RECOMMENDED)</mark>",
    ].join("\n");
    expect(extractGovstackItems([section5, section6])).toEqual([
      { ref: "5.1.1", level: "REQUIRED" },
      { ref: "5.1.2", level: "RECOMMENDED" },
      { ref: "6.1 #1", level: "REQUIRED" },
      { ref: "6.1 #2", level: "REQUIRED" },
      { ref: "6.1 #3", level: "OPTIONAL" },
      { ref: "6.2 #1", level: "RECOMMENDED" },
    ]);
  });

  it("reads each row of an HTML table written on one line as an item, the level in its last cell", () => {
    const markdown = [
      "## 5.3 Technical requirements",
      "### 5.3.1 General",
      '<table><thead><tr><th>Requirement</th><th width="100">Type</th></tr></thead><tbody><tr><td>Use HTTPS: all calls (HTTPS).</td><td>REQUIRED</td></tr><tr><td>Look up addresses</td><td>RECOMMENDED</td></tr><tr><td>Log <strong>status</strong></td><td>REQUIRED</td></tr></tbody></table>',
      "### 5.3.2 Vouchers",
      "<table><tbody><tr><td>Make vouchers in batches</td><td><mark>REQUIRED</mark></td></tr><tr><td>A note without a level</td><td>see 5.3.1</td></tr><tr><td>Keep them safe.</td><td>OPTIONAL</td></tr></tbody></table>",
    ].join("\n");
    expect(extractGovstackItems([markdown])).toEqual([
      { ref: "5.3.1 #1", level: "REQUIRED" },
      { ref: "5.3.1 #2", level: "RECOMMENDED" },
      { ref: "5.3.1 #3", level: "REQUIRED" },
      { ref: "5.3.2 #1", level: "REQUIRED" },
      { ref: "5.3.2 #2", level: "OPTIONAL" },
    ]);
  });

  it("names a line's further items by a letter, so that the items after it keep their numbers", () => {
    const markdown = [
      "## 6.1 Administration",
      "* Export the schema (optional: XLS) (REQUIRED)",
      "Import the schema from JSON. (REQUIRED); Import it from XLS. (OPTIONAL); Or from CSV (RECOMMENDED)",
      "* Count usage (OPTIONAL)",
    ].join("\n");
    expect(extractGovstackItems([markdown])).toEqual([
      { ref: "6.1 #1", level: "REQUIRED" },
      { ref: "6.1 #2", level: "REQUIRED" },
      { ref: "6.1 #2b", level: "OPTIONAL" },
      { ref: "6.1 #2c", level: "RECOMMENDED" },
      { ref: "6.1 #3", level: "OPTIONAL" },
    ]);
  });

  it("reads a shared GovStack requirement raised to another level at the level it is raised to", () => {
    const markdown = [
      "## **5.2 Supplementary/Elevated Cross Cutting Requirements** <a href=\"#x\" id=\"x\"></a>",
      "### Comply with data protection principles&#x20;",
      "`govstack-bb-x-cfr-data#req-4`",
      "[Govstack-cfr-data#req-4](https://example.org/6.6-data#id-4-recommended). From **\\[RECOMMENDED EXTENSIBLE AUDITABLE]** to **\\[REQUIRED EXTENSIBLE AUDITABLE].** Updated for registries.",
      "### Deleting records keeps logical records",
      "From **\\[RECOMMENDED REPLACEABLE]** to **\\[OPTIONAL REPLACEABLE].**",
    ].join("\n");
    expect(extractGovstackItems([markdown])).toEqual([
      { ref: "5.2 #1", level: "REQUIRED" },
      { ref: "5.2 #2", level: "OPTIONAL" },
    ]);
  });
});

describe("parseItemRefs", () => {
  it("reads single items, lists, ranges, headings and several sections", () => {
    expect(parseItemRefs("6.1 #3")).toEqual(["6.1 #3"]);
    expect(parseItemRefs("6.1 #3, 5")).toEqual(["6.1 #3", "6.1 #5"]);
    expect(parseItemRefs("6.1 #2-4")).toEqual(["6.1 #2", "6.1 #3", "6.1 #4"]);
    expect(parseItemRefs("5.1.1; 6.2 #1")).toEqual(["5.1.1", "6.2 #1"]);
    expect(parseItemRefs("6.1 #11, 11b")).toEqual(["6.1 #11", "6.1 #11b"]);
  });
  it("explains references it cannot read", () => {
    expect(() => parseItemRefs("section 6")).toThrow(/is not an item reference/);
    expect(() => parseItemRefs("6.1 #x")).toThrow(/is not an item reference/);
    expect(() => parseItemRefs("6.1 #5-3")).toThrow(/runs backwards/);
    expect(() => parseItemRefs("6.1 #3a")).toThrow(/is not an item reference/);
    expect(() => parseItemRefs("6.1 #3b-5")).toThrow(/is not an item number/);
  });
});

describe("govstackCoverage", () => {
  const spec: GovstackSpec = {
    repository: "GovStackWorkingGroup/bb-x",
    version: "1.0",
    commit: "abcdef123456",
    read: "2026-01-01",
    items: { "5.1.1": "REQUIRED", "6.1 #1": "REQUIRED", "6.1 #2": "RECOMMENDED", "6.1 #3": "OPTIONAL" },
  };
  const req = (id: string, source: Requirement["source"]): Requirement => ({ id, level: "REQUIRED", section: "functional", text: "A requirement text.", tags: [], source });

  it("counts the items of each level that a requirement of the current GovStack version traces to", () => {
    const requirements = [req("A", { govstack: "1.0", section: "5.1.1; 6.1 #2" }), req("B", { govstack: "0.9", section: "6.1 #1" }), req("C", { portal: "A reason for the portal." })];
    expect(govstackCoverage(spec, requirements)).toEqual([
      { level: "REQUIRED", covered: 1, total: 2 },
      { level: "RECOMMENDED", covered: 1, total: 1 },
      { level: "OPTIONAL", covered: 0, total: 1 },
    ]);
  });

  it("links to GovStack's file for the section", () => {
    expect(govstackItemUrl(spec, "5.1.1")).toBe("https://github.com/GovStackWorkingGroup/bb-x/blob/abcdef123456/spec/5-cross-cutting-requirements.md");
    expect(govstackItemUrl(spec, "6.1 #2")).toMatch(/spec\/6-functional-requirements\.md$/);
  });
});

describe("checkSources without a govstack.yaml", () => {
  const req = (section: string): Requirement => ({ id: "X-FN-01", level: "REQUIRED", section: "functional", text: "A requirement for the test.", tags: [], source: { govstack: "1.0", section } });
  it("accepts GovStack section numbers, which need no item list", () => {
    expect(checkSources([req("6.5")], undefined)).toEqual([]);
    expect(checkSources([req("5.4, 6.1")], undefined)).toEqual([]);
  });
  it("refuses item references, which cannot be checked without one", () => {
    expect(checkSources([req("6.5 #2")], undefined)).toEqual(["X-FN-01: source names GovStack 1.0 but this Building Block has no govstack.yaml to check it against"]);
  });
});
