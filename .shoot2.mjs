import { chromium } from "@playwright/test";
const base = process.env.BASE ?? "http://127.0.0.1:3050";
const [path, width, selector, out, run] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const ctx = await browser.newContext({ viewport: { width: Number(width), height: 800 } });
const page = await ctx.newPage();
await page.goto(base + path);
if (run === "1") {
  await page.getByTestId("run-step").click();
  await page.getByTestId("run-result").waitFor({ timeout: 20000 });
  await page.waitForTimeout(7000);
}
if (selector === "viewport") await page.screenshot({ path: out });
else await page.locator(selector).first().screenshot({ path: out });
await browser.close();
