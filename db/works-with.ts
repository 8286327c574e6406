// The works-with grid (#17): which published products have run alongside which Building Blocks in a live
// use case, derived from passed swap-in evidence (db/swap.ts). A step lists the BBs it uses; a product that
// played one BB in a passed run ran together with every other BB of the steps it took part in. When a
// visitor had swapped in several products, each run also names the others that answered calls in the
// steps it covers (`alongside`): those are the product pairs that have run together.
import { desc, eq, inArray } from "drizzle-orm";
import { getDb } from "./client";
import { listings, useCaseEvidence } from "./schema";

/** Per use case id, the BB ids of each journey step in order (step n is index n - 1). */
export type UseCaseSteps = Record<string, string[][]>;

/** One use case in which a product ran with (or played) a Building Block, and the evidence it rests on. */
export type WorksWithRun = { useCaseId: string; evidenceId: string; played: boolean; createdAt: string };

export type WorksWithRow = {
  productId: string;
  productName: string;
  productSlug: string;
  /** By BB id: the use cases, newest first. */
  cells: Record<string, WorksWithRun[]>;
};

/** A product and the Building Block it played. */
export type PairMember = { productId: string; productName: string; productSlug: string; bbId: string };

/** Two listed products that answered calls in the same passed run of a use case, and the use cases where they did. */
export type WorksWithPair = { members: [PairMember, PairMember]; runs: { useCaseId: string; evidenceId: string }[] };

export type WorksWithGrid = { bbIds: string[]; rows: WorksWithRow[]; pairs: WorksWithPair[] };

/**
 * The BBs that shared a step with the product, other than the one it played.
 * @param stepBbs the use case's steps, each as its BB ids
 * @param steps the 1-based step numbers the product took part in
 */
export function bbsAlongside(stepBbs: string[][], steps: number[], played: string): string[] {
  const ids = new Set(steps.flatMap((n) => stepBbs[n - 1] ?? []));
  ids.delete(played);
  return [...ids].sort();
}

/**
 * The grid over every listed product with passed evidence: one row per product (by name), one column per
 * BB that appears in any row (sorted by id). Failed runs never count; only the newest pass per
 * (product, use case, BB played) is used. Evidence for a use case missing from `useCases` is ignored.
 */
export function worksWithGrid(useCases: UseCaseSteps): WorksWithGrid {
  const rows = getDb()
    .select({
      id: useCaseEvidence.id,
      productId: useCaseEvidence.productId,
      productName: listings.name,
      productSlug: listings.slug,
      bbId: useCaseEvidence.bbId,
      useCaseId: useCaseEvidence.useCaseId,
      steps: useCaseEvidence.steps,
      alongside: useCaseEvidence.alongside,
      createdAt: useCaseEvidence.createdAt,
    })
    .from(useCaseEvidence)
    // Only listed products: evidence of a draft or withdrawn product is not public.
    .innerJoin(listings, eq(listings.productId, useCaseEvidence.productId))
    .where(eq(useCaseEvidence.status, "passed"))
    .orderBy(desc(useCaseEvidence.createdAt))
    .all();

  const byProduct = new Map<string, WorksWithRow>();
  const seen = new Set<string>();
  const columns = new Set<string>();
  for (const r of rows) {
    const stepBbs = useCases[r.useCaseId];
    const key = `${r.productId}>${r.useCaseId}>${r.bbId}`;
    if (!stepBbs || seen.has(key)) continue;
    seen.add(key);
    const row = byProduct.get(r.productId) ?? { productId: r.productId, productName: r.productName, productSlug: r.productSlug, cells: {} };
    byProduct.set(r.productId, row);
    const add = (bbId: string, played: boolean) => {
      columns.add(bbId);
      const cell = (row.cells[bbId] ??= []);
      // The same use case can reach a BB both ways (played in one run, alongside in another): keep one entry, played first.
      const same = cell.find((c) => c.useCaseId === r.useCaseId);
      if (!same) cell.push({ useCaseId: r.useCaseId, evidenceId: r.id, played, createdAt: r.createdAt });
      else if (played && !same.played) Object.assign(same, { evidenceId: r.id, played, createdAt: r.createdAt });
    };
    add(r.bbId, true);
    for (const bb of bbsAlongside(stepBbs, JSON.parse(r.steps) as number[], r.bbId)) add(bb, false);
  }
  return {
    bbIds: [...columns].sort(),
    rows: [...byProduct.values()].sort((a, b) => a.productName.localeCompare(b.productName)),
    pairs: pairsOf(rows, useCases),
  };
}

type EvidenceRow = { id: string; productId: string; productName: string; productSlug: string; bbId: string; useCaseId: string; alongside: string | null };

/** Product pairs from the runs' `alongside` (rows newest first). Both products must be listed; each use case counts once per pair. */
function pairsOf(rows: EvidenceRow[], useCases: UseCaseSteps): WorksWithPair[] {
  const parsed = rows
    .filter((r) => useCases[r.useCaseId] && r.alongside)
    .map((r) => ({ row: r, others: JSON.parse(r.alongside!) as { productId: string; bbId: string }[] }));
  const otherIds = [...new Set(parsed.flatMap((p) => p.others.map((o) => o.productId)))];
  const listed = new Map(
    otherIds.length === 0
      ? []
      : getDb()
          .select({ productId: listings.productId, name: listings.name, slug: listings.slug })
          .from(listings)
          .where(inArray(listings.productId, otherIds))
          .all()
          .map((l) => [l.productId, l]),
  );
  const pairs = new Map<string, WorksWithPair>();
  for (const { row, others } of parsed) {
    const self: PairMember = { productId: row.productId, productName: row.productName, productSlug: row.productSlug, bbId: row.bbId };
    for (const o of others) {
      const l = listed.get(o.productId);
      if (!l || o.productId === row.productId) continue;
      const other: PairMember = { productId: o.productId, productName: l.name, productSlug: l.slug, bbId: o.bbId };
      const members = [self, other].sort((a, b) => a.productName.localeCompare(b.productName) || a.bbId.localeCompare(b.bbId)) as [PairMember, PairMember];
      const key = members.map((m) => `${m.productId}:${m.bbId}`).join("+");
      const pair = pairs.get(key) ?? { members, runs: [] };
      pairs.set(key, pair);
      if (!pair.runs.some((r) => r.useCaseId === row.useCaseId)) pair.runs.push({ useCaseId: row.useCaseId, evidenceId: row.id });
    }
  }
  return [...pairs.values()].sort(
    (a, b) => a.members[0].productName.localeCompare(b.members[0].productName) || a.members[1].productName.localeCompare(b.members[1].productName),
  );
}
