import { expect, test } from "@playwright/test";
import { expectAccessible } from "./axe";
import { getUseCases } from "../lib/content/use-cases";

// The content is read straight from content/use-cases, so the test follows the files.
const useCases = getUseCases();
const EXPECTED_STEPS = {
  "postpartum-infant-care": 7,
  "market-linkage": 9,
  "agricultural-advisory": 9,
  "cash-transfer": 9,
  "remote-learning": 5,
};

test("the index lists the five use cases with their step counts", async ({ page }) => {
  await page.goto("/use-cases");
  await expect(page.getByRole("heading", { level: 1, name: "Use cases" })).toBeVisible();
  const cards = page
    .getByRole("list", { name: "Use cases" })
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { level: 2 }) });
  await expect(cards).toHaveCount(5);
  for (const uc of useCases) {
    const card = cards.filter({ has: page.getByRole("link", { name: uc.title, exact: true }) });
    await expect(card.getByTestId("step-count")).toHaveText(`${EXPECTED_STEPS[uc.id]} steps`);
  }
  await expectAccessible(page);
});

test("an overview shows the people, the steps and the official mapping", async ({ page }) => {
  await page.goto("/use-cases/remote-learning");
  await expect(page.getByRole("heading", { level: 1, name: "Remote Learning" })).toBeVisible();
  await expect(page.getByText("Cherifa", { exact: true })).toBeVisible();
  const mapping = page.getByRole("region", { name: "Step mapping table" });
  await expect(mapping.getByRole("row")).toHaveCount(6);
  await expect(mapping.getByText("GovStack's steps 1, 2, 3")).toBeVisible();
  await expect(mapping.getByText("GovStack's steps 7, 7b")).toBeVisible();
  await expect(page.getByText(/numbers two steps "7"/)).toBeVisible();
  // Exact: the journey picture's step links also name the blocks they use ("… Uses …, Payments.").
  await expect(page.getByRole("link", { name: "Payments", exact: true }).first()).toHaveAttribute("href", "/building-blocks/payments");
  await expectAccessible(page);
});

for (const uc of useCases) {
  test(`every step of ${uc.title} has its own page with narrative and navigation`, async ({ page }) => {
    for (const [i, step] of uc.steps.entries()) {
      const n = i + 1;
      const response = await page.goto(`/use-cases/${uc.id}/steps/${n}`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1, name: step.title })).toBeVisible();
      await expect(page.getByTestId("narrative")).toHaveText(step.narrative);
      await expect(page.getByTestId("official-steps")).toHaveText(
        `GovStack's step${step.officialSteps.length === 1 ? "" : "s"} ${step.officialSteps.join(", ")}`,
      );
      await expect(page.locator("section#live-step").getByTestId("run-step")).toHaveText(step.screen.action);
      const nav = page.getByRole("navigation", { name: "Journey steps" });
      await expect(nav.locator('[aria-current="step"]')).toContainText(step.title);
      if (n < uc.steps.length) {
        await nav.locator('a[rel="next"]').click();
        await expect(page).toHaveURL(new RegExp(`/use-cases/${uc.id}/steps/${n + 1}$`));
      } else {
        await expect(nav.locator('a[rel="next"]')).toHaveCount(0);
      }
    }
  });
}

test("a step page is accessible, and steps outside the journey are not found", async ({ page }) => {
  await page.goto("/use-cases/market-linkage/steps/7");
  await expect(page.getByRole("heading", { level: 1, name: "Pay into escrow" })).toBeVisible();
  await expect(page.getByText("POST /rtpRequest")).toBeVisible();
  // The products whose vendors claim this step's Building Blocks are listed on the step itself.
  const products = page.getByRole("region", { name: "Products that can play these parts" });
  await expect(products.getByRole("heading", { level: 3, name: "Products for Payments" })).toBeVisible();
  await expect(products.locator('a[href^="/marketplace/products/"]').first()).toBeVisible();
  await expectAccessible(page);
  for (const bad of ["/use-cases/market-linkage/steps/10", "/use-cases/market-linkage/steps/0", "/use-cases/nope"]) {
    expect((await page.goto(bad))?.status()).toBe(404);
  }
});

test("the matrix shows Building Blocks reused across use cases and fits a narrow screen", async ({ page }) => {
  await page.goto("/use-cases/matrix");
  const table = page.getByRole("table", { name: "Journey steps that use each Building Block, by use case" });
  await expect(table.getByRole("columnheader")).toHaveCount(7);
  await expect(page.getByTestId("reuse-messaging")).toHaveText("5 of 5");
  await expect(page.getByTestId("reuse-e-marketplace")).toHaveText("2 of 5");
  const messagingRow = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Messaging" }) });
  await expect(messagingRow.getByRole("link", { name: /Postpartum and Infant Care step 1:/ })).toHaveAttribute(
    "href",
    "/use-cases/postpartum-infant-care/steps/1",
  );
  await expectAccessible(page);

  await page.setViewportSize({ width: 320, height: 800 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(page.getByRole("region", { name: "Journey steps that use each Building Block, by use case" })).toHaveAttribute("tabindex", "0");
});
