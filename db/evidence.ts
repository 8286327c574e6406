// Evidence beyond the vendor's answers, for cards and summaries: the newest conformance run per
// (product, BB) on the current spec version (test-verified), and passed use-case runs (works in a use case).
import { and, desc, eq, inArray } from "drizzle-orm";
import { getBuildingBlock } from "../lib/content/building-blocks";
import type { ExtraEvidence } from "../lib/marketplace/evidence";
import { getDb } from "./client";
import { conformanceRuns, listings, useCaseEvidence } from "./schema";

/** Extra evidence per published listing slug (slugs with none are left out). */
export function extraEvidenceBySlug(slugs: string[]): Map<string, ExtraEvidence> {
  const out = new Map<string, ExtraEvidence>();
  if (!slugs.length) return out;
  const db = getDb();
  const bySlug = new Map(
    db
      .select({ slug: listings.slug, productId: listings.productId })
      .from(listings)
      .where(inArray(listings.slug, slugs))
      .all()
      .map((r) => [r.productId, r.slug]),
  );
  const ids = [...bySlug.keys()];
  if (!ids.length) return out;
  const tested = new Map<string, number>();
  const runs = db
    .select({ productId: conformanceRuns.productId, bbId: conformanceRuns.bbId, level: conformanceRuns.level, specVersion: conformanceRuns.specVersion })
    .from(conformanceRuns)
    .where(and(inArray(conformanceRuns.productId, ids), eq(conformanceRuns.status, "finished")))
    .orderBy(desc(conformanceRuns.finishedAt))
    .all();
  for (const run of runs) {
    const key = `${run.productId}>${run.bbId}`;
    if (tested.has(key)) continue;
    // Only the newest run counts, and only on the spec version the portal publishes now.
    tested.set(key, getBuildingBlock(run.bbId)?.version === run.specVersion ? (run.level ?? 0) : -1);
  }
  const add = (productId: string, entry: ExtraEvidence[number]) => {
    const slug = bySlug.get(productId)!;
    out.set(slug, [...(out.get(slug) ?? []), entry]);
  };
  for (const [key, level] of tested) {
    const [productId, bbId] = key.split(">") as [string, string];
    if (level > 0) add(productId, { bbId, kind: "test-verified", level });
  }
  const worked = db
    .select({ productId: useCaseEvidence.productId, bbId: useCaseEvidence.bbId })
    .from(useCaseEvidence)
    .where(and(inArray(useCaseEvidence.productId, ids), eq(useCaseEvidence.status, "passed")))
    .all();
  const seen = new Set<string>();
  for (const w of worked) {
    const key = `${w.productId}>${w.bbId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    add(w.productId, { bbId: w.bbId, kind: "use-case", level: Math.max(0, tested.get(key) ?? 0) });
  }
  return out;
}
