import { readdirSync } from "node:fs";
import { firstLoadJs } from "./first-load-js.mjs";

/**
 * First-load JS of a spec page (budget 150 KB gzip: it must stay a light content page) and of an
 * API reference page, where Stoplight Elements loads (reported only; it never affects other routes).
 * The API page's Elements chunks load when the interactive section comes into view, so a further row counts
 * every script a real browser downloads there once it has scrolled to it.
 */
export default async function specsBench({ baseUrl }) {
  // The heaviest spec page counts: its inline RSC page data grows with the length of the spec.
  const ids = readdirSync("content/building-blocks", { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name);
  let heaviest = { id: "", gzipBytes: 0, inlineGzipBytes: 0, htmlGzipBytes: 0 };
  for (const id of ids) {
    const page = await firstLoadJs(`${baseUrl}/building-blocks/${id}`);
    if (page.gzipBytes + page.inlineGzipBytes > heaviest.gzipBytes + heaviest.inlineGzipBytes) heaviest = { id, ...page };
  }
  const api = await firstLoadJs(`${baseUrl}/building-blocks/payments/api`);
  const rows = [
    {
      name: `Heaviest spec page (/building-blocks/${heaviest.id}) first-load JS, script files (gzip)`,
      value: Math.round(heaviest.gzipBytes / 1024),
      unit: "KB",
      budget: 150,
    },
    { name: "…its HTML document incl. inline RSC page data (gzip)", value: Math.round(heaviest.htmlGzipBytes / 1024), unit: "KB", budget: undefined },
    { name: "…of which inline RSC page data (gzip)", value: Math.round(heaviest.inlineGzipBytes / 1024), unit: "KB", budget: undefined },
    { name: "API page /building-blocks/payments/api first-load JS from HTML (gzip)", value: Math.round(api.gzipBytes / 1024), unit: "KB", budget: undefined },
  ];
  const withElements = await browserJs(`${baseUrl}/building-blocks/payments/api`);
  if (withElements !== undefined) {
    rows.push({
      name: "API page JS including the lazily loaded Elements chunks (gzip)",
      value: Math.round(withElements / 1024),
      unit: "KB",
      budget: undefined,
    });
  }
  return rows;
}

/** Every script the browser actually downloads for a page, gzipped; undefined without a Chromium. */
async function browserJs(pageUrl) {
  let chromium;
  try {
    ({ chromium } = await import("@playwright/test"));
  } catch {
    return undefined;
  }
  const { existsSync } = await import("node:fs");
  const { gzipSync } = await import("node:zlib");
  const executablePath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
  const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
  try {
    const page = await browser.newPage();
    const urls = new Set();
    page.on("request", (request) => {
      if (request.resourceType() === "script") urls.add(request.url());
    });
    await page.goto(pageUrl, { waitUntil: "load" });
    // Elements loads when its section comes into view (or on "Open the interactive reference").
    await page.locator(".app-elements").first().scrollIntoViewIfNeeded();
    await page.locator(".app-elements .sl-elements").first().waitFor({ timeout: 30_000 });
    let gzipBytes = 0;
    for (const url of urls) gzipBytes += gzipSync(Buffer.from(await (await fetch(url)).arrayBuffer())).length;
    return gzipBytes;
  } finally {
    await browser.close();
  }
}
