import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** Runs axe (WCAG 2.2 A/AA rules) on the page and fails on any serious or critical violation. */
export async function expectAccessible(page: Page, options: { include?: string; exclude?: string; rules?: string[] } = {}) {
  // After a client-side navigation Next streams the new <title> in a moment after the content; wait for
  // it, so axe judges the page and not the instant between (a page with no title still fails here).
  await expect(page, "the page has a title").toHaveTitle(/\S/);
  let builder = new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]);
  if (options.include) builder = builder.include(options.include);
  if (options.exclude) builder = builder.exclude(options.exclude);
  if (options.rules) builder = builder.withRules(options.rules);
  const results = await builder.analyze();
  const blocking = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  const summary = blocking.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 3)
        .join(", ")}`,
  );
  expect(summary, "serious or critical axe violations").toEqual([]);
}
