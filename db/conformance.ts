// Data access for conformance targets and runs. Every function that acts for a vendor checks, here on
// the server, that the actor belongs to the product's organisation. Finished runs are never changed.
import { createCipheriv, createDecipheriv, createHash, randomBytes, randomUUID } from "node:crypto";
import { and, asc, desc, eq, inArray, isNull, or } from "drizzle-orm";
import { checkUrl, OutboundRefused, allowListFrom } from "../conformance/guard";
import { digestOf, canonicalJson } from "../conformance/report";
import { SUITE_VERSION, type RunReport } from "../conformance/types";
import { getBuildingBlock } from "../lib/content/building-blocks";
import type { Actor } from "../lib/marketplace/authz";
import { getDb } from "./client";
import { ForbiddenError, RuleError } from "./marketplace/core/types";
import { conformanceRuns, conformanceTargets, organisationMembers, productBbs, products } from "./schema";

export { ForbiddenError, RuleError };

// ---- Credentials at rest ----------------------------------------------------------------------------

function key(): Buffer {
  const secret = process.env.CONFORMANCE_SECRET ?? process.env.BETTER_AUTH_SECRET;
  if (!secret || secret.length < 16) throw new RuleError("The server has no secret to protect test credentials with (set BETTER_AUTH_SECRET).", "authPassword");
  return createHash("sha256").update(`conformance-credential:${secret}`).digest();
}

/** Encrypts a credential for storage (AES-256-GCM, random IV). */
export function sealCredential(plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const data = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [iv, cipher.getAuthTag(), data].map((b) => b.toString("base64url")).join(".");
}

/** Decrypts a stored credential; undefined when it cannot be read (e.g. the secret changed). */
export function openCredential(sealed: string | null): string | undefined {
  if (!sealed) return undefined;
  try {
    const [iv, tag, data] = sealed.split(".").map((p) => Buffer.from(p, "base64url"));
    const decipher = createDecipheriv("aes-256-gcm", key(), iv!);
    decipher.setAuthTag(tag!);
    return Buffer.concat([decipher.update(data!), decipher.final()]).toString("utf8");
  } catch {
    return undefined;
  }
}

// ---- Authorization ------------------------------------------------------------------------------------

function productOf(productId: string) {
  return getDb()
    .select({ id: products.id, orgId: products.organisationId, versionLabel: products.versionLabel, slug: products.slug, name: products.name })
    .from(products)
    .where(eq(products.id, productId))
    .get();
}

/** The product, if the actor is a member of its organisation (else ForbiddenError, the same for "missing"). */
function ownedProduct(actor: Actor, productId: string) {
  const p = productOf(productId);
  const member =
    !!p &&
    !!getDb()
      .select({ u: organisationMembers.userId })
      .from(organisationMembers)
      .where(and(eq(organisationMembers.organisationId, p.orgId), eq(organisationMembers.userId, actor.userId)))
      .get();
  if (!p || !member) throw new ForbiddenError();
  return p;
}

function claimedBbs(productId: string): string[] {
  return getDb()
    .select({ bb: productBbs.bbId })
    .from(productBbs)
    .where(eq(productBbs.productId, productId))
    .all()
    .map((r) => r.bb);
}

// ---- Targets -----------------------------------------------------------------------------------------

export type TargetView = { id: string; bbId: string; baseUrl: string; hasCredential: boolean; updatedAt: string; activeRunId: string | null };

/** Checks a base URL as entered: http(s), no credentials, not an address the runner refuses. */
export function validateTargetUrl(raw: string): string {
  try {
    const url = checkUrl(raw.trim(), allowListFrom());
    return url.toString().replace(/\/+$/, "");
  } catch (error) {
    if (error instanceof OutboundRefused) throw new RuleError(error.message, "baseUrl");
    throw error;
  }
}

/**
 * Sets the endpoint tested for one claimed BB of a product. `credential`: a new Authorization value,
 * "" to remove the stored one, undefined to keep it.
 */
