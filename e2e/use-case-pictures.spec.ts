// "Show it, don't tell it": the journey picture on each overview, the live architecture picture and
// the sequence diagram after a run, device screens per actor and the other side of a step, the phone
// layout (compact header, "Next step" always reachable, the result brought into view), and the home
// page order. Every page type gets an axe check at 1280 and 360 px.
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./axe";

const PHONE = { width: 360, height: 740 };

// Several page loads, a live run and axe per test: generous on a busy 2-core machine.
test.describe.configure({ timeout: 180_000 });

async function noSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, "no sideways scroll").toBeLessThanOrEqual(0);
}

async function run(page: Page) {
  await page.getByTestId("run-step").click();
  const result = page.getByTestId("run-result");
  await expect(result).toBeVisible({ timeout: 20_000 });
  return result;
}

test("the overview's journey picture shows each step against its Building Blocks and leads into the steps", async ({ page }) => {
  await page.goto("/use-cases/cash-transfer");
  const strip = page.getByRole("group", { name: "The journey step by step, against the Building Blocks each step uses" });
  await expect(strip).toBeVisible();
  const links = strip.getByRole("link");
  await expect(links).toHaveCount(9);
  await expect(links.nth(2)).toHaveAccessibleName(/^Step 3: Verify the household\. Uses .*Consent.*Digital Registries/);
  await expectAccessible(page);
  await links.nth(2).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/use-cases\/cash-transfer\/steps\/3$/);

  await page.setViewportSize(PHONE);
  await page.goto("/use-cases/cash-transfer");
  const list = page.getByRole("list", { name: "The journey step by step" });
  await expect(list).toBeVisible();
  await expect(strip).toBeHidden();
  await expect(list.getByRole("link", { name: "Step 9: Update records and recertify" })).toBeVisible();
  await noSidewaysScroll(page);
  await expectAccessible(page);
});

test("a run draws its calls: architecture picture, sequence diagram with decoded queries, and every exchange", async ({ page }) => {
  await page.goto("/use-cases/cash-transfer/steps/2");
  const picture = page.getByTestId("architecture-diagram");
  // Before a run the step's blocks are outlined, nothing is lit.
  await expect(picture.locator('[data-bb="registration"]')).toHaveAttribute("data-state", "planned");
  await expect(picture.locator('[data-state="lit"]')).toHaveCount(0);

  await run(page);
  for (const bb of ["identity", "consent", "registration"]) await expect(picture.locator(`[data-bb="${bb}"]`)).toHaveAttribute("data-state", "lit");
  await expect(picture.locator('[data-bb="payments"]')).toHaveAttribute("data-state", "idle");
  const exchanges = await page.getByTestId("exchange").count();
  await expect(picture.locator(".arch-call")).toHaveCount(exchanges);

  const sequence = page.getByTestId("sequence-diagram");
  await expect(sequence.getByRole("img", { name: new RegExp(`^Sequence diagram: ${exchanges} calls`) })).toBeVisible();
  const text = await sequence.locator("svg").first().textContent();
  expect(text).toContain("POST /services/svc-cash-transfer/applications");
  // The sign-in request's query string reads as words and addresses, not percent codes.
  expect(text).toContain("scope=openid profile");
  expect(text).toContain("redirect_uri=https://");
  expect(text).not.toMatch(/%2F|%3A|\+profile/);
  await expect(sequence.locator("ol li")).toHaveCount(exchanges);
  await expectAccessible(page);
});

test("reduced motion: the calls are drawn at once, without animation", async ({ browser }) => {
  const context = await browser.newContext({ reducedMotion: "reduce" });
  const page = await context.newPage();
  await page.goto("/use-cases/remote-learning/steps/2");
  await run(page);
  const call = page.getByTestId("architecture-diagram").locator(".arch-call").first();
  expect(await call.evaluate((el) => getComputedStyle(el).animationName)).toBe("none");
  await context.close();
});

test("each actor sees their own device, and switching the point of view shows the same moment from the other side", async ({ page }) => {
  await page.goto("/use-cases/agricultural-advisory/steps/3");
  await expect(page.locator("#live-step [data-device]")).toHaveAttribute("data-device", "basic-phone");
  await page.goto("/use-cases/remote-learning/steps/1");
  await expect(page.locator("#live-step [data-device]")).toHaveAttribute("data-device", "smartphone");

  await page.goto("/use-cases/cash-transfer/steps/2");
  await expect(page.locator("#live-step [data-device]")).toHaveAttribute("data-device", "computer");
  await page.getByRole("radio", { name: "Kofi and Ama Mensah" }).check();
  await expect(page.getByRole("heading", { name: "What Kofi and Ama Mensah see" })).toBeVisible();
  await expect(page.locator("#live-step [data-device]")).toHaveAttribute("data-device", "basic-phone");
  await expect(page.locator("#live-step")).toContainText("Nothing yet. Maria acts first");

  await page.getByRole("radio", { name: "Maria" }).check();
  const result = await run(page);
  const summary = (await result.getByTestId("outcome-summary").textContent())!;
  await page.getByRole("radio", { name: "Kofi and Ama Mensah" }).check();
  await expect(page.getByTestId("other-side-update")).toContainText(summary);
  await expectAccessible(page);
});

test("on a phone: compact header, 'Next step' always in reach, and the run's result brought into view", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto("/use-cases/market-linkage/steps/2");
  const header = page.locator("header").first();
  expect((await header.boundingBox())!.height, "the header takes little of a phone screen").toBeLessThanOrEqual(100);
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await page.getByTestId("header-menu").locator("summary").click();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Marketplace" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();

  const bar = page.getByRole("navigation", { name: "Step by step" });
  const next = bar.getByRole("link", { name: /Next step/ });
  await expect(next).toBeInViewport();
  await run(page);
  await expect(page.getByTestId("run-result")).toBeInViewport();
  await expect(next).toBeInViewport();
  await noSidewaysScroll(page);
  await expectAccessible(page);
  await next.click();
  await expect(page).toHaveURL(/\/steps\/3$/);
});

test("at 1280 px the header stays on one row, also with the staff links of a signed-in reviewer", async ({ page, context }) => {
  await context.addCookies([{ name: "portal_account", value: "staff", url: "http://127.0.0.1" }]);
  await page.goto("/");
  const account = page.getByRole("navigation", { name: "Account" });
  await expect(account.getByRole("link", { name: "Staff workspace" })).toBeVisible();
  const tops = await page
    .locator("header a, header input, header button")
    .evaluateAll((els) =>
      els
        .filter((el) => (el as HTMLElement).offsetParent !== null)
        .map((el) => Math.round(el.getBoundingClientRect().top + el.getBoundingClientRect().height / 2)),
    );
  expect(tops.length).toBeGreaterThan(6);
  expect(Math.max(...tops) - Math.min(...tops), "every header control on one row").toBeLessThanOrEqual(12);
});

test("the home page shows the use cases right after its introduction", async ({ page }) => {
  await page.goto("/");
  const headings = await page.locator("main h2").allTextContents();
  expect(headings[0]).toBe("See it in five real services");
  await page.setViewportSize(PHONE);
  await noSidewaysScroll(page);
});
