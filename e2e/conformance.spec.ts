import { createHash } from "node:crypto";
import { BB_IDS } from "../sandbox/types";
import { expect, test, type Page } from "@playwright/test";
import { answerAllSections } from "./assessment";
import { expectAccessible } from "./axe";
import { addProduct, approveAsAdmin, signIn, signUpWithOrganisation } from "./vendor-account";

// Conformance journey: a vendor points the portal at an endpoint (here the portal's own Payments mock
// on 127.0.0.1, allowed by CONFORMANCE_ALLOW_HOSTS in playwright.config.ts), runs the suite, watches
// it, and sees the test-verified level, the evidence bundle and, once published, the badge.
const run = Date.now().toString(36);
const SECRET = `Bearer e2e-conformance-${run}-s3cret`;

async function signUpWithProduct(page: Page, email: string, productName: string) {
  await signUpWithOrganisation(page, { email, org: `Conformance Co ${run}`, name: "E2E Tester" });
  await addProduct(page, { name: productName, summary: "A payments engine for social cash transfers, tested against the GovStack contract.", bb: /^Payments/ });
}

test.describe.serial("a vendor tests an endpoint", () => {
  const productName = `Verifipay ${run}`;
  let runUrl = "";

  test("adds a target, starts a run, watches it and sees the verified level", async ({ page, baseURL }) => {
    test.setTimeout(240_000);
    await signUpWithProduct(page, `conformance-${run}@example.org`, productName);
    await page.getByRole("link", { name: "Test your endpoint for Payments" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Conformance tests: Payments" })).toBeVisible();
    await expectAccessible(page);

    // A refused address is explained, and what was typed stays.
    await page.getByLabel("Base URL").fill("http://169.254.169.254/latest");
    await page.getByRole("button", { name: "Add endpoint" }).click();
    await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("cloud metadata");
    await expect(page.getByLabel("Base URL")).toHaveValue("http://169.254.169.254/latest");
    await expectAccessible(page);

    const target = `${baseURL}/mock/ns/e2e-conf-${run}/payments`;
    await page.getByLabel("Base URL").fill(target);
    await page.getByLabel("Test credential (optional)").fill(SECRET);
    await page.getByRole("button", { name: "Add endpoint" }).click();
    await expect(page.getByText("Endpoint saved.")).toBeVisible();
    await expect(page.getByText("test credential: stored (hidden)")).toBeVisible();
    expect(await page.content()).not.toContain(SECRET);

    await page.getByRole("button", { name: "Run the Payments tests" }).click();
    await expect(page).toHaveURL(/\/conformance\/runs\/[0-9a-f-]{36}$/);
    runUrl = page.url();
    await expect(page.getByRole("heading", { level: 1, name: "Conformance run: Payments" })).toBeVisible();
    // Live progress while it runs, then the result without reloading by hand.
    await expect(page.getByRole("heading", { name: "Result" })).toBeVisible({ timeout: 90_000 });
    await expect(page.getByTestId("run-level")).toContainText(/Level [12]/);
    await expect(page.getByText(/\d+ of \d+ checks passed/)).toBeVisible();
    const digest = (await page.getByTestId("run-digest").textContent())!.trim();
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
    expect(await page.content()).not.toContain(SECRET);
    await expectAccessible(page);

    // The evidence bundle: the digest shown is the SHA-256 of the bytes served, and the secret is masked.
    const bundle = await page.request.get(`${runUrl}/evidence.json`);
    expect(bundle.status()).toBe(200);
    const bytes = await bundle.body();
    expect(createHash("sha256").update(bytes).digest("hex")).toBe(digest);
    const text = bytes.toString("utf8");
    expect(text).not.toContain(SECRET);
    expect(JSON.parse(text)).toMatchObject({ bb: "payments", target: { credential: "provided (masked)" }, summary: { failed: 0 } });

    // Back on the endpoint page the run is in the history and the button is back (one run at a time per target).
    await page.goBack();
    await page.reload();
    await expect(page.getByRole("heading", { name: "Runs" })).toBeVisible();
    await expect(page.getByText(/\d+ passed, 0 failed/)).toBeVisible();
    await expect(page.getByRole("button", { name: "Run the Payments tests" })).toBeVisible();
  });

  test("once published, the listing shows test evidence apart from self-reported answers, with a badge", async ({ page }) => {
    test.setTimeout(180_000);
    // Answer the self-assessment and submit, then approve as the reviewer.
    await signIn(page, `conformance-${run}@example.org`, "a-long-enough-password");
    await page.getByRole("link", { name: productName }).click();
    await page.getByRole("link", { name: "Answer the requirements of Payments" }).click();
    await answerAllSections(page, "Not met");
    await page.getByRole("link", { name: /^Back to / }).click();
    await page.getByRole("button", { name: "Submit for review" }).click();
    await expect(page.getByText("Submitted. A reviewer will look at it")).toBeVisible();
    await approveAsAdmin(page, productName);

    await page.context().clearCookies();
    const slug = (await (await page.request.get(`/api/marketplace/products?q=${encodeURIComponent(productName)}`)).json()).items[0].slug as string;
    await page.goto(`/marketplace/products/${slug}`);
    const evidence = page.getByRole("definition").filter({ hasText: /checks passed/ });
    await expect(evidence).toContainText(/Level [12]/);
    // Self-reported answers were all "not met": that level is shown as its own kind, not as verified.
    await expect(page.getByText("Below Level 1").first()).toBeVisible();
    await page.getByRole("link", { name: "Test report for Payments" }).click();
    await expect(page).toHaveURL(runUrl);
    await page.goBack();
    await page.getByText(/Show all \d+ requirements/).click();
    await expect(page.getByRole("link", { name: /Verified by tests \(PAY-/ }).first()).toBeVisible();
    await expectAccessible(page);

    const badge = await page.request.get(`/badges/${slug}/payments.svg`);
    expect(badge.status()).toBe(200);
    expect(badge.headers()["content-type"]).toContain("image/svg+xml");
    const svg = await badge.text();
    expect(svg).toMatch(/Payments/);
    expect(svg).toMatch(/Level [12] · tested \d{4}-\d{2}-\d{2}/);
    expect((await page.request.get(`/badges/${slug}/identity.svg`)).status()).toBe(404);
  });
});

test("the reference listing carries evidence from a real run of every suite", async ({ page }) => {
  test.setTimeout(360_000);
  await page.goto("/marketplace/products/govstack-portal-reference-mocks");
  await expect(page.getByText("Reference listing: the portal's own mocks, not a product")).toBeVisible();
  // The runs happen at first start (before the e2e server starts: playwright.config.ts); one per mock BB.
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole("link", { name: /^Test report for / })).toHaveCount(BB_IDS.length);
  }).toPass({ timeout: 300_000, intervals: [3_000] });
  await page.getByRole("link", { name: "Test report for Consent" }).click();
  await expect(page.getByText(/Reference run: the portal's own mock Consent/)).toBeVisible();
  await expect(page.getByText(/(\d+) of \1 checks passed/)).toBeVisible();
  await expectAccessible(page);
});
