// Issue 12: a vendor's own implementation plays a Building Block in a live use case. A second process
// (`npm run mocks` on E2E_VENDOR_PORT, started by playwright.config.ts) stands in for the vendor's Payments:
// it passes the Payments conformance suite, a visitor swaps it into Unconditional Social Cash Transfer and
// plays the whole journey through it, and the product page gains "works in a use case" evidence. A product
// that drifts from the contract after passing breaks at the step that calls it, with the reason in words.
import { expect, request, test, type Page } from "@playwright/test";
import { answerAllSections } from "./assessment";
import { expectAccessible } from "./axe";
import { addProduct, approveAsAdmin, signIn, signUpWithOrganisation } from "./vendor-account";

const VENDOR_PORT = Number(process.env.E2E_VENDOR_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 99);
const run = `s${Date.now().toString(36)}`;
const vendor = { email: `swap-${run}@example.org`, password: "a-long-enough-password" };
const vendorpay = `Vendorpay ${run}`;
const driftpay = `Driftpay ${run}`;
const driftNs = `drift-${run}`;

/** From the product page: points the portal at an endpoint for Payments, runs the suite and waits for a clean pass. */
async function passConformance(page: Page, baseUrl: string) {
  await page.getByRole("link", { name: "Test your endpoint for Payments" }).click();
  await page.getByLabel("Base URL").fill(baseUrl);
  await page.getByRole("button", { name: "Add endpoint" }).click();
  await expect(page.getByText("Endpoint saved.")).toBeVisible();
  await page.getByRole("button", { name: "Run the Payments tests" }).click();
  await expect(page).toHaveURL(/\/conformance\/runs\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { name: "Result" })).toBeVisible({ timeout: 120_000 });
  // On a new connection (the evidence is public): page.request once read ECONNRESET here after the long wait
  // (CI, 2026-12-06), most likely on a pooled keep-alive socket that the server had just closed.
  const api = await request.newContext();
  const evidence = await (await api.get(`${page.url()}/evidence.json`)).json();
  await api.dispose();
  expect(evidence.summary).toMatchObject({ failed: 0, errored: 0 });
}

/** From the product page: answers the self-assessment and submits it. */
async function submitForReview(page: Page, productUrl: string) {
  await page.goto(productUrl);
  await page.getByRole("link", { name: "Answer the requirements of Payments" }).click();
  await answerAllSections(page, "Met");
  await page.getByRole("link", { name: /^Back to / }).click();
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByText("Submitted. A reviewer will look at it")).toBeVisible();
}

/** As a visitor: lets `product` play Payments in this browser's sandbox. */
async function choosePayments(page: Page, product: string) {
  await page.goto("/use-cases/cash-transfer/cast");
  const payments = page.getByRole("group", { name: "Payments" });
  await payments.getByRole("radio", { name: new RegExp(product) }).check();
  await payments.getByRole("button", { name: "Use this for Payments" }).click();
  await expect(page.getByRole("status")).toContainText(`Payments is now played by ${product}`);
}

