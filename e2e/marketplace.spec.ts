import { expect, test, type Page } from "@playwright/test";
import { answerAllSections } from "./assessment";
import { expectAccessible } from "./axe";
import { signUpWithOrganisation } from "./vendor-account";
import { ACCOUNTS } from "./roles";

// Marketplace journeys on the throwaway e2e database. The reviewer is the admin created by the seed
// from ADMIN_EMAIL / ADMIN_PASSWORD (set for the e2e web server in playwright.config.ts).
const ADMIN = ACCOUNTS.admin;
const run = Date.now().toString(36);

const XSS = [
  `<script>window.__xss=1</script>`,
  `<img src=x onerror="window.__xss=1">`,
  `"><svg onload="window.__xss=1">`,
  `[click me](javascript:window.__xss=1)`,
  `<a href="javascript:window.__xss=1">link</a>`,
  `<iframe src="javascript:window.__xss=1"></iframe>`,
];

async function expectNoXss(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  await expect(page.locator("main img[src='x'], main [onerror], main [onload], main iframe, main a[href^='javascript']")).toHaveCount(0);
}

test.describe("browsing", () => {
  test("the list shows seeded products, filters by facet and search, and is accessible", async ({ page }) => {
    await page.goto("/marketplace");
    await expect(page.getByRole("heading", { level: 1, name: "Marketplace" })).toBeVisible();
    const count = Number((await page.locator("#results-heading").textContent())?.match(/\d+/)?.[0]);
    expect(count).toBeGreaterThanOrEqual(25);
    await expectAccessible(page);

    await page.getByRole("checkbox", { name: /^Payments/ }).check();
    await page.getByRole("button", { name: "Apply filters" }).first().click();
    await expect(page).toHaveURL(/bb=payments/);
    await expect(page.getByRole("link", { name: "Mojaloop" })).toBeVisible();
    await expect(page.getByRole("link", { name: "MOSIP", exact: true })).toHaveCount(0);

    await page.goto("/marketplace?q=identity+platform");
    await expect(page.getByRole("link", { name: "MOSIP", exact: true })).toBeVisible();
  });

  test("a product page shows evidence labels and is accessible", async ({ page }) => {
    await page.goto("/marketplace/products/x-road");
    await expect(page.getByRole("heading", { level: 1, name: "X-Road" })).toBeVisible();
    await expect(page.getByText("Self-reported by the vendor")).toBeVisible();
    await expect(page.getByText("Seed data, not yet claimed by the vendor").first()).toBeVisible();
    await expectAccessible(page);
  });

  test("the JSON API and CSV export follow the same filters", async ({ request }) => {
    const list = await (await request.get("/api/marketplace/products?bb=identity&pageSize=2")).json();
    expect(list.total).toBeGreaterThanOrEqual(3);
    expect(list.items).toHaveLength(2);
    expect(list.items.every((i: { bbs: string[] }) => i.bbs.includes("identity"))).toBe(true);
    const bad = await request.get("/api/marketplace/products?level=7");
    expect(bad.status()).toBe(400);
    expect((await bad.json()).details[0]).toContain("level");
    const detail = await request.get("/api/marketplace/products/mosip");
    expect((await detail.json()).licence).toBe("MPL-2.0");
    expect((await request.get("/api/marketplace/products/no-such-product")).status()).toBe(404);
    const csv = await (await request.get("/api/marketplace/products/export.csv?bb=identity")).text();
    expect(csv.split("\r\n")[0]).toContain("slug,name");
    expect(csv).toContain('"mosip"');
  });
});

test.describe("forms", () => {
  test("sign-up errors use the error summary, keep typed input and are accessible", async ({ page }) => {
    await page.goto("/vendor/sign-up");
    await expectAccessible(page);
    await page.getByLabel("Your name").fill("Ada");
    await page.getByLabel("Email address").fill("not-an-email");
    await page.getByRole("button", { name: "Create account" }).click();
    const summary = page.getByRole("alert", { name: "There is a problem" });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole("link", { name: /email address like/ })).toHaveAttribute("href", "#f-email");
    await expect(page).toHaveTitle(/^Error: /);
    await expect(page.getByLabel("Your name")).toHaveValue("Ada");
    await expect(page.getByLabel("Email address")).toHaveValue("not-an-email");
    await expectAccessible(page);
  });
});

