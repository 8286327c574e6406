import { chromium } from "@playwright/test";
const [path, width, out, run, chunk = "1400"] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const ctx = await browser.newContext({ viewport: { width: Number(width), height: 740 } });
const page = await ctx.newPage();
await page.goto((process.env.BASE ?? "http://127.0.0.1:3050") + path);
if (run === "1") {
  await page.getByTestId("run-step").click();
  await page.getByTestId("run-result").waitFor({ timeout: 20000 });
  await page.waitForTimeout(7000);
  await page.screenshot({ path: `${out}-afterrun.png` });
}
const h = await page.evaluate(() => document.documentElement.scrollHeight);
for (let y = 0, i = 0; y < h && i < 6; y += Number(chunk), i++) {
  await page.screenshot({ path: `${out}-${i}.png`, fullPage: true, clip: { x: 0, y, width: Number(width), height: Math.min(Number(chunk), h - y) } });
}
console.log(h);
await browser.close();
