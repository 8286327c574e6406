// The API reference page: full width, no inner scroll area, no jump on load, Elements loaded only when its section is
// reached, "Send API request" answered by the sandbox with the response in view, and accessible at 1280 and 320 px.
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./axe";

async function openReference(page: Page, id: string) {
  await page.goto(`/building-blocks/${id}/api`);
  await expect(page.getByRole("heading", { level: 1, name: /API reference$/ })).toBeVisible();
}

test("the page uses the window's width, does not scroll on load, and lists every operation before Elements loads", async ({ page }) => {
  const scripts: string[] = [];
  page.on("request", (r) => {
    if (r.resourceType() === "script" || r.url().endsWith("/openapi.json")) scripts.push(r.url());
  });
  await page.setViewportSize({ width: 1600, height: 900 });
  await openReference(page, "payments");
  await page.waitForLoadState("load");
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  const mainWidth = await page.locator("main").evaluate((el) => el.getBoundingClientRect().width);
  expect(mainWidth).toBeGreaterThan(1500);
  // The server-rendered list of operations is there at once.
  await expect(page.getByRole("heading", { level: 2, name: "Operations" })).toBeVisible();
  await expect(page.locator("#operations ~ div li").first()).toBeVisible();
  expect(await page.locator("#operations ~ div li").count()).toBeGreaterThan(30);
  // The contract is fetched only when the interactive section is reached.
  expect(scripts.some((u) => u.endsWith("/openapi.json"))).toBe(false);
  await page.locator(".app-elements").scrollIntoViewIfNeeded();
  await expect(page.locator(".app-elements .sl-elements").first()).toBeVisible({ timeout: 30_000 });
  expect(scripts.some((u) => u.endsWith("/building-blocks/payments/api/openapi.json"))).toBe(true);
  // Elements' own title (an <h1> in its markup) is announced one level down: the page keeps one top heading.
  // Asked of Chromium's accessibility tree, which screen readers read (Playwright's role query goes by the tag).
  await expect(page.locator(".app-elements h1").first()).toHaveAttribute("aria-level", "2");
  await expect.poll(() => topHeadings(page)).toEqual(["Payments API reference"]);
});

/** The names of the level-1 headings in Chromium's accessibility tree. */
async function topHeadings(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  type AXValue = { value?: unknown };
  type AXNode = { role?: AXValue; name?: AXValue; properties?: { name: string; value: AXValue }[] };
  const { nodes } = (await cdp.send("Accessibility.getFullAXTree")) as { nodes: AXNode[] };
  await cdp.detach();
  return nodes
    .filter((n) => n.role?.value === "heading" && n.properties?.some((p) => p.name === "level" && p.value.value === 1))
    .map((n) => String(n.name?.value ?? ""));
}

test("no inner scroll area: the reference grows with the page instead of scrolling inside a box", async ({ page }) => {
  await openReference(page, "messaging");
  // The section is in view at once on this short page, so loading may already have started and the button gone.
  await page
    .getByRole("button", { name: "Open the interactive reference" })
    .click({ timeout: 2_000 })
    .catch(() => undefined);
  await expect(page.locator(".app-elements .sl-elements").first()).toBeVisible({ timeout: 30_000 });
  const scrollers = await page.locator(".app-elements *").evaluateAll(
    (els) =>
      els.filter((el) => {
        const style = getComputedStyle(el);
        return /(auto|scroll)/.test(style.overflowY) && el.scrollHeight > el.clientHeight + 4 && el.clientHeight > 200;
      }).length,
  );
  expect(scrollers).toBe(0);
});

test("Send API request calls the sandbox and the response appears in view under the request", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openReference(page, "e-signature");
  await page.locator(".app-elements").scrollIntoViewIfNeeded();
  const frame = page.locator(".app-elements");
  await expect(frame.locator(".sl-elements").first()).toBeVisible({ timeout: 30_000 });
  // Stacked layout: operations sit in collapsed groups by tag; open the group, then the operation (by its path).
  await frame.getByText("internal", { exact: true }).first().click();
  await frame
    .locator(".sl-break-all", { hasText: /^\/v1\/token\/pseodonym\/\{pseudonym\}$/ })
    .first()
    .click();
  const send = frame.getByRole("button", { name: /Send API Request/i }).first();
  await send.scrollIntoViewIfNeeded();
  // The contract's example pseudonym is one the sandbox knows: the mock answers with a token.
  const response = page.waitForResponse((r) => r.url().includes("/e-signature/v1/token/pseodonym/amina-signs"));
  await send.click();
  expect((await response).status()).toBe(200);
  const answer = frame.getByText('"jwt"').first();
  await expect(answer).toBeVisible();
  // Brought fully into view, not left at the bottom edge of the window.
  await expect(answer).toBeInViewport({ ratio: 1 });
});

test("axe: the page and the rules our stylesheet controls inside Elements pass at 1280 and 320 px; no sideways scroll at 320", async ({ page }) => {
  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: 800 });
    await openReference(page, "messaging");
    await page.locator(".app-elements").scrollIntoViewIfNeeded();
    await expect(page.locator(".app-elements .sl-elements").first()).toBeVisible({ timeout: 30_000 });
    // With an operation open: its tabs, request form and examples are in the audit too.
    await page.locator(".app-elements").getByText("Messaging", { exact: true }).last().click();
    await page.locator(".app-elements .sl-break-all").first().click();
    await expect(page.locator(".app-elements [role=tab]").first()).toBeVisible();
    // Elements' own markup has failures we cannot change without forking it; they are listed with their upstream
    // issues in the README. The full audit runs on everything around it.
    await expectAccessible(page, { exclude: ".app-elements" });
    await expectAccessible(page, { include: ".app-elements", rules: ["color-contrast", "focus-order-semantics"] });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  }
});
