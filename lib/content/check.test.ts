import { describe, expect, it } from "vitest";
import { resolve } from "node:path";
import { checkContent } from "./check";
import { buildingBlocksDir } from "./building-blocks";

const fixture = (name: string) => resolve(__dirname, "fixtures", name, "building-blocks");

describe("checkContent", () => {
  // Compiles every MDX body and OpenAPI file: seconds on a busy 2-core machine.
  it("accepts the portal's own content", { timeout: 30_000 }, async () => {
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

  describe("use cases", () => {
    const problems = () => checkContent(fixture("bad-use-cases")).then((p) => p.join("\n"));

    it("reports wrong step counts, duplicate step ids, uncovered official steps and unknown step references", async () => {
      const text = await problems();
      expect(text).toMatch(/use-cases\/remote-learning\.mdx:\n {2}- steps: remote-learning must have 5 steps \(found 4\)/);
      expect(text).toMatch(/steps\.1\.id: step id "join" is used twice/);
      expect(text).toMatch(/officialSteps: official step 5 is not covered by any journey step/);
      expect(text).toMatch(/steps\.0\.mappingNote: needed when a step folds several official steps/);
      expect(text).toMatch(/unhappyPaths\.0\.step: "nowhere" is not a step id of this use case/);
    });

    it("reports unknown Building Blocks and calls that are not in the BB's contract", async () => {
      const text = await problems();
      expect(text).toMatch(/postpartum-infant-care\.mdx:\n {2}- buildingBlocks\.1: "payments" is not a Building Block id/);
      expect(text).toMatch(/steps\.1\.scenario\.calls\.0\.bb: "payments" is not a Building Block id/);
      expect(text).toMatch(/steps\.2\.scenario\.calls\.0: GET \/nowhere is not in content\/building-blocks\/messaging\/openapi\.yaml/);
    });

    it("reports missing files, unknown file names and broken YAML", async () => {
      const text = await problems();
      expect(text).toMatch(/use-cases\/market-linkage\.mdx:\n {2}- file is missing/);
      expect(text).toMatch(/school-meals\.mdx:\n {2}- "school-meals" is not a use case id/);
      expect(text).toMatch(/cash-transfer\.mdx:\n {2}- frontmatter is not valid YAML/);
    });
  });
});
