import { LRUCache } from "lru-cache";
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
type FacetName = keyof Counts | "bb-level";
const COUNTED_FACETS: readonly string[] = ["bb", "uc", "licence", "dpg", "country", "hosting", "level"] satisfies (keyof Counts)[];
const emptyCounts = (): Counts => ({ bb: {}, uc: {}, licence: {}, dpg: {}, country: {}, hosting: {}, level: {} });

/**
 * Every published listing's facet values and places in each order, kept in memory and rebuilt when the
 * catalogue's version moves (a publication, replacement or removal). Everything about a query except the
 * text match runs on it: a filter is a union of id lists, the order is precomputed, and the facet counts
 * are one pass of integer increments over the matching ids.
 */
type CatalogueIndex = {
  version: number;
  /** `values[code]` is a facet value; codes index the tallies. */
  values: [FacetName, string][];
  codeOf: Map<string, number>;
  /** Each code's listing ids. */
  postings: number[][];
  /** Each listing's codes of the counted facets. */
  byListing: Map<number, Uint32Array>;
  /** Every listing id in each order without a text match, and each id's place in name order (the tie-break). */
  orders: Record<"name" | "newest" | "level", number[]>;
  namePlace: Map<number, number>;
  allCounts: Counts;
  /** Claims of the listings shown so far in this version, read when first shown. */
  claims: Map<number, ListingSummary["claims"]>;
};
let catalogueIndex: CatalogueIndex | undefined;

/** The ids a text matched, best first, and as a set. */
type TextMatch = { ranked: number[]; ids: Set<number> };
/**
 * Recent text matches by catalogue version and FTS query, so paging through a search or changing its
 * filters does not match the text again. Bounded by the number of ids held.
 */
const textMatches = new LRUCache<string, TextMatch>({ maxSize: 500_000, sizeCalculation: (m) => m.ranked.length + 1 });

/** Forgets every kept text match, so the next search matches its text again (the bench times that path). */
export function forgetTextMatches(): void {
  textMatches.clear();
}

/** The catalogue's version: moves on every publication, replacement or removal (migration 0003's triggers). */
export function catalogueVersion(db: Db): number {
  return (db.$client.prepare("SELECT version FROM catalogue_version WHERE id = 1").pluck().get() as number | undefined) ?? 0;
}

/** Counts per facet value from tallies indexed by value code. */
function countsFrom(values: CatalogueIndex["values"], tally: Uint32Array): Counts {
  const counts = emptyCounts();
  for (let code = 0; code < tally.length; code++) {
    if (tally[code]) {
      const [facet, value] = values[code]!;
      if (facet !== "bb-level") counts[facet][value] = tally[code]!;
    }
  }
  return counts;
}

function indexOf(db: Db): CatalogueIndex {
  const version = catalogueVersion(db);
  if (catalogueIndex?.version === version) return catalogueIndex;
  const sqlite = db.$client;
  // One row per facet value with its ids: a few hundred rows instead of one per listing and value.
  const rows = sqlite.prepare("SELECT facet, value, group_concat(listing_id) FROM listing_facets GROUP BY facet, value").raw().all() as [
    FacetName,
    string,
    string,
  ][];
  const values: CatalogueIndex["values"] = [];
  const codeOf = new Map<string, number>();
  const postings: number[][] = [];
  const lists = new Map<number, number[]>();
  for (const [facet, value, idList] of rows) {
    const code = values.push([facet, value]) - 1;
    codeOf.set(`${facet}\u0000${value}`, code);
    const ids = idList.split(",").map(Number);
    postings.push(ids);
    if (!COUNTED_FACETS.includes(facet)) continue;
    for (const id of ids) {
      let list = lists.get(id);
      if (!list) lists.set(id, (list = []));
      list.push(code);
    }
  }
  const byListing = new Map([...lists].map(([id, codes]) => [id, Uint32Array.from(codes)]));
  const tally = new Uint32Array(values.length);
  for (const codes of byListing.values()) for (const code of codes) tally[code]!++;
  const ordered = (order: string) => sqlite.prepare(`SELECT id FROM listings ORDER BY ${order}`).pluck().all() as number[];
  const orders = { name: ordered(ORDER_SQL.name), newest: ordered(ORDER_SQL.newest), level: ordered(ORDER_SQL.level) };
  catalogueIndex = {
    version,
    values,
    codeOf,
    postings,
    byListing,
    orders,
    namePlace: new Map(orders.name.map((id, place) => [id, place])),
    allCounts: countsFrom(values, tally),
    claims: new Map(),
  };
  return catalogueIndex;
}

