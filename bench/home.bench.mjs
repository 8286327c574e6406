import { firstLoadJs } from "./first-load-js.mjs";

/** First-load JS of the home page, gzipped (budget 150 KB). */
export default async function homeBench({ baseUrl }) {
  const { gzipBytes } = await firstLoadJs(`${baseUrl}/`);
  return [{ name: "Home page first-load JS (gzip)", value: Math.round(gzipBytes / 1024), unit: "KB", budget: 150 }];
}
