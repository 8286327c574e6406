// Wide tables on a phone: each scrolls sideways inside a named region that a keyboard user can focus
// and scroll with the arrow keys, and the page itself never scrolls sideways at 320 px.
// The works-with grid exists only after a swap-in run; e2e/swap-in.spec.ts checks its region.
import { expect, test } from "@playwright/test";
import { expectAccessible } from "./axe";

/** Pages with tables on a fresh, seeded portal; `wide` ones hold a table that cannot fit 320 px. */
const PAGES = [
  { path: "/sandbox" },
  { path: "/use-cases/postpartum-infant-care" },
  { path: "/use-cases/matrix", wide: true },
  { path: "/marketplace/compare?ids=mojaloop,mifos-payment-hub-ee", wide: true },
  // The reference listing: its self-assessment tables sit in closed disclosures.
  { path: "/marketplace/products/govstack-portal-reference-mocks" },
  // Tables from the spec's MDX body (lib/content/rehype-table-region.ts), the GovStack coverage and the requirements.
  { path: "/building-blocks/identity" },
];

for (const { path, wide } of PAGES) {
  test(`${path}: at 320 px every table scrolls in a named, focusable region`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(path);
    const tables = page.getByRole("main").locator("table");
    await expect(tables.first()).toBeAttached();

    const boxes = await tables.evaluateAll((all) =>
      all.map((table) => {
        const box = table.closest<HTMLElement>('[role="region"]');
        return box && { focusable: box.tabIndex === 0, named: Boolean(box.getAttribute("aria-label") || box.getAttribute("aria-labelledby")) };
      }),
    );
    for (const [i, box] of boxes.entries()) expect(box, `table ${i + 1} sits in a focusable, named region`).toEqual({ focusable: true, named: true });

    const pageOverflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(pageOverflow, "the page does not scroll sideways").toBeLessThanOrEqual(0);

    // A region that overflows moves with the keyboard alone.
    const overflowing = page
      .getByRole("main")
      .locator('[role="region"]:visible')
      .filter({ has: page.locator("table") });
    let scrolled = false;
    for (const region of await overflowing.all()) {
      if (!(await region.evaluate((el) => el.scrollWidth > el.clientWidth))) continue;
      await region.focus();
      await page.keyboard.press("ArrowRight");
      await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
      scrolled = true;
      break;
    }
    if (wide) expect(scrolled, "a wide table scrolled with the arrow keys").toBe(true);
    await expectAccessible(page);
  });
}
