// The accounts the setup project (e2e/auth.setup.ts) signs in once, and where it keeps each one's
// signed-in browser state, so a spec can act as any role without signing in again.
import { readFileSync } from "node:fs";
import { test as base } from "@playwright/test";

export const ROLES = ["visitor", "vendor", "other-vendor", "reviewer", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const ACCOUNTS = {
  vendor: { name: "Matrix Vendor", email: "matrix-vendor@e2e.test", org: "Matrix Vendor Ltd" },
  "other-vendor": { name: "Other Vendor", email: "matrix-other-vendor@e2e.test", org: "Other Vendor Ltd" },
  reviewer: { email: "matrix-reviewer@e2e.test", password: "matrix-reviewer-password-5521" },
  admin: { email: process.env.E2E_ADMIN_EMAIL ?? "admin@e2e.test", password: process.env.E2E_ADMIN_PASSWORD ?? "e2e-admin-password-123" },
};

/** The saved browser state of a role (a visitor has none: no cookies). */
export const statePath = (role: Exclude<Role, "visitor">) => `e2e/.auth/${role}.json`;
/** What the setup made that specs refer to: the vendor's draft product page. */
export const FIXTURE_PATH = "e2e/.auth/fixture.json";
export type SetupFixture = { productPath: string };
export const readFixture = (): SetupFixture => JSON.parse(readFileSync(FIXTURE_PATH, "utf8")) as SetupFixture;

/** `test` with `as(role)`: a browser context signed in as that role, closed after the test. */
export const test = base.extend<{ as: (role: Role) => Promise<import("@playwright/test").BrowserContext> }>({
  as: async ({ browser }, provide) => {
    const opened: import("@playwright/test").BrowserContext[] = [];
    await provide(async (role) => {
      const context = await browser.newContext(role === "visitor" ? {} : { storageState: statePath(role) });
      opened.push(context);
      return context;
    });
    for (const context of opened) await context.close();
  },
});
export { expect } from "@playwright/test";