export function saveTarget(actor: Actor, productId: string, bbId: string, baseUrl: string, credential?: string): string {
  ownedProduct(actor, productId);
  if (!claimedBbs(productId).includes(bbId))
    throw new RuleError("This product does not claim that Building Block. Add it in the product details first.", "bbId");
  const url = validateTargetUrl(baseUrl);
  const db = getDb();
  const now = new Date().toISOString();
  const existing = db
    .select()
    .from(conformanceTargets)
    .where(and(eq(conformanceTargets.productId, productId), eq(conformanceTargets.bbId, bbId)))
    .get();
  const credentialEnc = credential === undefined ? (existing?.credentialEnc ?? null) : credential === "" ? null : sealCredential(credential);
  if (existing) {
    db.update(conformanceTargets).set({ baseUrl: url, credentialEnc, updatedAt: now }).where(eq(conformanceTargets.id, existing.id)).run();
    return existing.id;
  }
  const id = randomUUID();
  db.insert(conformanceTargets).values({ id, productId, bbId, baseUrl: url, credentialEnc, createdBy: actor.userId, createdAt: now, updatedAt: now }).run();
  return id;
}

/** The product's targets (never the credential itself). */
export function listTargets(actor: Actor, productId: string): TargetView[] {
  ownedProduct(actor, productId);
  const db = getDb();
  const rows = db.select().from(conformanceTargets).where(eq(conformanceTargets.productId, productId)).orderBy(asc(conformanceTargets.bbId)).all();
  return rows.map((t) => ({
    id: t.id,
    bbId: t.bbId,
    baseUrl: t.baseUrl,
    hasCredential: !!t.credentialEnc,
    updatedAt: t.updatedAt,
    activeRunId: activeRun(t.id)?.id ?? null,
  }));
}

function activeRun(targetId: string) {
  return getDb()
    .select({ id: conformanceRuns.id })
    .from(conformanceRuns)
    .where(and(eq(conformanceRuns.targetId, targetId), or(eq(conformanceRuns.status, "queued"), eq(conformanceRuns.status, "running"))))
    .get();
}

// ---- Runs --------------------------------------------------------------------------------------------

/** Queues a run of the target's suite; one run at a time per target. Returns the run id. */
export function queueRun(actor: Actor, targetId: string): string {
  const db = getDb();
  const target = db.select().from(conformanceTargets).where(eq(conformanceTargets.id, targetId)).get();
  if (!target) throw new ForbiddenError();
  const product = ownedProduct(actor, target.productId);
  const spec = getBuildingBlock(target.bbId);
  if (!spec?.hasApi) throw new RuleError("This Building Block has no API contract to test against.", "bbId");
  const id = randomUUID();
  // The check and the insert happen in one transaction, so two quick clicks cannot start two runs.
  db.transaction((tx) => {
    const busy = tx
      .select({ id: conformanceRuns.id })
      .from(conformanceRuns)
      .where(and(eq(conformanceRuns.targetId, targetId), or(eq(conformanceRuns.status, "queued"), eq(conformanceRuns.status, "running"))))
      .get();
    if (busy) throw new RuleError("A run of this endpoint is already queued or running. Wait for it to finish.", "form");
    tx.insert(conformanceRuns)
      .values({
        id,
        targetId,
        productId: target.productId,
        bbId: target.bbId,
        baseUrl: target.baseUrl,
        status: "queued",
        specVersion: spec.version,
        suiteVersion: SUITE_VERSION,
        productVersion: product.versionLabel,
        createdBy: actor.userId,
        queuedAt: new Date().toISOString(),
      })
      .run();
  });
  return id;
}

/** What the queue needs to execute a run: the target's URL and its decrypted credential. */
export function claimNextRun(): { id: string; bbId: string; baseUrl: string; authorization?: string } | undefined {
  const db = getDb();
  return db.transaction((tx) => {
    const run = tx.select().from(conformanceRuns).where(eq(conformanceRuns.status, "queued")).orderBy(asc(conformanceRuns.queuedAt)).get();
    if (!run) return undefined;
    tx.update(conformanceRuns).set({ status: "running", startedAt: new Date().toISOString() }).where(eq(conformanceRuns.id, run.id)).run();
    const target = run.targetId ? tx.select().from(conformanceTargets).where(eq(conformanceTargets.id, run.targetId)).get() : undefined;
    return { id: run.id, bbId: run.bbId, baseUrl: run.baseUrl, authorization: openCredential(target?.credentialEnc ?? null) };
  });
}