test.describe.serial("swap a conforming product into a live use case", () => {
  test("a vendor's own process passes the Payments suite and is published", async ({ page, baseURL }) => {
    test.setTimeout(420_000);
    // Before any run (only this file swaps products in), the works-with grid says so instead of showing an empty table.
    await page.goto("/marketplace/works-with");
    await expect(page.getByText("No product has run in a use case yet.")).toBeVisible();
    await expect(page.getByRole("table")).toHaveCount(0);
    await signUpWithOrganisation(page, { email: vendor.email, org: `Swap Co ${run}` });
    const summary = "A payments engine that runs as its own process, for the swap-in test.";
    const vendorpayUrl = await addProduct(page, { name: vendorpay, summary, bb: /^Payments/ });
    await passConformance(page, `http://127.0.0.1:${VENDOR_PORT}/mock/ns/vendor-${run}/payments`);
    await page.goto("/vendor");
    const driftpayUrl = await addProduct(page, { name: driftpay, summary, bb: /^Payments/ });
    await passConformance(page, `${baseURL}/mock/ns/${driftNs}/payments`);
    await submitForReview(page, vendorpayUrl);
    await submitForReview(page, driftpayUrl);
    await approveAsAdmin(page, vendorpay);
    await approveAsAdmin(page, driftpay);
  });

  test("a visitor lets it play Payments, the whole journey runs through it, and the product page shows it works there", async ({ page }) => {
    test.setTimeout(240_000);
    await choosePayments(page, vendorpay);
    await expectAccessible(page);
    await page.goto("/use-cases/cash-transfer/play");
    await page.getByTestId("pace").selectOption("quick");
    await page.getByTestId("play").click();
    await expect(page.getByTestId("journey-done")).toBeVisible({ timeout: 180_000 });
    await expect(page.locator('[data-testid="beat"][data-status="ok"]')).toHaveCount(9);

    // The evidence is public: another visitor sees it on the product page, with the calls it rests on.
    await page.context().clearCookies();
    const slug = (await (await page.request.get(`/api/marketplace/products?q=${encodeURIComponent(vendorpay)}`)).json()).items[0].slug as string;
    await page.goto(`/marketplace/products/${slug}`);
    const works = page.getByRole("region", { name: "Works in a use case" });
    await expect(works).toContainText("Works in Unconditional Social Cash Transfer");
    await expect(works).toContainText(/steps [\d, ]+ and \d+ passed/);
    await expectAccessible(page);
    await works.getByRole("link", { name: "See the calls" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(`${vendorpay} works in Unconditional Social Cash Transfer`);
    await expect(page.getByRole("table", { name: `Calls forwarded to ${vendorpay}` }).getByRole("row")).not.toHaveCount(1);
    await expectAccessible(page);

    // The works-with grid: the product played Payments, and ran with the BBs of steps 5 and 6, not with the rest.
    await page.goto(`/marketplace/products/${slug}`);
    await works.getByRole("link", { name: "See which products have run with which Building Blocks" }).click();
    await expect(page).toHaveURL(/\/marketplace\/works-with$/);
    const grid = page.getByRole("table", { name: /Building Blocks \(columns\)/ });
    // A retrying assertion first: reading the headers straight after the click could race the navigation.
    const headers = ["Product", "Identity and Verification", "Information Mediator", "Payments", "Registration"];
    await expect(grid.getByRole("columnheader")).toHaveText(headers);
    // On a phone the grid scrolls inside its own named region, which a keyboard user can focus (e2e/tables.spec.ts).
    await expect(page.getByRole("region", { name: /Building Blocks \(columns\)/ }).getByRole("table")).toHaveCount(1);
    await expect(page.getByRole("region", { name: /Building Blocks \(columns\)/ })).toHaveAttribute("tabindex", "0");
    const row = grid.getByRole("row").filter({ has: page.getByRole("rowheader", { name: vendorpay }) });
    const under = (bb: string) => row.getByRole("cell").nth(headers.indexOf(bb) - 1);
    await expect(under("Payments")).toHaveText("Played it in Unconditional Social Cash Transfer");
    await expect(under("Registration")).toHaveText("Unconditional Social Cash Transfer");
    // It played alone (every other Building Block was a reference mock): no product pair yet.
    await expect(page.getByText("No two products have run in the same journey yet.")).toBeVisible();
    await expectAccessible(page);
    await page.setViewportSize({ width: 320, height: 720 });
    await expect(page.locator("html")).toHaveJSProperty("scrollWidth", 320);
    await expectAccessible(page);
    await under("Payments").getByRole("link").click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(`${vendorpay} works in Unconditional Social Cash Transfer`);
  });

  test("a product that drifts from the contract after passing breaks at the step that calls it, with the reason", async ({ page, request }) => {
    test.setTimeout(120_000);
    // The endpoint passed; now it answers with status codes the contract does not document.
    const drift = await request.put(`/api/sandbox/faults?ns=${driftNs}`, { data: { drift: ["wrong-status"] } });
    expect(drift.status()).toBe(200);
    await choosePayments(page, driftpay);
    await page.goto("/use-cases/cash-transfer/steps/5");
    await page.getByTestId("run-step").click();
    const result = page.getByTestId("run-result");
    await expect(result).toHaveAttribute("data-status", "error", { timeout: 60_000 });
    await expect(result).toContainText(`This step stopped at ${driftpay}, which plays Payments in your sandbox`);
    await expect(result).toContainText("does not document");

    // The failure is the vendor's to see, not the public's.
    await page.context().clearCookies();
    const slug = (await (await page.request.get(`/api/marketplace/products?q=${encodeURIComponent(driftpay)}`)).json()).items[0].slug as string;
    await page.goto(`/marketplace/products/${slug}`);
    await expect(page.getByText(/Failed in Unconditional Social Cash Transfer/)).toHaveCount(0);
    await signIn(page, vendor.email, vendor.password, `/marketplace/products/${slug}`);
    await expect(page.getByText(/Failed in Unconditional Social Cash Transfer/)).toBeVisible();
  });
});
