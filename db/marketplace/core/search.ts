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
 */
export function searchListings(db: Db, query: ListingQuery): ListingPage {
  const where: string[] = [];
  const args: unknown[] = [];
  const match = query.q ? ftsQuery(query.q) : undefined;
  const facetIn = (facet: string, values: string[]) => {
    where.push(`l.id IN (SELECT listing_id FROM listing_facets WHERE facet = ? AND value IN (${values.map(() => "?").join(",")}))`);
    args.push(facet, ...values);
  };
  if (match) {
    where.push("l.id IN (SELECT rowid FROM listings_fts WHERE listings_fts MATCH ?)");
    args.push(match);
  }
  for (const key of ["bb", "uc", "licence", "dpg", "country", "hosting"] as const) {
    if (query[key].length) facetIn(key, query[key]);
  }
  if (query.level) {
    if (query.bb.length) facetIn("bb-level", query.bb.map((bb) => `${bb}:${query.level}`));
    else facetIn("level", [String(query.level)]);
  }
  const whereSql = where.length ? `WHERE ${where.join(" AND ")}` : "";
  const sqlite = db.$client;

  const total = (sqlite.prepare(`SELECT count(*) AS n FROM listings l ${whereSql}`).get(...args) as { n: number }).n;
  const pageCount = Math.max(1, Math.ceil(total / query.pageSize));
  const page = Math.min(query.page, pageCount);
  const offset = (page - 1) * query.pageSize;

  let order = "l.name_sort ASC";
  let from = "listings l";
  const orderArgs: unknown[] = [];
  if (query.sort === "newest") order = "l.published_at DESC, l.name_sort ASC";
  else if (query.sort === "level") order = "l.best_level DESC, l.bb_count DESC, l.name_sort ASC";
  else if (query.sort === "relevance" && match) {
    from = "listings l JOIN (SELECT rowid AS rid, bm25(listings_fts, 10.0, 4.0, 1.0) AS score FROM listings_fts WHERE listings_fts MATCH ?) f ON f.rid = l.id";
    orderArgs.push(match);
    order = "f.score ASC, l.name_sort ASC";
  }
  const rows = sqlite
    .prepare(
      `SELECT l.id, l.slug, l.name, l.summary, l.organisation_name AS organisationName, l.licence, l.licence_type AS licenceType,
              l.hosting, l.dpg_status AS dpgStatus, l.best_level AS bestLevel, l.is_seed AS isSeed, l.published_at AS publishedAt
       FROM ${from} ${whereSql} ORDER BY ${order} LIMIT ? OFFSET ?`,
    )
    .all(...orderArgs, ...args, query.pageSize, offset) as (Omit<ListingSummary, "bbs" | "isSeed"> & { id: number; isSeed: number })[];

  const claimsById = claimsOf(db, rows.map((r) => r.id));

  const facetCounts = { bb: {}, uc: {}, licence: {}, dpg: {}, country: {}, hosting: {}, level: {} } as ListingPage["facetCounts"];
  const counts = sqlite
    .prepare(
      `SELECT facet, value, count(*) AS n FROM listing_facets
       WHERE facet IN ('bb','uc','licence','dpg','country','hosting','level')
       ${where.length ? `AND listing_id IN (SELECT l.id FROM listings l ${whereSql})` : ""}
       GROUP BY facet, value`,
    )
    .all(...args) as { facet: keyof ListingPage["facetCounts"]; value: string; n: number }[];
  for (const c of counts) facetCounts[c.facet][c.value] = c.n;

  return {
    items: rows.map(({ id, isSeed, ...r }) => {
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
