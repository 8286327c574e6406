// Run by bench/marketplace.bench.mjs: `tsx --conditions=react-server bench/marketplace-query.ts`
// (the react-server condition lets the server-only DAL load outside Next). Builds a temporary
// database with 10,000 generated published products, then times the DAL's list query.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// The content loader caches specs only in production; without this every publish re-reads them.
(process.env as Record<string, string>).NODE_ENV = "production";
const dir = mkdtempSync(join(tmpdir(), "market-bench-"));
process.env.DATABASE_PATH = join(dir, "bench.db");
const N = Number(process.env.BENCH_PRODUCTS ?? 10_000);

const { getDb } = await import("../db/client");
const { runMigrations } = await import("../db/migrate");
// The query itself, not the answer cache in front of it (searchProducts): every run here computes.
const { forgetTextMatches, searchListings } = await import("../db/marketplace/core/search");
const { parseListingQuery } = await import("../lib/marketplace/query");
const { WORDS, COUNTRIES, fillMarketplace, pick, rand } = await import("./marketplace-data");
const { getBuildingBlocks } = await import("../lib/content/building-blocks");
const { LICENCE_TYPES } = await import("../lib/marketplace/options");
const bbs = getBuildingBlocks().filter((b) => b.requirements.length);

const db = getDb();
db.$client.pragma("synchronous = OFF");
runMigrations(db);
const loadMs = await fillMarketplace(db, N);
db.$client.pragma("optimize");

function p95(label: string, makeQuery: () => string, runs = 300, { coldText = false } = {}) {
  const times: number[] = [];
  let hits = 0;
  for (let i = 0; i < runs + 20; i++) {
    const query = parseListingQuery(new URLSearchParams(makeQuery())).query;
    if (coldText) forgetTextMatches();
    const t = performance.now();
    const page = searchListings(db, query);
    const dt = performance.now() - t;
    if (i >= 20) times.push(dt); // the first runs warm the page cache
    hits += page.total;
  }
  times.sort((a, b) => a - b);
  return { label, p95: times[Math.floor(times.length * 0.95)]!, p50: times[Math.floor(times.length / 2)]!, meanHits: Math.round(hits / (runs + 20)) };
}

const results = [
  p95(
    "filtered + searched",
    () => `q=${pick(WORDS)}&bb=${pick(bbs).id}&licence=${pick(LICENCE_TYPES)}&hosting=self-hosted&sort=relevance&page=${1 + Math.floor(rand() * 3)}`,
  ),
  p95("unfiltered, sorted by name, page 20", () => "sort=name&page=20"),
  p95("facets only (bb + country + level)", () => `bb=${pick(bbs).id}&country=${pick(COUNTRIES)}&level=1`),
  // Broad queries: thousands of matches, so facet counting dominates.
  p95("broad: q=registry", () => "q=registry", 100),
  p95("broad: no query", () => "", 100),
  p95("broad: one facet (licence)", () => `licence=${pick(LICENCE_TYPES)}`, 100),
  p95("broad: q=registry sorted by relevance", () => "q=registry&sort=relevance", 100),
  // The rows above keep each text's matches for paging and refining; these match the text afresh each time.
  p95("broad: q=registry, text never matched before", () => "q=registry", 100, { coldText: true }),
  p95("filtered + searched, text never matched before", () => `q=${pick(WORDS)}&bb=${pick(bbs).id}&licence=${pick(LICENCE_TYPES)}&sort=relevance`, 100, {
    coldText: true,
  }),
];
console.log(JSON.stringify({ products: N, loadMs: Math.round(loadMs), results }));
db.$client.close();
rmSync(dir, { recursive: true, force: true });
