import { expect, test } from "@playwright/test";
import { expectAccessible } from "./axe";

test("the sandbox page lists the mocks, gives a private namespace and is accessible", async ({ page }) => {
  await page.goto("/sandbox");
  await expect(page.getByRole("heading", { level: 1, name: "Sandbox" })).toBeVisible();
  const table = page.getByRole("table");
  for (const name of ["Information Mediator", "Digital Registries", "Payments", "e-Marketplace"])
    await expect(table.getByRole("rowheader", { name: new RegExp(name) })).toBeVisible();
  const ns = await page.locator("#ns-heading + p code").innerText();
  expect(ns).toMatch(/^v-[0-9a-f]{20}$/);
  await expectAccessible(page);
});

test("a call made with the visitor's cookie shows up in the trace, live and after reload", async ({ page }) => {
  await page.goto("/sandbox");
  await expect(page.getByText(/Live: new calls appear here/)).toBeVisible();
  const res = await page.request.post("/mock/digital-registries/data/farmers/1.0/read", {
    headers: { "Information-Mediator-Client": "eGovStack/GOV/90000001/portal" },
    data: { query: { content: { id: "FRM-0001" } } },
  });
  expect(res.status()).toBe(200);
  await expect(page.getByRole("list", { name: "New calls" }).getByText("POST /data/farmers/1.0/read", { exact: true })).toBeVisible({ timeout: 10_000 });
  await page.reload();
  const entry = page.getByRole("list", { name: "Recent calls" }).locator("details").first();
  await entry.locator("summary").click();
  await expect(entry.getByText(/curl -X POST/)).toBeVisible();
  await expectAccessible(page);
});

test("fault switches and reset work without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/sandbox");
  await page.getByLabel("Payments down").check();
  await page.getByRole("button", { name: "Save fault switches" }).click();
  await expect(page.getByText("Fault switches saved.")).toBeVisible();
  await expect(page.getByRole("row", { name: /Payments/ }).getByText("Switched off (fault)")).toBeVisible();
  const down = await page.request.get("/mock/payments/vouchers/7001?fields=status");
  expect(down.status()).toBe(503);
  await page.getByRole("button", { name: "Reset my sandbox" }).click();
  await expect(page.getByText("Your sandbox was reset to its starting data.")).toBeVisible();
  await context.close();
});

test("the sandbox page fits a 320 px wide screen without sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto("/sandbox");
  await expect(page.getByRole("heading", { level: 1, name: "Sandbox" })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBe(0);
});
