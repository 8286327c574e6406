import { eq } from "drizzle-orm";
import { getBuildingBlocks } from "../../../lib/content/building-blocks";
import { complianceFor, type ComplianceLevel } from "../../../lib/marketplace/compliance";
import { countryName } from "../../../lib/marketplace/options";
import type { Db } from "../../client";
import { listingFacets, listings } from "../../schema";
import type { ProductSnapshot } from "./types";

/**
 * Creates the full-text index (SQLite FTS5) when missing. Virtual tables are outside drizzle's
 * schema, so this runs at seed time (before serving) and in tests; it is idempotent.
 */
export function ensureSearchIndex(db: Db): void {
  db.$client.exec(
    `CREATE VIRTUAL TABLE IF NOT EXISTS listings_fts USING fts5(name, summary, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')`,
  );
}

/** Compliance level per claimed BB, computed from the snapshot against the current specs. */
export function levelsFor(snapshot: ProductSnapshot): Map<string, ComplianceLevel> {
  const specs = new Map(getBuildingBlocks().map((bb) => [bb.id, bb]));
  const out = new Map<string, ComplianceLevel>();
  for (const claim of snapshot.bbs) {
    const spec = specs.get(claim.bbId);
    const answers = new Map(claim.assessments.map((a) => [a.requirementId, a.status]));
    out.set(claim.bbId, spec ? complianceFor(spec.requirements, answers).level : 0);
  }
  return out;
}

/** The facet rows a snapshot contributes; "both" hosting counts as self-hosted and as a service. */
export function facetsFor(snapshot: ProductSnapshot, levels: Map<string, ComplianceLevel>): { facet: string; value: string }[] {
  const rows: { facet: string; value: string }[] = [];
  const add = (facet: string, value: string) => rows.push({ facet, value });
  for (const claim of snapshot.bbs) {
    add("bb", claim.bbId);
    const level = levels.get(claim.bbId) ?? 0;
    if (level >= 1) add("bb-level", `${claim.bbId}:1`);
    if (level >= 2) add("bb-level", `${claim.bbId}:2`);
  }
  for (const uc of new Set(snapshot.useCases)) add("uc", uc);
  for (const country of new Set(snapshot.countries)) add("country", country);
  add("licence", snapshot.licenceType);
  if (snapshot.hosting === "both") {
    add("hosting", "self-hosted");
    add("hosting", "saas");
  } else add("hosting", snapshot.hosting);
  add("dpg", snapshot.dpgStatus);
  const best = Math.max(0, ...levels.values());
  if (best >= 1) add("level", "1");
  if (best >= 2) add("level", "2");
  return rows;
}

/**
 * Makes a snapshot the public version of its product: upserts the listing, its facets and its
 * search entry in one transaction. Earlier published data of the product is replaced.
 */
export function publishSnapshot(db: Db, snapshot: ProductSnapshot, versionNumber: number, publishedAt = new Date().toISOString()): void {
  const levels = levelsFor(snapshot);
  const titles = new Map(getBuildingBlocks().map((bb) => [bb.id, bb.title]));
  const values = {
    productId: snapshot.productId,
    slug: snapshot.slug,
    name: snapshot.name,
    nameSort: snapshot.name.toLocaleLowerCase("en"),
    summary: snapshot.summary,
    organisationName: snapshot.organisation.name,
    licence: snapshot.licence,
    licenceType: snapshot.licenceType,
    hosting: snapshot.hosting,
    dpgStatus: snapshot.dpgStatus,
    bestLevel: Math.max(0, ...levels.values()),
    bbCount: snapshot.bbs.length,
    isSeed: snapshot.isSeed,
    versionNumber,
    publishedAt,
    detail: JSON.stringify(snapshot),
  };
  const body = [
    snapshot.description,
    snapshot.organisation.name,
    snapshot.licence ?? "",
    ...snapshot.bbs.map((b) => titles.get(b.bbId) ?? b.bbId),
    ...snapshot.useCases,
    ...snapshot.countries.map((c) => countryName(c) ?? c),
  ].join("\n");
  db.transaction((tx) => {
    const row = tx.insert(listings).values(values).onConflictDoUpdate({ target: listings.productId, set: values }).returning({ id: listings.id }).get();
    tx.delete(listingFacets).where(eq(listingFacets.listingId, row.id)).run();
    const facets = facetsFor(snapshot, levels);
    if (facets.length)
      tx.insert(listingFacets)
        .values(facets.map((f) => ({ ...f, listingId: row.id })))
        .run();
    db.$client.prepare("DELETE FROM listings_fts WHERE rowid = ?").run(row.id);
    db.$client.prepare("INSERT INTO listings_fts (rowid, name, summary, body) VALUES (?, ?, ?, ?)").run(row.id, snapshot.name, snapshot.summary, body);
  });
}