/** The orders a list can take without a text match, as SQL over `listings`; name is the tie-break of all. */
const ORDER_SQL = {
  name: "name_sort ASC",
  newest: "published_at DESC, name_sort ASC",
  level: "best_level DESC, bb_count DESC, name_sort ASC",
};

/** The listings whose text matches an FTS query, best first (bm25, then name). */
function textMatch(db: Db, index: CatalogueIndex, match: string): TextMatch {
  const key = `${index.version}\u0000${match}`;
  const cached = textMatches.get(key);
  if (cached) return cached;
  // Two single-column reads in FTS5's rowid order: far cheaper than one read of (id, score) rows.
  const sqlite = db.$client;
  const ids = sqlite.prepare("SELECT rowid FROM listings_fts WHERE listings_fts MATCH ?").pluck().all(match) as number[];
  const scores = sqlite.prepare("SELECT bm25(listings_fts, 10.0, 4.0, 1.0) FROM listings_fts WHERE listings_fts MATCH ?").pluck().all(match) as number[];
  const namePlaces = ids.map((id) => index.namePlace.get(id) ?? 0);
  const byRank = ids.map((_, i) => i).sort((a, b) => scores[a]! - scores[b]! || namePlaces[a]! - namePlaces[b]!);
  const found = { ranked: byRank.map((i) => ids[i]!), ids: new Set(ids) };
  textMatches.set(key, found);
  return found;
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
 * Only the text match touches SQLite (and is kept for paging and refining); filters, order, total and
 * facet counts come from the in-memory catalogue index, then the one page of rows is read.
 */
export function searchListings(db: Db, query: ListingQuery): ListingPage {
  const index = indexOf(db);
  const match = query.q ? ftsQuery(query.q) : undefined;

  // Each selected facet allows the union of its values' ids; a listing must be allowed by every one.
  const filters: Set<number>[] = [];
  const facetIn = (facet: FacetName, values: string[]) => {
    const allowed = new Set<number>();
    for (const value of values) {
      const code = index.codeOf.get(`${facet}\u0000${value}`);
      if (code !== undefined) for (const id of index.postings[code]!) allowed.add(id);
    }
    filters.push(allowed);
  };
  for (const key of ["bb", "uc", "licence", "dpg", "country", "hosting"] as const) {
    if (query[key].length) facetIn(key, query[key]);
  }
  if (query.level) {
    if (query.bb.length)
      facetIn(
        "bb-level",
        query.bb.map((bb) => `${bb}:${query.level}`),
      );
    else facetIn("level", [String(query.level)]);
  }
  const passes = (id: number) => filters.every((allowed) => allowed.has(id));

  let ids: number[];
  const matched = match ? textMatch(db, index, match) : undefined;
  if (matched && query.sort === "relevance") ids = filters.length ? matched.ranked.filter(passes) : matched.ranked;
  else {
    const order = index.orders[query.sort === "relevance" ? "name" : query.sort];
    ids = matched || filters.length ? order.filter((id) => (!matched || matched.ids.has(id)) && passes(id)) : order;
  }

  const total = ids.length;
  const pageCount = Math.max(1, Math.ceil(total / query.pageSize));
  const page = Math.min(query.page, pageCount);
  const pageIds = ids.slice((page - 1) * query.pageSize, page * query.pageSize);

  type Row = Omit<ListingSummary, "bbs" | "claims" | "isSeed"> & { id: number; isSeed: number };
  const byId = new Map<number, Row>();
  if (pageIds.length) {
    const rows = db.$client
      .prepare(
        `SELECT l.id, l.slug, l.name, l.summary, l.organisation_name AS organisationName, l.licence, l.licence_type AS licenceType,
                l.hosting, l.dpg_status AS dpgStatus, l.best_level AS bestLevel, l.is_seed AS isSeed, l.published_at AS publishedAt
         FROM listings l WHERE l.id IN (${pageIds.map(() => "?").join(",")})`,
      )
      .all(...pageIds) as Row[];
    for (const r of rows) byId.set(r.id, r);
  }
  const unread = pageIds.filter((id) => !index.claims.has(id));
  const read = claimsOf(db, unread);
  for (const id of unread) index.claims.set(id, read.get(id) ?? []);

  let facetCounts: Counts;
  if (!matched && !filters.length) facetCounts = structuredClone(index.allCounts);
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
        const claims = index.claims.get(id) ?? [];
        return { ...r, isSeed: Boolean(isSeed), bbs: claims.map((c) => c.bbId), claims };
      }),
    total,
    page,
    pageSize: query.pageSize,
    pageCount,
    facetCounts,
  };
}
