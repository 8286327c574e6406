import { firstLoadJs } from "./first-load-js.mjs";

/** First-load JS of the home page, gzipped (budget 150 KB), and its HTML document for context. */
export default async function homeBench({ baseUrl }) {
  const { gzipBytes, inlineGzipBytes, htmlGzipBytes } = await firstLoadJs(`${baseUrl}/`);
  return [
    { name: "Home page first-load JS, script files (gzip)", value: Math.round(gzipBytes / 1024), unit: "KB", budget: 150 },
    { name: "Home page HTML document incl. inline RSC page data (gzip)", value: Math.round(htmlGzipBytes / 1024), unit: "KB", budget: undefined },
    { name: "…of which inline RSC page data (gzip)", value: Math.round(inlineGzipBytes / 1024), unit: "KB", budget: undefined },
  ];
}
