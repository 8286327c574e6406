import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./axe";
import { STACK_LAYERS } from "../components/home/stack-layers";

const USE_CASE_IDS = ["postpartum-infant-care", "market-linkage", "agricultural-advisory", "cash-transfer", "remote-learning"];
const PILLAR_HREFS = ["/building-blocks", "/use-cases", "/sandbox", "/marketplace"];

test("the home page explains the layers, the benefits and the evidence from countries", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
  const main = page.getByRole("main");

  const layers = main.locator("section", { has: page.getByRole("heading", { name: "How the Building Block approach works" }) });
  for (const layer of ["Common application blocks", "Foundational blocks", "Mediation layer", "Hosting and infrastructure"]) {
    await expect(layers.locator("dt", { hasText: layer })).toBeVisible();
  }

  const benefits = main.locator("section", { has: page.getByRole("heading", { name: "Why governments choose it" }) });
  for (const benefit of [
    "Speed",
    "Cost-efficiency",
    "Economic return",
    "One government",
    "Agility",
    "Integration",
    "Harmonised policies",
    "Less vendor lock-in",
  ]) {
    await expect(benefits.getByRole("heading", { level: 3, name: benefit })).toBeVisible();
  }

  const evidence = main.locator("section", { has: page.getByRole("heading", { name: "What countries that use it report" }) });
  await expect(evidence.getByRole("listitem")).toHaveCount(5);
  for (const country of ["Estonia", "India", "Singapore", "Australia", "Saudi Arabia"]) {
    await expect(evidence.getByText(country, { exact: true })).toBeVisible();
  }
  // Every claim names its source.
  for (const item of await evidence.getByRole("listitem").all()) {
    await expect(item.getByText("Source:")).toBeVisible();
  }
});

test("the stack diagram has an accessible name and links each block to its specification", async ({ page }) => {
  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/");
    // Two drawings exist (wide and narrow); exactly one is shown, so assistive technology meets one.
    const diagram = page.getByRole("group", { name: "The Building Block stack" });
    await expect(diagram).toHaveCount(1);
    await expect(diagram).toBeVisible();
    await expect(diagram).toHaveAccessibleDescription(/Information Mediator/);
    await expect(diagram.getByRole("link", { name: "Identity" })).toHaveAttribute("href", "/building-blocks/identity");
    await expect(diagram.getByRole("link", { name: "Information Mediator" })).toHaveAttribute("href", "/building-blocks/information-mediator");
    await expect(diagram.getByRole("link")).toHaveCount(STACK_LAYERS.flatMap((l) => l.blocks).length);
    // Real text labels, not pictures of text.
    await expect(diagram.locator("text", { hasText: "Foundational blocks" })).toBeVisible();
  }
});

/** Tabs through the page and returns the href of every link in main that received focus. */
async function hrefsReachedByKeyboard(page: Page): Promise<Set<string>> {
  const reached = new Set<string>();
  for (let i = 0; i < 150; i++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      return { inMain: !!el?.closest("main"), inFooter: !!el?.closest("footer"), href: el?.getAttribute("href") ?? null };
    });
    if (focused.inFooter) break;
    if (focused.inMain && focused.href) reached.add(focused.href);
  }
  return reached;
}

test("the three pillars and the five use cases are reachable with the keyboard", async ({ page }) => {
  await page.goto("/");
  const main = page.getByRole("main");
  for (const id of USE_CASE_IDS) {
    await expect(main.locator(`a[href="/use-cases/${id}"]`)).toBeVisible();
  }
  const reached = await hrefsReachedByKeyboard(page);
  for (const href of [...PILLAR_HREFS, ...USE_CASE_IDS.map((id) => `/use-cases/${id}`), "/building-blocks/identity"]) {
    expect(reached, `Tab reaches ${href}`).toContain(href);
  }
});

for (const path of ["/", "/about", "/accessibility"]) {
  test(`${path} passes axe and fits 320 px without sideways scrolling`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
    await expectAccessible(page);

    await page.setViewportSize({ width: 320, height: 800 });
    await page.reload();
    await expectAccessible(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test("the about page says what the portal is not, and the accessibility statement says how to report a problem", async ({ page }) => {
  await page.goto("/about");
  await expect(page.getByRole("heading", { level: 2, name: "What the portal is not" })).toBeVisible();
  await expect(page.getByRole("main").getByText("not an official site of any government")).toBeVisible();
  await page.goto("/accessibility");
  await expect(page.getByText("WCAG) 2.2 at level AA")).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Report a problem" })).toBeVisible();
  await expect(page.getByText("Stoplight Elements")).toBeVisible();
});

test("the stack drawing can be downloaded as a standalone SVG of the size the caption states", async ({ page }) => {
  await page.goto("/");
  const link = page.getByRole("link", { name: "download the drawing" });
  const caption = await link.locator("xpath=ancestor::figcaption").innerText();
  const statedKb = Number(/SVG image, (\d+) kB/.exec(caption)?.[1]);
  const downloading = page.waitForEvent("download");
  await link.click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("building-block-stack.svg");
  const svg = readFileSync((await download.path())!, "utf8");
  expect(svg).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
  expect(svg).toContain("Information Mediator");
  expect(Math.round(Buffer.byteLength(svg) / 1000)).toBe(statedKb);
  const response = await page.request.get("/building-block-stack.svg");
  expect(response.headers()["content-type"]).toContain("image/svg+xml");
});