test.describe.serial("vendor to reviewer to buyer", () => {
  // A full Payments self-assessment is 65 answers, and sign-up hashes a password: on a busy 2-core machine that is more than the default minute.
  test.describe.configure({ timeout: 180_000 });
  const vendorA = `vendor-a-${run}@example.org`;
  const vendorB = `vendor-b-${run}@example.org`;
  const productName = `Paywise ${run}`;
  let productUrl = "";
  let orgAId = "";

  test("a vendor lists a product with a self-assessment and submits it", async ({ page }) => {
    page.on("dialog", () => {
      throw new Error("a dialog opened: script ran");
    });
    await signUpWithOrganisation(page, { email: vendorA, org: `Paywise Ltd ${run}` });
    const addLink = page.getByRole("link", { name: /Add a product for Paywise/ });
    orgAId = new URL((await addLink.getAttribute("href"))!, "http://x").searchParams.get("org")!;
    await addLink.click();
    await expectAccessible(page);

    // A first try with bad input: errors, and what was typed is kept.
    await page.getByLabel("Product name").fill(productName);
    await page.getByLabel("Website (optional)").fill("javascript:alert(1)");
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByRole("alert", { name: "There is a problem" })).toBeFocused();
    await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("Website must start with http:// or https://");
    await expect(page.getByLabel("Product name")).toHaveValue(productName);
    await expectAccessible(page);

    await page.getByLabel("Summary").fill(`Bulk payments for social programmes. ${XSS[0]} ${XSS[1]}`);
    await page.getByLabel("Description (optional)").fill(XSS.join("\n\n"));
    await page.getByLabel("Website (optional)").fill("https://example.org/paywise");
    await page.getByRole("checkbox", { name: /^Payments/ }).check();
    await page.getByRole("checkbox", { name: /Unconditional Social Cash Transfer/ }).check();
    await page.getByRole("radio", { name: "Open source", exact: true }).check();
    await page.getByLabel("Licence (SPDX id, optional)").fill("Apache-2.0");
    await page.getByRole("radio", { name: "Self-hosted", exact: true }).check();
    await page.getByRole("radio", { name: "Free", exact: true }).check();
    await page.getByLabel("Languages of the user interface (optional)").fill(`English, ${XSS[2]}`);
    await page.getByLabel("Current version (optional)").fill(XSS[1]!.slice(0, 40));
    await page.getByLabel("Deployments (optional)").fill(`KE | Pilot ${XSS[1]}`);
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByText("Your changes are saved.")).toBeVisible();
    await expectNoXss(page);

    await page.getByRole("link", { name: "Answer the requirements of Payments" }).click();
    await expectAccessible(page);
    // The first section carries a note with script in it and an evidence link; then every section is answered.
    await page.getByRole("link", { name: /^Start with / }).click();
    await expectAccessible(page);
    await page
      .getByLabel(/^Note on /)
      .first()
      .fill(XSS.join(" "));
    await page
      .getByLabel(/^Evidence link for/)
      .first()
      .fill("https://example.org/evidence");
    await page.getByRole("link", { name: "Overview" }).click();
    const n = await answerAllSections(page, "Met");
    expect(n).toBeGreaterThan(5);
    await expect(page.getByText(`${n} of ${n} answered`)).toBeVisible();
    await page.getByRole("link", { name: /^Back to / }).click();
    await expect(page.getByText("Level 2").first()).toBeVisible();
    // The preview folds the answers away; the evidence link is inside.
    await page.getByText(/Show all \d+ requirements/).click();
    await expect(page.getByRole("link", { name: "Evidence for PAY-FN-01" })).toHaveAttribute("href", "https://example.org/evidence");

    await page.getByRole("button", { name: "Submit for review" }).click();
    await expect(page.getByText("Submitted. A reviewer will look at it")).toBeVisible();
    await expect(page.getByText("Submitted for review", { exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: "Edit product details" })).toHaveCount(0);
    await expectNoXss(page);
    productUrl = page.url();
  });

  test("another organisation cannot see or change the draft", async ({ page }) => {
    await signUpWithOrganisation(page, { email: vendorB, org: `Other Co ${run}` });
    for (const path of [
      new URL(productUrl).pathname,
      `${new URL(productUrl).pathname}/edit`,
      `${new URL(productUrl).pathname}/assessment/payments`,
      `/vendor/products/new?org=${orgAId}`,
    ]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByText(productName)).toHaveCount(0);
    }
    // Not a reviewer either.
    expect((await page.goto("/review"))?.status()).toBe(404);
    // Drafts never appear publicly.
    const api = await (await page.request.get(`/api/marketplace/products?q=${encodeURIComponent(productName)}`)).json();
    expect(api.total).toBe(0);
  });

  test("a reviewer approves it, and it appears in search, facets and compare", async ({ page }) => {
    page.on("dialog", () => {
      throw new Error("a dialog opened: script ran");
    });
    await page.goto("/vendor/sign-in?next=/review");
    await page.getByLabel("Email address").fill(ADMIN.email);
    await page.getByLabel("Password").fill(ADMIN.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Review queue" })).toBeVisible();
    await page.getByRole("link", { name: new RegExp(`${productName} version 1`) }).click();
    await expectNoXss(page);
    await expectAccessible(page);
    // Changes requested without a reason is refused.
    await page.getByRole("radio", { name: "Request changes" }).check();
    await page.getByRole("button", { name: "Record decision" }).click();
    await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("Give the vendor a reason");
    await page.getByRole("radio", { name: "Approve and publish" }).check();
    await page.getByRole("checkbox", { name: "Payments" }).check();
    await page.getByRole("button", { name: "Record decision" }).click();
    await expect(page.getByRole("status").filter({ hasText: `You approved ${productName} version 1` })).toBeVisible();

    await page.goto(`/marketplace?q=${encodeURIComponent(productName)}`);
    await page.getByRole("link", { name: productName }).click();
    await expect(page.getByRole("heading", { level: 1, name: productName })).toBeVisible();
    await expect(page.getByText("Checked by a portal reviewer").first()).toBeVisible();
    await expect(page.getByText(/Level 2/).first()).toBeVisible();
    await page.getByText(/Show all \d+ requirements/).click();
    await expectNoXss(page);
    await expectAccessible(page);
    // Requirement links land on the spec page's row for that requirement (ids keep their case).
    const reqLink = page.locator("a[href^='/building-blocks/payments#']").first();
    const anchor = (await reqLink.getAttribute("href"))!.split("#")[1]!;
    await reqLink.click();
    await expect(page.locator(`[id="${decodeURIComponent(anchor)}"]`)).toBeVisible();
    // The approval refreshed the (ISR) spec page, which now lists the product: at once, or, when another
    // test's render of the page overlapped the approval, at the action's second refresh 2 s later.
    await expect(async () => {
      await page.goto("/building-blocks/payments");
      await expect(page.getByRole("region", { name: "Products for Payments" }).getByRole("link", { name: productName })).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 15_000 });

    await page.goto("/marketplace?bb=payments&level=2");
    await expect(page.getByRole("link", { name: productName })).toBeVisible();
    await expect(page.getByRole("link", { name: "Mojaloop" })).toHaveCount(0);

    await expect(page.getByRole("checkbox", { name: `Compare ${productName}` })).toBeVisible();
    const slug = (await (await page.request.get(`/api/marketplace/products?q=${encodeURIComponent(productName)}`)).json()).items[0].slug;
    await page.goto(`/marketplace/compare?ids=${slug},mojaloop`);
    await expect(page.getByRole("columnheader", { name: productName })).toBeVisible();
    await expect(page.getByRole("rowheader", { name: /Licence type/ })).not.toContainText("Differs");
    await expect(page.getByRole("rowheader", { name: /Payments/ })).toContainText("Differs");
    await expectNoXss(page);
    await expectAccessible(page);

    await page.goto("/review/audit");
    await expect(page.getByRole("cell", { name: "review.approve" }).first()).toBeVisible();
  });
});
