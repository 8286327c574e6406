import "server-only";
import { eq, inArray } from "drizzle-orm";
import { LRUCache } from "lru-cache";
import type { ListingQuery } from "../../lib/marketplace/query";
import { getDb } from "../client";
import { listings } from "../schema";
import type { FinderCandidate } from "../../lib/marketplace/finder";
import { catalogueVersion, claimsOf, searchListings, type ListingPage, type ListingSummary } from "./core/search";
import type { ProductSnapshot } from "./core/types";

export type { ListingPage, ListingSummary };

/** A published product: the approved snapshot plus listing facts. */
export type PublishedProduct = ProductSnapshot & { versionNumber: number; publishedAt: string };

/**
 * Recent answers of the public list and API, by query, with the catalogue version they were computed on.
 * The catalogue changes only when a listing is published or removed, while the same broad queries (the
 * landing page, a popular word, one facet) come again and again; an entry is used only while the version
 * still matches. Bounded in entries, so a stream of distinct queries only evicts older ones.
 */
const answers = new LRUCache<string, { version: number; page: Readonly<ListingPage> }>({ max: 500 });

/**
 * One page of published products for the public list and API (no login needed). The result is shared
 * between callers: treat it as read-only.
 */
export function searchProducts(query: ListingQuery): Readonly<ListingPage> {
  const db = getDb();
  const version = catalogueVersion(db);
  const key = JSON.stringify(query);
  const hit = answers.get(key);
  if (hit?.version === version) return hit.page;
  const page = searchListings(db, query);
  answers.set(key, { version, page });
  return page;
}

function toPublished(row: typeof listings.$inferSelect): PublishedProduct {
  return { ...(JSON.parse(row.detail) as ProductSnapshot), versionNumber: row.versionNumber, publishedAt: row.publishedAt };
}

/** The published version of a product by slug, or undefined. Drafts are never returned. */
export function getPublishedProduct(slug: string): PublishedProduct | undefined {
  const row = getDb().select().from(listings).where(eq(listings.slug, slug)).get();
  return row ? toPublished(row) : undefined;
}

/** Published products by slug, in the order asked; unknown slugs are left out. */
export function getPublishedProducts(slugs: string[]): PublishedProduct[] {
  if (!slugs.length) return [];
  const rows = getDb().select().from(listings).where(inArray(listings.slug, slugs)).all();
  const bySlug = new Map(rows.map((r) => [r.slug, toPublished(r)]));
  return slugs.flatMap((s) => bySlug.get(s) ?? []);
}

/**
 * Published products that claim a BB, best compliance first, for BB spec pages and journey steps.
 * @param bbId a BB id such as "payments".
 * @param limit how many to return (default 6).
 */
export function listPublishedProductsForBb(bbId: string, limit = 6): { products: ListingSummary[]; total: number } {
  const page = searchListings(getDb(), {
    q: "",
    bb: [bbId],
    uc: [],
    licence: [],
    dpg: [],
    country: [],
    hosting: [],
    level: 0,
    sort: "level",
    page: 1,
    pageSize: Math.min(Math.max(limit, 1), 100),
  });
  return { products: page.items, total: page.total };
}

/** Every published product matching the filters (no paging), for CSV export. Capped at 20,000 rows. */
export function exportProducts(query: ListingQuery): PublishedProduct[] {
  const page = searchListings(getDb(), { ...query, page: 1, pageSize: 20000 });
  return getPublishedProducts(page.items.map((i) => i.slug));
}

/**
 * Every published product as the finder ranks it (capped at 5,000): facts, use cases, number of
 * countries and each claim's evidence and level.
 */
export function listFinderCandidates(): FinderCandidate[] {
  const db = getDb();
  const rows = db.$client
    .prepare(
      `SELECT l.id, l.slug, l.name, l.organisation_name AS organisationName, l.summary, l.licence, l.licence_type AS licenceType, l.hosting, l.is_seed AS isSeed,
              (SELECT group_concat(value) FROM listing_facets f WHERE f.listing_id = l.id AND f.facet = 'uc') AS ucs,
              (SELECT count(*) FROM listing_facets f WHERE f.listing_id = l.id AND f.facet = 'country') AS countries
       FROM listings l ORDER BY l.name_sort LIMIT 5000`,
    )
    .all() as (Omit<FinderCandidate, "isSeed" | "useCases" | "claims"> & { id: number; isSeed: number; ucs: string | null })[];
  const claims = claimsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map(({ id, isSeed, ucs, ...r }) => ({ ...r, isSeed: Boolean(isSeed), useCases: ucs ? ucs.split(",") : [], claims: claims.get(id) ?? [] }));
}
