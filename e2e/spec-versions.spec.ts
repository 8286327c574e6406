import { expect, test, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { expectAccessible } from "./axe";

// Read the files directly: the test must not trust the loader it is checking.
const root = join(process.cwd(), "content", "building-blocks", "consent");
type Req = { id: string; level: string; text: string };
const current = parseYaml(readFileSync(join(root, "requirements.yaml"), "utf8")) as Req[];
const previous = parseYaml(readFileSync(join(root, "versions", "1.1.0", "requirements.yaml"), "utf8")) as Req[];
const govstack = parseYaml(readFileSync(join(root, "govstack.yaml"), "utf8")) as { version: string; items: Record<string, string> };
const requiredItems = Object.values(govstack.items).filter((l) => l === "REQUIRED").length;
const added = current.filter((r) => !previous.some((p) => p.id === r.id));

async function expectNoSidewaysScroll(page: Page) {
  await page.setViewportSize({ width: 320, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await page.setViewportSize({ width: 1280, height: 800 });
}

test("a spec page shows its coverage of GovStack's requirements and where each requirement comes from", async ({ page }) => {
  await page.goto("/building-blocks/consent");
  const coverage = page.locator("#govstack-coverage");
  await expect(coverage.getByRole("heading", { name: "Coverage of GovStack's Consent specification" })).toBeVisible();
  await expect(coverage).toContainText(`GovStack's specification version ${govstack.version}`);
  await expect(coverage.getByRole("row", { name: /Required/ })).toContainText(`${requiredItems} of ${requiredItems}`);
  const terminate = page.locator('tr[id="CON-FN-12"]');
  await expect(terminate).toContainText("REQUIRED");
  await expect(terminate.getByRole("link", { name: `GovStack ${govstack.version}, 6.1 #4` })).toHaveAttribute(
    "href",
    /github\.com\/GovStackWorkingGroup\/bb-consent\/blob\/[0-9a-f]+\/spec\/6-functional-requirements\.md$/,
  );
  await expect(page.locator('tr[id="CON-API-03"]')).toContainText("Portal addition");
  await expectAccessible(page);
});

test("an earlier version stays readable and its diff with the next is computed from the files", async ({ page }) => {
  await page.goto("/building-blocks/consent#changelog");
  await page.getByRole("link", { name: "Read version 1.1.0" }).click();
  await expect(page).toHaveURL(/\/building-blocks\/consent\/v\/1\.1\.0$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Consent, version 1.1.0");
  await expect(page.getByRole("note", { name: "An earlier version" })).toContainText("The current version is 2.0.0");
  await expect(page.locator("tbody tr")).toHaveCount(previous.length);
  // The id rule was REQUIRED in 1.1.0.
  await expect(page.locator('tr[id="CON-API-03"]')).toContainText("REQUIRED");
  await expectAccessible(page);
  await expectNoSidewaysScroll(page);

  await page.getByRole("link", { name: "see what changed from 1.1.0 to 2.0.0" }).click();
  await expect(page).toHaveURL(/\/building-blocks\/consent\/diff\/1\.1\.0\/2\.0\.0$/);
  await expect(page.getByRole("list", { name: "Summary" })).toContainText(`Requirements: ${added.length} added`);
  const addedSection = page.getByRole("region", { name: "Requirements added" });
  for (const req of added) await expect(addedSection.getByRole("link", { name: req.id })).toBeVisible();
  const changed = page.getByRole("region", { name: "Requirements changed" });
  await expect(changed.getByRole("listitem").filter({ hasText: "CON-FN-09" })).toContainText(/RECOMMENDED\s*→?\s*became\s*REQUIRED/);
  await expect(changed.getByRole("listitem").filter({ hasText: "CON-API-03" })).toContainText("OPTIONAL");
  await expectAccessible(page);
  await expectNoSidewaysScroll(page);
});

test("versions and diffs that do not exist answer 404", async ({ page }) => {
  expect((await page.goto("/building-blocks/consent/v/0.1.0"))?.status()).toBe(404);
  expect((await page.goto("/building-blocks/consent/v/2.0.0"))?.status()).toBe(404);
  expect((await page.goto("/building-blocks/consent/diff/2.0.0/1.1.0"))?.status()).toBe(404);
});
