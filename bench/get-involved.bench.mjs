import { firstLoadJs } from "./first-load-js.mjs";

const PAGES = [
  ["Get involved landing", "/get-involved"],
  ["Become a contributor form", "/get-involved/contribute"],
  ["Implement with us form", "/get-involved/implement"],
  ["Spec feedback page", "/building-blocks/payments/feedback"],
];

/** First-load JS of the get-involved pages and forms, gzipped (budget 150 KB). */
export default async function getInvolvedBench({ baseUrl }) {
  const rows = [];
  for (const [name, path] of PAGES) {
    const { gzipBytes } = await firstLoadJs(`${baseUrl}${path}`);
    rows.push({ name: `${name} first-load JS (gzip)`, value: Math.round(gzipBytes / 1024), unit: "KB", budget: 150 });
  }
  return rows;
}