export function recordProgress(runId: string, done: number, total: number): void {
  getDb()
    .update(conformanceRuns)
    .set({ progressDone: done, progressTotal: total })
    .where(and(eq(conformanceRuns.id, runId), eq(conformanceRuns.status, "running")))
    .run();
}

/** Stores a finished run's evidence (once: a finished run is never written again). */
export function finishRun(runId: string, report: RunReport): void {
  getDb()
    .update(conformanceRuns)
    .set({
      status: "finished",
      report: canonicalJson(report),
      digest: digestOf(report),
      level: report.level.level,
      passed: report.summary.passed,
      failed: report.summary.failed + report.summary.errored,
      progressDone: report.summary.total,
      progressTotal: report.summary.total,
      specVersion: report.specVersion,
      error: report.aborted ?? null,
      finishedAt: report.finishedAt,
    })
    .where(and(eq(conformanceRuns.id, runId), inArray(conformanceRuns.status, ["queued", "running"])))
    .run();
}

export function failRun(runId: string, message: string): void {
  getDb()
    .update(conformanceRuns)
    .set({ status: "error", error: message.slice(0, 500), finishedAt: new Date().toISOString() })
    .where(and(eq(conformanceRuns.id, runId), inArray(conformanceRuns.status, ["queued", "running"])))
    .run();
}

/** Runs left "running" by a stopped server cannot finish: mark them so their targets are free again. */
export function abandonInterruptedRuns(): number {
  return getDb()
    .update(conformanceRuns)
    .set({ status: "error", error: "Interrupted: the server restarted during the run. Start it again.", finishedAt: new Date().toISOString() })
    .where(eq(conformanceRuns.status, "running"))
    .run().changes;
}

export type RunView = {
  id: string;
  productId: string;
  productName: string;
  productSlug: string;
  bbId: string;
  baseUrl: string;
  status: (typeof conformanceRuns.$inferSelect)["status"];
  progressDone: number;
  progressTotal: number;
  specVersion: string;
  suiteVersion: string;
  productVersion: string | null;
  level: number | null;
  passed: number | null;
  failed: number | null;
  digest: string | null;
  error: string | null;
  isReference: boolean;
  queuedAt: string;
  startedAt: string | null;
  finishedAt: string | null;
};

const runColumns = {
  id: conformanceRuns.id,
  productId: conformanceRuns.productId,
  productName: products.name,
  productSlug: products.slug,
  bbId: conformanceRuns.bbId,
  baseUrl: conformanceRuns.baseUrl,
  status: conformanceRuns.status,
  progressDone: conformanceRuns.progressDone,
  progressTotal: conformanceRuns.progressTotal,
  specVersion: conformanceRuns.specVersion,
  suiteVersion: conformanceRuns.suiteVersion,
  productVersion: conformanceRuns.productVersion,
  level: conformanceRuns.level,
  passed: conformanceRuns.passed,
  failed: conformanceRuns.failed,
  digest: conformanceRuns.digest,
  error: conformanceRuns.error,
  isReference: conformanceRuns.isReference,
  queuedAt: conformanceRuns.queuedAt,
  startedAt: conformanceRuns.startedAt,
  finishedAt: conformanceRuns.finishedAt,
};

/** A run as anyone may see it (its report holds no secret: they were masked while it ran). */
export function getRun(runId: string): RunView | undefined {
  return getDb()
    .select(runColumns)
    .from(conformanceRuns)
    .innerJoin(products, eq(products.id, conformanceRuns.productId))
    .where(eq(conformanceRuns.id, runId))
    .get();
}

/** The stored evidence of a finished run, exactly as digested. */
export function getRunEvidence(runId: string): { json: string; report: RunReport; digest: string } | undefined {
  const row = getDb()
    .select({ report: conformanceRuns.report, digest: conformanceRuns.digest })
    .from(conformanceRuns)
    .where(eq(conformanceRuns.id, runId))
    .get();
  if (!row?.report || !row.digest) return undefined;
  return { json: row.report, report: JSON.parse(row.report) as RunReport, digest: row.digest };
}

