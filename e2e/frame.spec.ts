import { expect, test } from "@playwright/test";
import { expectAccessible } from "./axe";

test("every page starts with a skip link that moves focus to the main content", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main#main")).toBeFocused();
});

test("the header links the three pillars", async ({ page }) => {
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "Main" });
  for (const name of ["Specifications", "Use cases", "Sandbox", "Marketplace"]) {
    await expect(nav.getByRole("link", { name })).toBeVisible();
  }
  await expect(page.getByText("Beta", { exact: true })).toBeVisible();
});

test("an unknown address shows the custom not-found page with a 404 status", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expectAccessible(page);
});

test("the frame fits a 320 px wide screen without horizontal scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto("/");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test("every page has an icon (no 404 for /favicon.ico) and the footer links the source code", async ({ page }) => {
  await page.goto("/about");
  const icon = await page.locator('link[rel="icon"]').first().getAttribute("href");
  expect(icon).toBeTruthy();
  expect((await page.request.get(icon!)).status()).toBe(200);
  const source = page.getByRole("contentinfo").getByRole("link", { name: "Source code" });
  await expect(source).toHaveAttribute("href", /^https:\/\//);
});
