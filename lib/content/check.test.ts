import { describe, expect, it } from "vitest";
import { resolve } from "node:path";
import { checkContent } from "./check";
import { buildingBlocksDir } from "./building-blocks";

const fixture = (name: string) => resolve(__dirname, "fixtures", name, "building-blocks");

describe("checkContent", () => {
  it("accepts the portal's own content", async () => {
    expect(await checkContent(buildingBlocksDir("content"))).toEqual([]);
  });

  it("names the file, the field and the problem for bad frontmatter", async () => {
    const [problem, ...rest] = await checkContent(fixture("bad-frontmatter"));
    expect(rest).toEqual([]);
    expect(problem).toContain("bad-frontmatter/building-blocks/broken/index.mdx");
    expect(problem).toMatch(/layer: Invalid option: expected one of "foundational"/);
    expect(problem).toMatch(/version: must be a version like 1\.0\.0/);
  });

  it("reports duplicate requirement ids, unknown related ids and broken links", async () => {
    const problems = (await checkContent(fixture("duplicate-ids"))).join("\n");
    expect(problems).toMatch(/beta-bb\/requirements\.yaml:\n {2}- requirement id FIX-FN-01 is already used in alpha-bb/);
    expect(problems).toMatch(/related: "missing-bb" is not a Building Block id/);
    expect(problems).toMatch(/broken link \/building-blocks\/nowhere/);
  });
});
