import type { FacetKey, ListingQuery } from "../../../lib/marketplace/query";
import type { Db } from "../../client";
import type { DpgStatus, EvidenceType, HostingModel, LicenceType } from "../../../lib/marketplace/options";

export type ListingSummary = {
  slug: string;
  name: string;
  summary: string;
  organisationName: string;
  licence: string | null;
  licenceType: LicenceType;
  hosting: HostingModel;
  dpgStatus: DpgStatus;
  bestLevel: number;
  isSeed: boolean;
  publishedAt: string;
  bbs: string[];
  /** Each claimed BB with its stored evidence kind and computed level. */
  claims: { bbId: string; evidence: EvidenceType; level: number }[];
};

export type ListingPage = {
  items: ListingSummary[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
  /** Counts per facet value within the current results. */
  facetCounts: Record<FacetKey | "level", Record<string, number>>;
};

/** Turns free text into an FTS5 query: every word must match, as a prefix. */
export function ftsQuery(text: string): string | undefined {
  const words = text.match(/[\p{L}\p{N}]+/gu)?.slice(0, 8) ?? [];
  return words.length ? words.map((w) => `"${w}"*`).join(" ") : undefined;
}

type Counts = ListingPage["facetCounts"];
/**
 * `values[code]` is a facet value; `byListing` gives each listing's value codes, so counting facets over
 * thousands of matches is a pass of integer increments, not string-keyed lookups.
 */
type FacetIndex = { version: number; count: number; values: [keyof Counts, string][]; byListing: Map<number, Uint32Array>; allCounts: Counts };
const emptyCounts = (): Counts => ({ bb: {}, uc: {}, licence: {}, dpg: {}, country: {}, hosting: {}, level: {} });
const COUNTED_FACETS = ["bb", "uc", "licence", "dpg", "country", "hosting", "level"] as const;
const globalForFacets = globalThis as unknown as { portalFacetIndex?: FacetIndex };

/** The catalogue's version: moves on every publication, replacement or removal (migration 0003's triggers). */
export function catalogueVersion(db: Db): number {
  return (db.$client.prepare("SELECT version FROM catalogue_version WHERE id = 1").pluck().get() as number | undefined) ?? 0;
}

/** Counts per facet value from tallies indexed by value code. */
function countsFrom(values: FacetIndex["values"], tally: Uint32Array): Counts {
  const counts = emptyCounts();
  for (let code = 0; code < tally.length; code++) {
    if (tally[code]) {
      const [facet, value] = values[code]!;
      counts[facet][value] = tally[code]!;
    }
  }
  return counts;
}

/** Every listing's facet values, kept in memory and rebuilt when the catalogue's version moves. */
function facetIndex(db: Db): FacetIndex {
  const version = catalogueVersion(db);
  const cached = globalForFacets.portalFacetIndex;
  if (cached?.version === version) return cached;
  const sqlite = db.$client;
  const rows = sqlite
    .prepare(`SELECT listing_id AS id, facet, value FROM listing_facets WHERE facet IN (${COUNTED_FACETS.map(() => "?").join(",")})`)
    .raw()
    .all(...COUNTED_FACETS) as [number, keyof Counts, string][];
  const values: FacetIndex["values"] = [];
  const codeOf = new Map<string, number>();
  const lists = new Map<number, number[]>();
  for (const [id, facet, value] of rows) {
    const key = `${facet}\u0000${value}`;
    let code = codeOf.get(key);
    if (code === undefined) codeOf.set(key, (code = values.push([facet, value]) - 1));
    let list = lists.get(id);
    if (!list) lists.set(id, (list = []));
    list.push(code);
  }
  const byListing = new Map([...lists].map(([id, codes]) => [id, Uint32Array.from(codes)]));
  const tally = new Uint32Array(values.length);
  for (const codes of byListing.values()) for (const code of codes) tally[code]!++;
  const count = sqlite.prepare("SELECT count(*) FROM listings").pluck().get() as number;
  globalForFacets.portalFacetIndex = { version, count, values, byListing, allCounts: countsFrom(values, tally) };
  return globalForFacets.portalFacetIndex;
}

/**
 * The claimed BBs of some listings, with the evidence kind stored in the published snapshot and the
 * level from the bb-level facets, sorted by BB id.
 */
export function claimsOf(db: Db, ids: number[]): Map<number, ListingSummary["claims"]> {
  const out = new Map<number, ListingSummary["claims"]>();
  if (!ids.length) return out;
  const marks = ids.map(() => "?").join(",");
  const rows = db.$client
    .prepare(
      `SELECT l.id AS id, json_extract(b.value, '$.bbId') AS bbId, json_extract(b.value, '$.evidence') AS evidence,
              (SELECT max(CAST(substr(f.value, length(json_extract(b.value, '$.bbId')) + 2) AS INTEGER)) FROM listing_facets f
                WHERE f.listing_id = l.id AND f.facet = 'bb-level' AND f.value LIKE json_extract(b.value, '$.bbId') || ':%') AS level
       FROM listings l, json_each(l.detail, '$.bbs') b WHERE l.id IN (${marks})`,
    )
    .all(...ids) as { id: number; bbId: string; evidence: EvidenceType; level: number | null }[];
  for (const r of rows) out.set(r.id, [...(out.get(r.id) ?? []), { bbId: r.bbId, evidence: r.evidence, level: r.level ?? 0 }]);
  for (const list of out.values()) list.sort((a, b) => a.bbId.localeCompare(b.bbId));
  return out;
}

/**
 * One page of published listings matching the query, with facet counts. Within a facet the values
 * are alternatives (OR); different facets narrow the result (AND). A compliance level filter
 * applies to the selected BBs when any are selected, otherwise to the product's best BB.
 *
 * The text match and filters run once, in one query that returns every matching id in the requested
 * order; the total, the page and the facet counts (one pass over the in-memory facet index) all come
 * from that list, so a broad query costs one scan, not four.
 */
export function searchListings(db: Db, query: ListingQuery): ListingPage {
  const where: string[] = [];
  const args: unknown[] = [];
  const match = query.q ? ftsQuery(query.q) : undefined;
  const facetIn = (facet: string, values: string[]) => {
    where.push(`l.id IN (SELECT listing_id FROM listing_facets WHERE facet = ? AND value IN (${values.map(() => "?").join(",")}))`);
    args.push(facet, ...values);
  };
  for (const key of ["bb", "uc", "licence", "dpg", "country", "hosting"] as const) {
    if (query[key].length) facetIn(key, query[key]);
  }
  if (query.level) {
    if (query.bb.length) facetIn("bb-level", query.bb.map((bb) => `${bb}:${query.level}`));
    else facetIn("level", [String(query.level)]);
  }
  const whereSql = where.length ? `WHERE ${where.join(" AND ")}` : "";
  const sqlite = db.$client;

  let order = "l.name_sort ASC";
  if (query.sort === "newest") order = "l.published_at DESC, l.name_sort ASC";
  else if (query.sort === "level") order = "l.best_level DESC, l.bb_count DESC, l.name_sort ASC";
  else if (query.sort === "relevance" && match) order = "f.score ASC, l.name_sort ASC";
  const from = match
    ? `listings l JOIN (SELECT rowid AS rid${query.sort === "relevance" ? ", bm25(listings_fts, 10.0, 4.0, 1.0) AS score" : ""} FROM listings_fts WHERE listings_fts MATCH ?) f ON f.rid = l.id`
    : "listings l";
  const index = facetIndex(db);
  // Everything, unfiltered: the counts are the index's totals and the page is one indexed LIMIT query.
  const everything = !match && !where.length;
  const ids = everything ? [] : (sqlite.prepare(`SELECT l.id FROM ${from} ${whereSql} ORDER BY ${order}`).pluck().all(...(match ? [match] : []), ...args) as number[]);

  const total = everything ? index.count : ids.length;
  const pageCount = Math.max(1, Math.ceil(total / query.pageSize));
  const page = Math.min(query.page, pageCount);
  const pageIds = everything
    ? (sqlite.prepare(`SELECT l.id FROM listings l ORDER BY ${order} LIMIT ? OFFSET ?`).pluck().all(query.pageSize, (page - 1) * query.pageSize) as number[])
    : ids.slice((page - 1) * query.pageSize, page * query.pageSize);

  type Row = Omit<ListingSummary, "bbs" | "claims" | "isSeed"> & { id: number; isSeed: number };
  const byId = new Map<number, Row>();
  if (pageIds.length) {
    const marks = pageIds.map(() => "?").join(",");
    const rows = sqlite
      .prepare(
        `SELECT l.id, l.slug, l.name, l.summary, l.organisation_name AS organisationName, l.licence, l.licence_type AS licenceType,
                l.hosting, l.dpg_status AS dpgStatus, l.best_level AS bestLevel, l.is_seed AS isSeed, l.published_at AS publishedAt
         FROM listings l WHERE l.id IN (${marks})`,
      )
      .all(...pageIds) as Row[];
    for (const r of rows) byId.set(r.id, r);
  }
  const claimsById = claimsOf(db, pageIds);

  let facetCounts: Counts;
  if (everything) facetCounts = structuredClone(index.allCounts);
  else {
    const tally = new Uint32Array(index.values.length);
    for (const id of ids) {
      const codes = index.byListing.get(id);
      if (codes) for (let i = 0; i < codes.length; i++) tally[codes[i]!]!++;
    }
    facetCounts = countsFrom(index.values, tally);
  }

  return {
    items: pageIds
      .map((id) => byId.get(id))
      .filter((r): r is Row => r !== undefined)
      .map(({ id, isSeed, ...r }) => {
        const claims = claimsById.get(id) ?? [];
        return { ...r, isSeed: Boolean(isSeed), bbs: claims.map((c) => c.bbId), claims };
      }),
    total,
    page,
    pageSize: query.pageSize,
    pageCount,
    facetCounts,
  };
}
