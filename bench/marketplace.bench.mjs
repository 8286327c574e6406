import { execFileSync } from "node:child_process";

/**
 * Marketplace list query at scale: 10,000 generated products in a temporary database, timed by
 * calling the data-access layer directly (no HTTP). Budget: p95 <= 50 ms for a filtered and
 * searched query. The base URL is not used.
 */
export default async function marketplaceBench() {
  const out = execFileSync("node_modules/.bin/tsx", ["--conditions=react-server", "bench/marketplace-query.ts"], { encoding: "utf8", env: process.env });
  const { products, results } = JSON.parse(out.trim().split("\n").pop());
  return results.map((r, i) => ({
    name: `Marketplace list query, ${r.label} (${products.toLocaleString("en")} products, p95)`,
    value: Math.round(r.p95 * 10) / 10,
    unit: "ms",
    budget: i === 0 ? 50 : undefined,
  }));
}
