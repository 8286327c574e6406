// Wide tables on a phone: each scrolls sideways inside a named region that a keyboard user can focus
// and scroll with the arrow keys, and the page itself never scrolls sideways at 320 px.
import { expect, test } from "@playwright/test";
import { expectAccessible } from "./axe";

const PAGES = [
  "/sandbox",
  "/use-cases/postpartum",
  "/use-cases/matrix",
  "/marketplace/works-with",
  "/marketplace/compare?ids=mojaloop,mifos-payment-hub-ee",
  "/marketplace/products/mosip",
  "/building-blocks/identity",
];

for (const path of PAGES) {
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

    // The first region that overflows moves with the keyboard alone.
    const regions = page.getByRole("main").locator('[role="region"]:visible');
    for (const region of await regions.all()) {
      const overflows = await region.evaluate((el) => el.scrollWidth > el.clientWidth);
      if (!overflows) continue;
      await region.focus();
      await page.keyboard.press("ArrowRight");
      await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
      break;
    }
    await expectAccessible(page);
  });
}
