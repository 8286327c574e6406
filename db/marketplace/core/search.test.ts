// The one-pass search must give exactly what counting each facet in SQL gives, for broad and narrow queries.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

vi.mock("server-only", () => ({}));
// The content loader caches specs only in production; otherwise every generated product re-reads them.
(process.env as Record<string, string>).NODE_ENV = "production";
const dir = mkdtempSync(join(tmpdir(), "search-test-"));
process.env.DATABASE_PATH = join(dir, "t.db");
const { getDb } = await import("../../client");
const { runMigrations } = await import("../../migrate");
const { fillMarketplace } = await import("../../../bench/marketplace-data");
const { searchListings, ftsQuery } = await import("./search");
const { parseListingQuery } = await import("../../../lib/marketplace/query");

const q = (s: string) => parseListingQuery(new URLSearchParams(s)).query;

beforeAll(async () => {
  runMigrations(getDb());
  await fillMarketplace(getDb(), 300);
}, 300_000);
afterAll(() => {
  getDb().$client.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Reference: the matching ids by plain SQL, and facet counts by GROUP BY over them. */
function reference(text: string | undefined, licence?: string) {
  const $ = getDb().$client;
  const where: string[] = [];
  const args: unknown[] = [];
  if (text) {
    where.push("id IN (SELECT rowid FROM listings_fts WHERE listings_fts MATCH ?)");
    args.push(ftsQuery(text));
  }
  if (licence) {
    where.push("id IN (SELECT listing_id FROM listing_facets WHERE facet = 'licence' AND value = ?)");
    args.push(licence);
  }
  const ids = $.prepare(`SELECT id FROM listings ${where.length ? `WHERE ${where.join(" AND ")}` : ""}`)
    .pluck()
    .all(...args) as number[];
  const counts: Record<string, Record<string, number>> = { bb: {}, uc: {}, licence: {}, dpg: {}, country: {}, hosting: {}, level: {} };
  const rows = $.prepare(
    `SELECT facet, value, count(*) AS n FROM listing_facets WHERE facet IN ('bb','uc','licence','dpg','country','hosting','level')
     AND listing_id IN (SELECT value FROM json_each(?)) GROUP BY facet, value`,
  ).all(JSON.stringify(ids)) as { facet: string; value: string; n: number }[];
  for (const r of rows) counts[r.facet]![r.value] = r.n;
  return { total: ids.length, counts };
}

describe("searchListings at scale", () => {
  it.each([
    ["a broad text search", "q=registry", "registry", undefined],
    ["no query", "", undefined, undefined],
    ["one facet", "licence=open-source", undefined, "open-source"],
    ["text and facet", "q=health&licence=open-source", "health", "open-source"],
  ])("%s: total and every facet count match SQL", (_label, params, text, licence) => {
    const page = searchListings(getDb(), q(params));
    const ref = reference(text, licence);
    expect(page.total).toBe(ref.total);
    expect(page.facetCounts).toEqual(ref.counts);
    expect(page.total).toBeGreaterThan(0);
  });

  /** Reference order: the whole query as one SQL statement, as the list was computed before the in-memory index. */
  function referenceOrder(params: string): string[] {
    const query = q(params);
    const where: string[] = [];
    const args: unknown[] = [];
    const facetIn = (facet: string, values: string[]) => {
      where.push(`l.id IN (SELECT listing_id FROM listing_facets WHERE facet = ? AND value IN (${values.map(() => "?").join(",")}))`);
      args.push(facet, ...values);
    };
    for (const key of ["bb", "uc", "licence", "dpg", "country", "hosting"] as const) if (query[key].length) facetIn(key, query[key]);
    if (query.level) {
      if (query.bb.length)
        facetIn(
          "bb-level",
          query.bb.map((bb) => `${bb}:${query.level}`),
        );
      else facetIn("level", [String(query.level)]);
    }
    const match = query.q ? ftsQuery(query.q) : undefined;
    const order = {
      name: "l.name_sort ASC",
      newest: "l.published_at DESC, l.name_sort ASC",
      level: "l.best_level DESC, l.bb_count DESC, l.name_sort ASC",
      relevance: match ? "f.score ASC, l.name_sort ASC" : "l.name_sort ASC",
    }[query.sort];
    const from = match
      ? "listings l JOIN (SELECT rowid AS rid, bm25(listings_fts, 10.0, 4.0, 1.0) AS score FROM listings_fts WHERE listings_fts MATCH ?) f ON f.rid = l.id"
      : "listings l";
    return getDb()
      .$client.prepare(`SELECT l.slug FROM ${from} ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY ${order}`)
      .pluck()
      .all(...(match ? [match] : []), ...args) as string[];
  }

  it.each([
    "q=registry",
    "q=registry&sort=name",
    "q=registry&sort=newest",
    "q=health&sort=level&licence=open-source&licence=proprietary",
    "",
    "sort=newest",
    "sort=level",
    "licence=open-source&hosting=self-hosted",
    "bb=payments&bb=identity&level=1",
    "bb=payments&level=2&sort=level",
    "level=1&country=KE",
    "q=registry&bb=digital-registries&uc=postpartum-infant-care",
    "q=nothing-matches-this",
  ])("%s: the same listings in the same order as one SQL query", (params) => {
    const expected = referenceOrder(params);
    const got: string[] = [];
    const first = searchListings(getDb(), q(`${params}&pageSize=100`));
    for (let p = 1; p <= first.pageCount; p++) got.push(...searchListings(getDb(), q(`${params}&pageSize=100&page=${p}`)).items.map((i) => i.slug));
    expect(first.total).toBe(expected.length);
    expect(got).toEqual(expected);
  });

  it("pages through the same order without gaps or repeats", () => {
    const seen = new Set<string>();
    const first = searchListings(getDb(), q("q=registry&pageSize=50"));
    for (let p = 1; p <= first.pageCount; p++) {
      for (const item of searchListings(getDb(), q(`q=registry&pageSize=50&page=${p}`)).items) seen.add(item.slug);
    }
    expect(seen.size).toBe(first.total);
    const names = searchListings(getDb(), q("sort=name&pageSize=100")).items.map((i) => i.name);
    expect(names).toHaveLength(100);
  });

  it("counts a newly published listing at once (the facet index follows the data)", async () => {
    const before = searchListings(getDb(), q("")).total;
    await fillMarketplace(getDb(), 1);
    const after = searchListings(getDb(), q(""));
    expect(after.total).toBe(before + 1);
    expect(Object.values(after.facetCounts.licence).reduce((a, b) => a + b, 0)).toBe(before + 1);
  });
});
