// Run by bench/marketplace.bench.mjs: `tsx --conditions=react-server bench/marketplace-query.ts`
// (the react-server condition lets the server-only DAL load outside Next). Builds a temporary
// database with 10,000 generated published products, then times the DAL's list query.
import { randomUUID } from "node:crypto";
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
const { organisations, products } = await import("../db/schema");
const { ensureSearchIndex, publishSnapshot } = await import("../db/marketplace/core/publish");
const { searchProducts } = await import("../db/marketplace/catalogue");
const { parseListingQuery } = await import("../lib/marketplace/query");
const { getBuildingBlocks } = await import("../lib/content/building-blocks");
const { USE_CASE_IDS } = await import("../lib/content/schema");
const { LICENCE_TYPES, HOSTING_MODELS, DPG_STATUSES } = await import("../lib/marketplace/options");

let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const WORDS = ["registry", "payments", "identity", "health", "farmer", "consent", "workflow", "messaging", "schedule", "market", "civil", "voucher", "benefit", "school", "clinic", "wallet", "ledger", "portal", "gateway", "open"];
const COUNTRIES = ["KE", "UG", "TZ", "RW", "ET", "GH", "NG", "SN", "PH", "IN", "BD", "NP", "EE", "FI", "DE", "BR", "MX", "PE", "ZA", "MA"];

const db = getDb();
db.$client.pragma("synchronous = OFF");
runMigrations(db);
ensureSearchIndex(db);
const bbs = getBuildingBlocks().filter((b) => b.requirements.length);
const now = new Date().toISOString();
const orgId = randomUUID();
db.insert(organisations).values({ id: orgId, name: "Bench Org", slug: "bench-org", createdAt: now }).run();
const loadStart = performance.now();
for (let i = 0; i < N; i++) {
  const id = randomUUID();
  const name = `${pick(WORDS)} ${pick(WORDS)} ${i}`;
  const summary = `A ${pick(WORDS)} and ${pick(WORDS)} product for ${pick(WORDS)} services.`;
  const claims = [...new Set([pick(bbs), pick(bbs), pick(bbs)].slice(0, 1 + Math.floor(rand() * 3)))];
  const base = { licenceType: pick(LICENCE_TYPES), hosting: pick(HOSTING_MODELS), pricing: "free" as const, dpgStatus: pick(DPG_STATUSES) };
  db.insert(products).values({ id, organisationId: orgId, slug: `p-${i}`, name, summary, ...base, status: "published", createdAt: now, updatedAt: now }).run();
  const share = rand();
  publishSnapshot(
    db,
    {
      productId: id, slug: `p-${i}`, name, summary, description: `${summary} ${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)}.`,
      logoFile: null, website: null, sourceUrl: null, docsUrl: null, licence: "MIT", ...base, languages: [], countries: [pick(COUNTRIES), pick(COUNTRIES)],
      contactEmail: null, versionLabel: null, isSeed: false, organisation: { id: orgId, name: "Bench Org", slug: "bench-org", website: null },
      bbs: claims.map((bb) => ({ bbId: bb.id, evidence: "self-reported" as const, assessments: bb.requirements.map((r) => ({ requirementId: r.id, status: rand() < share ? ("met" as const) : ("not_met" as const), comment: "", evidenceUrl: null })) })),
      useCases: [pick(USE_CASE_IDS)], deployments: [],
    },
    1,
    new Date(Date.now() - i * 1000).toISOString(),
  );
}
const loadMs = performance.now() - loadStart;
db.$client.pragma("optimize");

function p95(label: string, makeQuery: () => string, runs = 300) {
  const times: number[] = [];
  let hits = 0;
  for (let i = 0; i < runs + 20; i++) {
    const query = parseListingQuery(new URLSearchParams(makeQuery())).query;
    const t = performance.now();
    const page = searchProducts(query);
    const dt = performance.now() - t;
    if (i >= 20) times.push(dt); // the first runs warm the page cache
    hits += page.total;
  }
  times.sort((a, b) => a - b);
  return { label, p95: times[Math.floor(times.length * 0.95)]!, p50: times[Math.floor(times.length / 2)]!, meanHits: Math.round(hits / (runs + 20)) };
}

const results = [
  p95("filtered + searched", () => `q=${pick(WORDS)}&bb=${pick(bbs).id}&licence=${pick(LICENCE_TYPES)}&hosting=self-hosted&sort=relevance&page=${1 + Math.floor(rand() * 3)}`),
  p95("unfiltered, sorted by name, page 20", () => "sort=name&page=20"),
  p95("facets only (bb + country + level)", () => `bb=${pick(bbs).id}&country=${pick(COUNTRIES)}&level=1`),
  // Broad queries: thousands of matches, so facet counting dominates.
  p95("broad: q=registry", () => "q=registry", 100),
  p95("broad: no query", () => "", 100),
  p95("broad: one facet (licence)", () => `licence=${pick(LICENCE_TYPES)}`, 100),
  p95("broad: q=registry sorted by relevance", () => "q=registry&sort=relevance", 100),
];
console.log(JSON.stringify({ products: N, loadMs: Math.round(loadMs), results }));
db.$client.close();
rmSync(dir, { recursive: true, force: true });
