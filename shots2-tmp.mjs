import { chromium } from "@playwright/test";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-gpu","--disable-background-networking"] });
const base = "http://127.0.0.1:3201";
const [url, width, ...anchors] = process.argv.slice(2);
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
for (const a of ["", ...anchors]) {
  await page.goto(base + url + (a ? "#" + a : ""), { waitUntil: "load" });
  await page.screenshot({ path: `/tmp/v_${width}_${a || "top"}.png` });
}
await browser.close();
