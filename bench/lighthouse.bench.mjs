// Lighthouse (mobile, its default simulated throttling) on the API reference pages, against the production server
// the bench runner started, in Debian's Chromium. LIGHTHOUSE_RUNS (default 3) sets the runs per page (the median
// counts); LIGHTHOUSE_PAGES (comma-separated paths) the pages.
import { existsSync } from "node:fs";

const PAGES = (process.env.LIGHTHOUSE_PAGES ?? "/building-blocks/payments/api,/building-blocks/messaging/api").split(",");

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Lighthouse mobile performance score (budget: at least 80) and the metrics behind it, per API page. */
export default async function lighthouseBench({ baseUrl }) {
  const chromePath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
  let lighthouse, launch;
  try {
    ({ default: lighthouse } = await import("lighthouse"));
    ({ launch } = await import("chrome-launcher"));
  } catch {
    return [];
  }
  if (!chromePath) return [];
  const runs = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 3));
  const rows = [];
  for (const path of PAGES) {
    const results = [];
    for (let i = 0; i < runs; i++) {
      const chrome = await launch({ chromePath, chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
      try {
        const { lhr } = await lighthouse(`${baseUrl}${path}`, { port: chrome.port, onlyCategories: ["performance"], output: "json", logLevel: "error" });
        const audit = (id) => lhr.audits[id]?.numericValue ?? NaN;
        results.push({
          score: Math.round((lhr.categories.performance.score ?? 0) * 100),
          cls: audit("cumulative-layout-shift"),
          tbt: audit("total-blocking-time"),
          lcp: audit("largest-contentful-paint"),
          js: (lhr.audits["resource-summary"]?.details?.items ?? []).find((item) => item.resourceType === "script")?.transferSize ?? NaN,
        });
      } finally {
        chrome.kill();
      }
    }
    const pick = (key) => median(results.map((r) => r[key]));
    rows.push(
      { name: `Lighthouse mobile performance, ${path} (median of ${runs})`, value: pick("score"), unit: "", atLeast: 80 },
      { name: "…cumulative layout shift (CLS, budget < 0.1)", value: Number(pick("cls").toFixed(3)), unit: "", budget: 0.099 },
      { name: "…total blocking time", value: Math.round(pick("tbt")), unit: "ms", budget: undefined },
      { name: "…largest contentful paint (simulated mobile)", value: Math.round(pick("lcp")), unit: "ms", budget: undefined },
      { name: "…script transferred at load", value: Math.round(pick("js") / 1024), unit: "KB", budget: undefined },
    );
  }
  return rows;
}
