import { expect, type Page } from "@playwright/test";

/**
 * From a BB's self-assessment overview: answers every requirement of every section with `answer`
 * ("Not applicable" is not offered for required ones, so those get "Met"), saving section by section,
 * and ends on the overview. @returns how many requirements were answered.
 */
export async function answerAllSections(page: Page, answer: "Met" | "Not met" = "Met"): Promise<number> {
  await page.getByRole("link", { name: /^(Start|Continue) with / }).click();
  let total = 0;
  for (;;) {
    await expect(page.getByRole("navigation", { name: "Self-assessment sections" })).toBeVisible();
    const questions = page.locator("main form fieldset");
    const n = await questions.count();
    for (let i = 0; i < n; i++) await questions.nth(i).getByRole("radio", { name: answer, exact: true }).check();
    total += n;
    const next = page.getByRole("button", { name: "Save and go to the next section" });
    if (await next.count()) {
      const before = page.url();
      await next.click();
      await expect(page).not.toHaveURL(before);
    } else {
      await page.getByRole("button", { name: "Save this section" }).click();
      await expect(page.getByText("Every section is answered.")).toBeVisible();
      return total;
    }
  }
}
