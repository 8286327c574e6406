import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { ACCOUNTS } from "./roles";

/** The newest link in the outbox for `email` whose path starts with `pathPrefix`, waiting for the mail to land. */
export async function mailedLink(request: APIRequestContext, email: string, pathPrefix: string): Promise<string> {
  let link: string | undefined;
  await expect
    .poll(async () => {
      const html = await (await request.get(`/outbox?to=${encodeURIComponent(email)}`)).text();
      const escaped = pathPrefix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      link = html.match(new RegExp(`https?://[^\\s"<]*${escaped}[^\\s"<]*`))?.[0]?.replace(/&amp;/g, "&");
      return link;
    })
    .toBeTruthy();
  return link!;
}

/**
 * Creates a vendor account the way a vendor does: the sign-up form, then the confirmation link from the
 * mail (read from /outbox), which signs the vendor in and lands on /vendor.
 */
export async function signUpVendor(page: Page, { name, email, password = "a-long-enough-password" }: { name: string; email: string; password?: string }) {
  await page.goto("/vendor/sign-up");
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  // Sign-up hashes the password and estimates its strength: give a busy machine time.
  await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible({ timeout: 30_000 });
  await page.goto(await mailedLink(page.request, email, "/api/auth/verify-email"));
  await expect(page.getByRole("heading", { level: 1, name: "Your products" })).toBeVisible({ timeout: 30_000 });
}

/** Signs in through the form and lands on `next`. */
export async function signIn(page: Page, email: string, password: string, next = "/vendor") {
  await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** A confirmed vendor with an organisation, signed in on /vendor. */
export async function signUpWithOrganisation(page: Page, { email, org, name = "E2E Vendor" }: { email: string; org: string; name?: string }) {
  await signUpVendor(page, { name, email });
  await page.getByRole("link", { name: "create your organisation" }).click();
  await page.getByLabel("Organisation name").fill(org);
  await page.getByRole("button", { name: "Create organisation" }).click();
  await expect(page.getByText(org, { exact: true })).toBeVisible();
}

/** From /vendor: a draft open-source, self-hosted, free product claiming one BB (e.g. /^Payments/) if given. Returns its page URL. */
export async function addProduct(page: Page, { name, summary, bb }: { name: string; summary: string; bb?: RegExp }) {
  await page.getByRole("link", { name: /^Add a product for/ }).click();
  await page.getByLabel("Product name").fill(name);
  await page.getByLabel("Summary").fill(summary);
  if (bb) await page.getByRole("checkbox", { name: bb }).check();
  await page.getByRole("radio", { name: "Open source", exact: true }).check();
  await page.getByRole("radio", { name: "Self-hosted", exact: true }).check();
  await page.getByRole("radio", { name: "Free", exact: true }).check();
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText("Your changes are saved.")).toBeVisible();
  return page.url().split("?")[0]!;
}

/** As the seeded admin: approves and publishes the waiting version of `productName`, then signs out. */
export async function approveAsAdmin(page: Page, productName: string) {
  await page.context().clearCookies();
  await signIn(page, ACCOUNTS.admin.email, ACCOUNTS.admin.password, "/review");
  await page.getByRole("link", { name: new RegExp(`${productName} version 1`) }).click();
  await page.getByRole("radio", { name: "Approve and publish" }).check();
  await page.getByRole("button", { name: "Record decision" }).click();
  await expect(page.getByRole("status").filter({ hasText: `You approved ${productName} version 1` })).toBeVisible({ timeout: 30_000 });
  await page.context().clearCookies();
}
