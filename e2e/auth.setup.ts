// Signs in each role once and saves its browser state (e2e/roles.ts). The vendor also gets an
// organisation and a draft product, which only that vendor may see.
import { mkdirSync, writeFileSync } from "node:fs";
import { test as setup, expect } from "@playwright/test";
import { ACCOUNTS, FIXTURE_PATH, statePath } from "./roles";
import { createStaff } from "./staff-account";
import { addProduct, signIn, signUpWithOrganisation } from "./vendor-account";

mkdirSync("e2e/.auth", { recursive: true });

setup("a vendor with an organisation and a draft product", async ({ page }) => {
  await signUpWithOrganisation(page, ACCOUNTS.vendor);
  const productUrl = await addProduct(page, { name: "Matrix Draft Registry", summary: "A draft only its vendor may see.", bb: /^Digital Registries/ });
  writeFileSync(FIXTURE_PATH, JSON.stringify({ productPath: new URL(productUrl).pathname }));
  await page.context().storageState({ path: statePath("vendor") });
});

setup("another vendor, of another organisation", async ({ page }) => {
  await signUpWithOrganisation(page, ACCOUNTS["other-vendor"]);
  await page.context().storageState({ path: statePath("other-vendor") });
});

for (const role of ["reviewer", "admin"] as const) {
  setup(`a signed-in ${role}`, async ({ page }) => {
    const { email, password } = ACCOUNTS[role];
    if (role === "reviewer") createStaff({ email, password }, "reviewer");
    await signIn(page, email, password, "/staff");
    await expect(page.getByRole("heading", { level: 1, name: "Staff workspace" })).toBeVisible({ timeout: 30_000 });
    await page.context().storageState({ path: statePath(role) });
  });
}
