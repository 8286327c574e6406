import { chromium } from "@playwright/test";
const base = process.env.BASE ?? "http://127.0.0.1:3050";
const pages = (process.env.PAGES ?? "/,/use-cases/cash-transfer,/use-cases/cash-transfer/steps/2").split(",");
const runIt = process.env.RUN === "1";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
for (const width of [1280, 360]) {
  const ctx = await browser.newContext({ viewport: { width, height: width === 360 ? 740 : 900 } });
  const page = await ctx.newPage();
  for (const p of pages) {
    await page.goto(base + p);
    if (runIt && p.includes("/steps/")) {
      await page.getByTestId("run-step").click();
      await page.getByTestId("run-result").waitFor({ timeout: 20000 });
      await page.waitForTimeout(6000);
    }
    const name = `${width}-${p.replace(/\W+/g, "_") || "home"}${process.env.TAG ?? ""}.png`;
    await page.screenshot({ path: `/tmp/playshow-shots/${name}`, fullPage: process.env.FULL !== "0" });
    console.log(name);
  }
  await ctx.close();
}
await browser.close();
