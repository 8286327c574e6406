// Data access for swapping a vendor's implementation into a live use case (#12): who may play a Building
// Block (a published product whose newest conformance run on the current spec passed every REQUIRED check),
// the endpoint and credential to call, and the "works in a use case" evidence such runs leave behind.
import { randomUUID } from "node:crypto";
import { and, desc, eq, inArray } from "drizzle-orm";
import type { Actor } from "../lib/marketplace/authz";
import { getDb } from "./client";
import { latestVerified, openCredential, passesRequiredChecks } from "./conformance";
import { conformanceTargets, listings, organisationMembers, products, useCaseEvidence } from "./schema";

/** A product that may play a BB in the sandbox. */
export type SwapCandidate = {
  targetId: string;
  productId: string;
  productName: string;
  productSlug: string;
  productVersion: string | null;
  bbId: string;
  testedOn: string;
};

/** Published products whose newest run for `bbId` passed its REQUIRED checks against the endpoint still on file. */
export function swapCandidates(bbId: string): SwapCandidate[] {
  const rows = getDb()
    .select({
      targetId: conformanceTargets.id,
      productId: products.id,
      productName: products.name,
      productSlug: listings.slug,
      baseUrl: conformanceTargets.baseUrl,
    })
    .from(conformanceTargets)
    .innerJoin(products, eq(products.id, conformanceTargets.productId))
    .innerJoin(listings, eq(listings.productId, products.id))
    .where(eq(conformanceTargets.bbId, bbId))
    .all();
  const out: SwapCandidate[] = [];
  for (const row of rows) {
    const evidence = latestVerified(row.productId).get(bbId);
    // The run must have tested the endpoint that is on file now, not an earlier one.
    if (!evidence || evidence.run.isReference || evidence.run.baseUrl !== row.baseUrl || !passesRequiredChecks(row.productId, bbId)) continue;
    out.push({
      targetId: row.targetId,
      productId: row.productId,
      productName: row.productName,
      productSlug: row.productSlug,
      productVersion: evidence.run.productVersion,
      bbId,
      testedOn: evidence.run.finishedAt ?? evidence.run.queuedAt,
    });
  }
  return out.sort((a, b) => a.productName.localeCompare(b.productName));
}

/** The endpoint to call for a chosen candidate, checked again at call time; undefined once it no longer qualifies. */
export function swapEndpoint(targetId: string): { baseUrl: string; authorization?: string; productName: string; productId: string; bbId: string } | undefined {
  const target = getDb().select().from(conformanceTargets).where(eq(conformanceTargets.id, targetId)).get();
  if (!target || !swapCandidates(target.bbId).some((c) => c.targetId === targetId)) return undefined;
  const product = getDb().select({ name: products.name }).from(products).where(eq(products.id, target.productId)).get();
  return {
    baseUrl: target.baseUrl,
    authorization: openCredential(target.credentialEnc),
    productName: product?.name ?? "A product",
    productId: target.productId,
    bbId: target.bbId,
  };
}

export type UseCaseEvidenceInput = {
  targetId: string;
  useCaseId: string;
  status: "passed" | "failed";
  steps: number[];
  reason?: string;
  trace: unknown[];
  /** Targets of other products that answered calls in the steps this run covers. */
  alongsideTargets?: string[];
};

/** The products and BBs behind conformance targets, for `alongside` (unknown targets are skipped). */
function alongsideOf(targetIds: string[]): { productId: string; bbId: string }[] {
  if (targetIds.length === 0) return [];
  return getDb()
    .select({ productId: conformanceTargets.productId, bbId: conformanceTargets.bbId })
    .from(conformanceTargets)
    .where(inArray(conformanceTargets.id, targetIds))
    .all()
    .sort((a, b) => a.bbId.localeCompare(b.bbId));
}

/** Records one run of a use case with a swapped product. */
export function recordUseCaseEvidence(input: UseCaseEvidenceInput): string | undefined {
  const target = getDb().select().from(conformanceTargets).where(eq(conformanceTargets.id, input.targetId)).get();
  if (!target) return undefined;
  const run = latestVerified(target.productId).get(target.bbId)?.run;
  const id = randomUUID();
  getDb()
    .insert(useCaseEvidence)
    .values({
      id,
      productId: target.productId,
      targetId: target.id,
      bbId: target.bbId,
      useCaseId: input.useCaseId,
      productVersion: run?.productVersion ?? null,
      status: input.status,
      steps: JSON.stringify(input.steps),
      reason: input.reason ?? null,
      alongside: input.alongsideTargets?.length ? JSON.stringify(alongsideOf(input.alongsideTargets)) : null,
      trace: JSON.stringify(input.trace),
      createdAt: new Date().toISOString(),
    })
    .run();
  return id;
}

export type UseCaseEvidenceView = {
  id: string;
  productId: string;
  productName: string;
  bbId: string;
  useCaseId: string;
  productVersion: string | null;
  status: "passed" | "failed";
  steps: number[];
  reason: string | null;
  createdAt: string;
};

const columns = {
  id: useCaseEvidence.id,
  productId: useCaseEvidence.productId,
  productName: products.name,
  bbId: useCaseEvidence.bbId,
  useCaseId: useCaseEvidence.useCaseId,
  productVersion: useCaseEvidence.productVersion,
  status: useCaseEvidence.status,
  steps: useCaseEvidence.steps,
  reason: useCaseEvidence.reason,
  createdAt: useCaseEvidence.createdAt,
};
const toView = (r: Omit<UseCaseEvidenceView, "steps"> & { steps: string }): UseCaseEvidenceView => ({ ...r, steps: JSON.parse(r.steps) as number[] });

function isMember(actor: Actor | null, productId: string): boolean {
  if (!actor) return false;
  const p = getDb().select({ org: products.organisationId }).from(products).where(eq(products.id, productId)).get();
  return (
    !!p &&
    !!getDb()
      .select({ u: organisationMembers.userId })
      .from(organisationMembers)
      .where(and(eq(organisationMembers.organisationId, p.org), eq(organisationMembers.userId, actor.userId)))
      .get()
  );
}

/**
 * The newest evidence per (use case, BB) of a product: passed runs for everyone; failed runs too for the
 * product's own vendor (a failure is theirs to fix, not a public mark).
 */
export function worksInUseCases(productId: string, actor: Actor | null = null): UseCaseEvidenceView[] {
  const own = isMember(actor, productId);
  const rows = getDb()
    .select(columns)
    .from(useCaseEvidence)
    .innerJoin(products, eq(products.id, useCaseEvidence.productId))
    .where(eq(useCaseEvidence.productId, productId))
    .orderBy(desc(useCaseEvidence.createdAt))
    .all();
  const seen = new Set<string>();
  const out: UseCaseEvidenceView[] = [];
  for (const row of rows) {
    if (row.status === "failed" && !own) continue;
    const key = `${row.useCaseId}>${row.bbId}>${row.status}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(toView(row));
  }
  return out;
}

/** One evidence record with its trace, for its page: passed ones for anyone, failed ones for the vendor only. */
export function getUseCaseEvidence(id: string, actor: Actor | null = null): (UseCaseEvidenceView & { trace: unknown[] }) | undefined {
  const row = getDb()
    .select({ ...columns, trace: useCaseEvidence.trace })
    .from(useCaseEvidence)
    .innerJoin(products, eq(products.id, useCaseEvidence.productId))
    .where(eq(useCaseEvidence.id, id))
    .get();
  if (!row || (row.status === "failed" && !isMember(actor, row.productId))) return undefined;
  const { trace, ...rest } = row;
  return { ...toView(rest), trace: JSON.parse(trace) as unknown[] };
}
