import { expect, type APIRequestContext, type Page } from "@playwright/test";

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
