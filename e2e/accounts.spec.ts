import { expect, test } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { expectAccessible } from "./axe";
import { mailedLink, signUpVendor } from "./vendor-account";

// Accounts and hardening (issue #14): one sign-in path, sign-up with a confirmed email, security headers.
// Sign-up hashes a password and estimates its strength: allow for a busy machine.
const slowExpect = expect.configure({ timeout: 30_000 });
const rand = () => Math.floor(Math.random() * 250) + 1;

test.describe("one way in", () => {
  test("Better Auth's own sign-in and sign-up endpoints are closed; only the forms sign in", async ({ request }) => {
    for (const path of ["/api/auth/sign-in/email", "/api/auth/sign-up/email", "/api/auth/request-password-reset"]) {
      const response = await request.post(path, { data: { email: "admin@e2e.test", password: "e2e-admin-password-123", name: "x" } });
      expect(response.status(), path).toBe(404);
      expect(response.headers()["set-cookie"], path).toBeUndefined();
    }
    expect((await request.get("/api/auth/get-session")).status()).toBe(404);
  });

  test("a form post with a forged Origin gets a 403, not a 500", async ({ request }) => {
    const response = await request.post("/sign-in", {
      headers: { origin: "https://evil.example", "next-action": "0".repeat(40), "content-type": "text/plain" },
      data: "[]",
    });
    expect(response.status()).toBe(403);
    expect(await response.text()).toContain("another website");
  });
});

test.describe("vendor sign-up", () => {
  // Two sign-ups, a sign-in and mail round trips per test: slow on a busy machine.
  test.slow();
  test("a guessable password is refused with a helpful message, and what was typed is kept", async ({ page }) => {
    await page.setExtraHTTPHeaders({ "x-forwarded-for": `10.20.${rand()}.${rand()}` });
    await page.goto("/vendor/sign-up");
    await page.getByLabel("Your name").fill("Ada Weak");
    await page.getByLabel("Email address").fill(`weak-${randomUUID()}@e2e.test`);
    await page.getByLabel("Password").fill("password1234");
    await page.getByRole("button", { name: "Create account" }).click();
    const summary = page.getByRole("alert", { name: "There is a problem" });
    await expect(summary).toContainText("This password is too easy to guess");
    await expect(page.getByLabel("Your name")).toHaveValue("Ada Weak");
    await expectAccessible(page);
  });

  test("the answer is the same for a new and a registered email; the owner of the registered one is told by mail", async ({ page }) => {
    const email = `twice-${randomUUID()}@e2e.test`;
    const texts: string[] = [];
    for (let i = 0; i < 2; i++) {
      await page.goto("/vendor/sign-up");
      await page.getByLabel("Your name").fill("Twice Vendor");
      await page.getByLabel("Email address").fill(email);
      await page.getByLabel("Password").fill("copper lantern orbit meadow");
      await page.getByRole("button", { name: "Create account" }).click();
      await slowExpect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
      texts.push(await page.locator("main").innerText());
    }
    expect(texts[1]).toBe(texts[0]);
    await expectAccessible(page);
    const outbox = await (await page.request.get(`/outbox?to=${encodeURIComponent(email)}`)).text();
    expect(outbox).toContain("Confirm your email address for the GovStack Portal");
    expect(outbox).toContain("You already have a GovStack Portal account");
  });

  test("until the email is confirmed a vendor can sign in and prepare, but is told to confirm; the link confirms it", async ({ page }) => {
    const email = `unconfirmed-${randomUUID()}@e2e.test`;
    await page.goto("/vendor/sign-up");
    await page.getByLabel("Your name").fill("Later Vendor");
    await page.getByLabel("Email address").fill(email);
    await page.getByLabel("Password").fill("copper lantern orbit meadow");
    await page.getByRole("button", { name: "Create account" }).click();
    await slowExpect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();

    await page.goto("/sign-in");
    await page.getByLabel("Email address").fill(email);
    await page.getByLabel("Password").fill("copper lantern orbit meadow");
    await page.getByRole("button", { name: "Sign in" }).click();
    const notice = page.getByRole("region", { name: "Confirm your email address" });
    await slowExpect(notice).toContainText("Until then you can prepare products, but not submit them");
    await notice.getByRole("button", { name: "Send the link again" }).click();
    await slowExpect(notice).toContainText("We have sent a new link");
    await expectAccessible(page);

    await page.goto(await mailedLink(page.request, email, "/api/auth/verify-email"));
    await slowExpect(page.getByRole("status")).toContainText("Your email address is confirmed");
    await expect(page.getByRole("region", { name: "Confirm your email address" })).toHaveCount(0);
  });

  test("a broken confirmation link says so", async ({ page }) => {
    await page.goto("/api/auth/verify-email?token=not-a-token&callbackURL=%2Fvendor%3Fverified%3D1");
    await expect(page.getByRole("alert").filter({ hasText: "confirmation link" })).toContainText("This confirmation link has expired or is not valid");
  });
});

test.describe("security headers", () => {
  test("pages rendered per request carry a nonce policy, and their scripts run under it", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    const response = await page.goto("/marketplace?q=pay");
    const csp = response!.headers()["content-security-policy"]!;
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'/);
    expect(csp).toContain("frame-ancestors 'none'");
    const nonce = csp.match(/'nonce-([^']+)'/)![1]!;
    // A nonce is never reused.
    const again = (await page.request.get("/marketplace?q=pay")).headers()["content-security-policy"]!;
    expect(again).not.toContain(nonce);
    // Every script tag Next rendered carries this response's nonce (browsers hide it from the DOM, so read the HTML).
    const html = await response!.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    await page.waitForLoadState("networkidle");
    expect(violations).toEqual([]);
  });

  test("every response carries nosniff, a referrer and permissions policy, and refuses framing", async ({ request }) => {
    for (const path of ["/", "/building-blocks/payments", "/sign-in", "/api/marketplace/products", "/building-blocks/payments/openapi.yaml"]) {
      const h = (await request.get(path)).headers();
      expect(h["x-content-type-options"], path).toBe("nosniff");
      expect(h["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
      expect(h["permissions-policy"], path).toContain("camera=()");
      expect(h["x-frame-options"], path).toBe("DENY");
      expect(h["strict-transport-security"], path).toBeUndefined(); // plain http here
    }
    expect((await request.get("/api/marketplace/products")).headers()["content-security-policy"]).toContain("default-src 'none'");
    expect((await request.get("/", { headers: { "x-forwarded-proto": "https" } })).headers()["strict-transport-security"]).toContain("max-age=");
  });

  test("prerendered pages work under their policy: the API reference renders Elements without violations", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    const response = await page.goto("/building-blocks/payments/api");
    expect(response!.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
    await expect(page.getByRole("heading", { name: /Payments/ }).first()).toBeVisible();
    // Elements loads when its section comes into view.
    await page.locator(".app-elements").scrollIntoViewIfNeeded();
    await expect(page.locator(".sl-elements, [data-testid='two-column-left']").first()).toBeVisible({ timeout: 30_000 });
    expect(violations).toEqual([]);
  });
});

test("a new vendor signs up through the mailed link", async ({ page }) => {
  test.slow();
  await signUpVendor(page, { name: "Linked Vendor", email: `linked-${randomUUID()}@e2e.test` });
  await expect(page.getByRole("region", { name: "Confirm your email address" })).toHaveCount(0);
});