/** A product's runs, newest first (the vendor's history). */
export function listRuns(actor: Actor, productId: string, limit = 20): RunView[] {
  ownedProduct(actor, productId);
  return getDb()
    .select(runColumns)
    .from(conformanceRuns)
    .innerJoin(products, eq(products.id, conformanceRuns.productId))
    .where(eq(conformanceRuns.productId, productId))
    .orderBy(desc(conformanceRuns.queuedAt))
    .limit(limit)
    .all();
}

/** Test evidence of one BB of a product: the newest finished run, and whether it tested the current spec version. */
export type VerifiedEvidence = { run: RunView; current: boolean; requirementStatus: Map<string, "passed" | "failed" | "not-tested"> };

/** The newest finished run per claimed BB (the one that counts, per conformance.md), for public pages. */
export function latestVerified(productId: string): Map<string, VerifiedEvidence> {
  const rows = getDb()
    .select({ ...runColumns, report: conformanceRuns.report })
    .from(conformanceRuns)
    .innerJoin(products, eq(products.id, conformanceRuns.productId))
    .where(and(eq(conformanceRuns.productId, productId), eq(conformanceRuns.status, "finished")))
    .orderBy(desc(conformanceRuns.finishedAt))
    .all();
  const out = new Map<string, VerifiedEvidence>();
  for (const { report, ...run } of rows) {
    if (out.has(run.bbId)) continue;
    const spec = getBuildingBlock(run.bbId);
    const parsed = report ? (JSON.parse(report) as RunReport) : undefined;
    out.set(run.bbId, {
      run,
      current: !spec || spec.version === run.specVersion,
      requirementStatus: new Map(parsed?.requirements.map((r) => [r.id, r.status]) ?? []),
    });
  }
  return out;
}

/** For #12: whether the newest finished run of a product's BB, on the current spec version, passes every REQUIRED check. */
export function passesRequiredChecks(productId: string, bbId: string): boolean {
  const evidence = latestVerified(productId).get(bbId);
  if (!evidence?.current) return false;
  const stored = getRunEvidence(evidence.run.id);
  return (
    !!stored &&
    !stored.report.aborted &&
    stored.report.requirements.filter((r) => r.level === "REQUIRED").every((r) => r.status !== "failed") &&
    stored.report.summary.failed === 0 &&
    stored.report.summary.errored === 0
  );
}

/** Stores a finished reference run (the portal's own mocks, tested in-process at seed time). */
export function insertReferenceRun(productId: string, report: RunReport): string {
  const id = randomUUID();
  getDb()
    .insert(conformanceRuns)
    .values({
      id,
      targetId: null,
      productId,
      bbId: report.bb,
      baseUrl: report.target.baseUrl,
      status: "finished",
      progressDone: report.summary.total,
      progressTotal: report.summary.total,
      specVersion: report.specVersion,
      suiteVersion: report.suiteVersion,
      productVersion: "reference",
      level: report.level.level,
      passed: report.summary.passed,
      failed: report.summary.failed + report.summary.errored,
      report: canonicalJson(report),
      digest: digestOf(report),
      isReference: true,
      queuedAt: report.startedAt,
      startedAt: report.startedAt,
      finishedAt: report.finishedAt,
    })
    .run();
  return id;
}

/** BBs of a product that still need a reference run for the current spec and suite version. */
export function referenceRunsMissing(productId: string, bbIds: readonly string[]): string[] {
  const have = getDb()
    .select({ bb: conformanceRuns.bbId, spec: conformanceRuns.specVersion, suite: conformanceRuns.suiteVersion })
    .from(conformanceRuns)
    .where(
      and(
        eq(conformanceRuns.productId, productId),
        eq(conformanceRuns.isReference, true),
        eq(conformanceRuns.status, "finished"),
        isNull(conformanceRuns.targetId),
      ),
    )
    .all();
  return bbIds.filter((bb) => !have.some((h) => h.bb === bb && h.spec === getBuildingBlock(bb)?.version && h.suite === SUITE_VERSION));
}
