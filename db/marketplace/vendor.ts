import "server-only";
import { and, desc, eq, inArray, lt, notInArray, sql } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import { getBuildingBlock } from "../../lib/content/building-blocks";
import {
  canDeleteProduct,
  canEditProduct,
  canReview,
  canSubmitProduct,
  canViewWorkingCopy,
  canWithdrawSubmission,
  type Actor,
} from "../../lib/marketplace/authz";
import type { ReviewStatus } from "../../lib/marketplace/options";
import { getDb, type Db } from "../client";
import {
  listings,
  organisationMembers,
  organisations,
  productAssessments,
  productBbs,
  productDeployments,
  products,
  productUseCases,
  productVersions,
  reviewComments,
} from "../schema";
import { writeAudit } from "./core/audit";
import type { ProductInput } from "./core/product-input";
import { readProductSnapshot } from "./core/snapshot";
import { ForbiddenError, RuleError, type AssessmentAnswer, type ProductSnapshot } from "./core/types";

export { ForbiddenError, RuleError };
export type { ProductInput };

const slugify = (s: string) =>
  s
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60) || "item";

function uniqueSlug(db: Db, table: typeof products | typeof organisations, base: string): string {
  for (let i = 1; ; i++) {
    const slug = i === 1 ? base : `${base}-${i}`;
    if (!db.select({ id: table.id }).from(table).where(eq(table.slug, slug)).get()) return slug;
  }
}

function memberOrgIds(db: Db, actor: Actor): string[] {
  return db
    .select({ id: organisationMembers.organisationId })
    .from(organisationMembers)
    .where(eq(organisationMembers.userId, actor.userId))
    .all()
    .map((r) => r.id);
}

/** Whether the actor belongs to the organisation. */
export function isMember(actor: Actor, organisationId: string): boolean {
  return memberOrgIds(getDb(), actor).includes(organisationId);
}

/** Whether the actor belongs to the organisation that owns the product (false when there is no such product). */
export function isProductMember(actor: Actor, productId: string): boolean {
  const db = getDb();
  const row = db.select({ organisationId: products.organisationId }).from(products).where(eq(products.id, productId)).get();
  return !!row && memberOrgIds(db, actor).includes(row.organisationId);
}

/** The organisations the actor belongs to. */
export function listMyOrganisations(actor: Actor) {
  return getDb()
    .select({ id: organisations.id, name: organisations.name, slug: organisations.slug, website: organisations.website, role: organisationMembers.role })
    .from(organisationMembers)
    .innerJoin(organisations, eq(organisations.id, organisationMembers.organisationId))
    .where(eq(organisationMembers.userId, actor.userId))
    .all();
}

/** Creates an organisation with the actor as its owner. */
export function createOrganisation(actor: Actor, input: { name: string; website: string | null }): string {
  const db = getDb();
  const id = randomUUID();
  db.transaction((tx) => {
    tx.insert(organisations)
      .values({
        id,
        name: input.name,
        slug: uniqueSlug(tx as unknown as Db, organisations, slugify(input.name)),
        website: input.website,
        createdAt: new Date().toISOString(),
      })
      .run();
    tx.insert(organisationMembers).values({ organisationId: id, userId: actor.userId, role: "owner", createdAt: new Date().toISOString() }).run();
    writeAudit(tx as unknown as Db, {
      actorId: actor.userId,
      actorLabel: actor.email,
      organisationId: id,
      action: "organisation.created",
      detail: { name: input.name },
    });
  });
  return id;
}

export type ProductRow = {
  id: string;
  slug: string;
  name: string;
  status: ReviewStatus;
  organisationId: string;
  organisationName: string;
  updatedAt: string;
  publishedVersion: number | null;
};

/** Products of every organisation the actor belongs to. */
export function listMyProducts(actor: Actor): ProductRow[] {
  const db = getDb();
  const orgIds = memberOrgIds(db, actor);
  if (!orgIds.length) return [];
  return db
    .select({
      id: products.id,
      slug: products.slug,
      name: products.name,
      status: products.status,
      organisationId: products.organisationId,
      organisationName: organisations.name,
      updatedAt: products.updatedAt,
      publishedVersion: listings.versionNumber,
    })
    .from(products)
    .innerJoin(organisations, eq(organisations.id, products.organisationId))
    .leftJoin(listings, eq(listings.productId, products.id))
    .where(inArray(products.organisationId, orgIds))
    .orderBy(desc(products.updatedAt))
    .all();
}

export type WorkingCopy = {
  snapshot: ProductSnapshot;
  status: ReviewStatus;
  canEdit: boolean;
  canSubmit: boolean;
  /** The latest version waits for review and the actor may take it back. */
  canWithdraw: boolean;
  /** Never published, not in review: the actor may delete the whole product. */
  canDelete: boolean;
  publishedVersion: number | null;
  reviews: { number: number; status: string; reason: string | null; submittedAt: string; decidedAt: string | null }[];
  /** Submissions waiting longer than this product's (0 when it is next, or not waiting). */
  queueAhead: number;
  /** The reviewer's per-requirement comments on the latest decided version, keyed "bbId/requirementId". */
  reviewComments: { version: number; byRequirement: Map<string, string> } | null;
};

/**
 * A product's working copy with its review history.
 * @throws ForbiddenError unless the actor is a member of the owning organisation or a reviewer
 * (the same error for "missing" and "not yours", so ids cannot be probed).
 */
export function getWorkingCopy(actor: Actor, productId: string): WorkingCopy {
  const db = getDb();
  const row = db.select({ orgId: products.organisationId, status: products.status }).from(products).where(eq(products.id, productId)).get();
  const member = !!row && memberOrgIds(db, actor).includes(row.orgId);
  if (!row || !canViewWorkingCopy(actor, member)) throw new ForbiddenError();
  const listing = db.select({ v: listings.versionNumber }).from(listings).where(eq(listings.productId, productId)).get();
  const reviews = db
    .select({
      number: productVersions.number,
      status: productVersions.status,
      reason: productVersions.reason,
      submittedAt: productVersions.submittedAt,
      decidedAt: productVersions.decidedAt,
    })
    .from(productVersions)
    .where(eq(productVersions.productId, productId))
    .orderBy(desc(productVersions.number))
    .all();
  return {
    snapshot: readProductSnapshot(db, productId)!,
    status: row.status,
    canEdit: canEditProduct(actor, member, row.status),
    canSubmit: canSubmitProduct(actor, member, row.status),
    canWithdraw: canWithdrawSubmission(actor, member, row.status, reviews[0]?.status),
    canDelete: canDeleteProduct(actor, member, deletionState(db, productId, row.status)),
    publishedVersion: listing?.v ?? null,
    reviews,
    reviewComments: latestReviewComments(db, productId),
    queueAhead:
      reviews[0]?.status === "submitted"
        ? (db
            .select({ n: sql<number>`count(*)` })
            .from(productVersions)
            .where(and(eq(productVersions.status, "submitted"), lt(productVersions.submittedAt, reviews[0].submittedAt)))
            .get()?.n ?? 0)
        : 0,
  };
}

/** Comments of the newest version a reviewer decided on, if it has any. */
function latestReviewComments(db: Db, productId: string): WorkingCopy["reviewComments"] {
  const decided = db
    .select({ id: productVersions.id, number: productVersions.number })
    .from(productVersions)
    .where(and(eq(productVersions.productId, productId), inArray(productVersions.status, ["approved", "changes_requested", "rejected"])))
    .orderBy(desc(productVersions.number))
    .get();
  if (!decided) return null;
  const rows = db.select().from(reviewComments).where(eq(reviewComments.versionId, decided.id)).all();
  if (!rows.length) return null;
  return { version: decided.number, byRequirement: new Map(rows.map((r) => [`${r.bbId}/${r.requirementId}`, r.comment])) };
}

/** Whether a product was ever public, and whether a version of it waits for review. */
function deletionState(db: Db, productId: string, status: ReviewStatus) {
  const listed = !!db.select({ id: listings.id }).from(listings).where(eq(listings.productId, productId)).get();
  const versions = db.select({ status: productVersions.status }).from(productVersions).where(eq(productVersions.productId, productId)).all();
  return {
    everPublished: listed || status === "published" || versions.some((v) => v.status === "approved"),
    inReview: status === "submitted" || versions.some((v) => v.status === "submitted"),
  };
}

/** Loads the product and checks the actor may edit it. @throws ForbiddenError or RuleError. */
function requireEditable(db: Db, actor: Actor, productId: string) {
  const row = db.select().from(products).where(eq(products.id, productId)).get();
  const member = !!row && memberOrgIds(db, actor).includes(row.organisationId);
  if (!row || !member) throw new ForbiddenError();
  if (!canEditProduct(actor, member, row.status)) throw new RuleError("This product is waiting for review and cannot be changed until a reviewer decides.");
  return row;
}

// Editing a published, rejected or returned product starts a new draft; the listing stays as it is.
const afterEdit = (status: ReviewStatus): ReviewStatus => (status === "submitted" ? status : "draft");

function writeClaims(db: Db, productId: string, input: ProductInput) {
  if (input.bbs.length) {
    db.delete(productBbs)
      .where(and(eq(productBbs.productId, productId), notInArray(productBbs.bbId, input.bbs)))
      .run();
    db.delete(productAssessments)
      .where(and(eq(productAssessments.productId, productId), notInArray(productAssessments.bbId, input.bbs)))
      .run();
    db.insert(productBbs)
      .values(input.bbs.map((bbId) => ({ productId, bbId })))
      .onConflictDoNothing()
      .run();
  } else {
    db.delete(productBbs).where(eq(productBbs.productId, productId)).run();
    db.delete(productAssessments).where(eq(productAssessments.productId, productId)).run();
  }
  db.delete(productUseCases).where(eq(productUseCases.productId, productId)).run();
  if (input.useCases.length)
    db.insert(productUseCases)
      .values(input.useCases.map((useCaseId) => ({ productId, useCaseId })))
      .run();
  db.delete(productDeployments).where(eq(productDeployments.productId, productId)).run();
  if (input.deployments.length)
    db.insert(productDeployments)
      .values(input.deployments.map((d) => ({ ...d, productId })))
      .run();
}

const fields = (input: ProductInput) => ({
  name: input.name,
  summary: input.summary,
  description: input.description,
  website: input.website,
  sourceUrl: input.sourceUrl,
  docsUrl: input.docsUrl,
  licence: input.licence,
  licenceType: input.licenceType,
  hosting: input.hosting,
  pricing: input.pricing,
  languages: input.languages,
  countries: [...new Set(input.deployments.map((d) => d.country))],
  dpgStatus: input.dpgStatus,
  contactEmail: input.contactEmail,
  versionLabel: input.versionLabel,
});

/** Creates a draft product for an organisation the actor belongs to. @throws ForbiddenError. */
export function createProduct(actor: Actor, organisationId: string, input: ProductInput): string {
  const db = getDb();
  if (!memberOrgIds(db, actor).includes(organisationId)) throw new ForbiddenError();
  const id = randomUUID();
  const now = new Date().toISOString();
  db.transaction((tx) => {
    const t = tx as unknown as Db;
    tx.insert(products)
      .values({ id, organisationId, slug: uniqueSlug(t, products, slugify(input.name)), ...fields(input), status: "draft", createdAt: now, updatedAt: now })
      .run();
    writeClaims(t, id, input);
    writeAudit(t, { actorId: actor.userId, actorLabel: actor.email, organisationId, productId: id, action: "product.created", detail: { name: input.name } });
  });
  return id;
}

/** Updates a product's details and claims. @throws ForbiddenError or RuleError. */
export function updateProduct(actor: Actor, productId: string, input: ProductInput): void {
  const db = getDb();
  db.transaction((tx) => {
    const t = tx as unknown as Db;
    const row = requireEditable(t, actor, productId);
    tx.update(products)
      .set({ ...fields(input), status: afterEdit(row.status), updatedAt: new Date().toISOString() })
      .where(eq(products.id, productId))
      .run();
    writeClaims(t, productId, input);
    writeAudit(t, { actorId: actor.userId, actorLabel: actor.email, organisationId: row.organisationId, productId, action: "product.updated" });
  });
}

/** Checks, before anything is uploaded, that the actor may change this product. @throws ForbiddenError or RuleError. */
export function assertProductEditable(actor: Actor, productId: string): void {
  requireEditable(getDb(), actor, productId);
}

/**
 * Records the logo file name of a product.
 * @returns the logo it replaces (for the caller to remove once nothing else uses it), or null.
 * @throws ForbiddenError or RuleError.
 */
export function setProductLogo(actor: Actor, productId: string, logoFile: string): string | null {
  const db = getDb();
  const row = requireEditable(db, actor, productId);
  db.update(products)
    .set({ logoFile, status: afterEdit(row.status), updatedAt: new Date().toISOString() })
    .where(eq(products.id, productId))
    .run();
  writeAudit(db, { actorId: actor.userId, actorLabel: actor.email, organisationId: row.organisationId, productId, action: "product.logo-changed" });
  return row.logoFile;
}

/**
 * Replaces the self-assessment of one claimed BB, or only the answers to the requirements in `scope`
 * (one section of the spec), leaving the others as they are. Answers must name requirements of that
 * BB's spec, and of the scope when one is given.
 * The claim's evidence goes back to "self-reported": a reviewer checked the old answers, not these.
 * @throws ForbiddenError or RuleError.
 */
export function saveAssessment(actor: Actor, productId: string, bbId: string, answers: AssessmentAnswer[], scope?: string[]): void {
  const db = getDb();
  const spec = getBuildingBlock(bbId);
  db.transaction((tx) => {
    const t = tx as unknown as Db;
    const row = requireEditable(t, actor, productId);
    const claimed = tx
      .select()
      .from(productBbs)
      .where(and(eq(productBbs.productId, productId), eq(productBbs.bbId, bbId)))
      .get();
    if (!claimed || !spec) throw new RuleError("This product does not claim that Building Block.");
    const known = new Set(spec.requirements.map((r) => r.id));
    const inScope = scope ? new Set(scope.filter((id) => known.has(id))) : known;
    const unknown = answers.find((a) => !inScope.has(a.requirementId));
    if (unknown) throw new RuleError(`${unknown.requirementId} is not a requirement of ${spec.title}${scope ? " in this section" : ""}.`);
    tx.delete(productAssessments)
      .where(
        and(
          eq(productAssessments.productId, productId),
          eq(productAssessments.bbId, bbId),
          ...(scope ? [inArray(productAssessments.requirementId, [...inScope])] : []),
        ),
      )
      .run();
    if (answers.length)
      tx.insert(productAssessments)
        .values(answers.map((a) => ({ ...a, productId, bbId })))
        .run();
    tx.update(productBbs)
      .set({ evidence: "self-reported" })
      .where(and(eq(productBbs.productId, productId), eq(productBbs.bbId, bbId)))
      .run();
    tx.update(products)
      .set({ status: afterEdit(row.status), updatedAt: new Date().toISOString() })
      .where(eq(products.id, productId))
      .run();
    writeAudit(t, {
      actorId: actor.userId,
      actorLabel: actor.email,
      organisationId: row.organisationId,
      productId,
      action: "assessment.saved",
      detail: { bbId, answers: answers.length, ...(scope ? { requirements: scope.length } : {}) },
    });
  });
}

/** What still blocks a submission, as messages a vendor can act on (empty when ready). */
export function submissionProblems(snapshot: ProductSnapshot): string[] {
  const problems: string[] = [];
  if (!snapshot.bbs.length) problems.push("Claim at least one Building Block.");
  for (const claim of snapshot.bbs) {
    const spec = getBuildingBlock(claim.bbId);
    if (!spec) continue;
    const answered = new Map(claim.assessments.map((a) => [a.requirementId, a.status]));
    const missing = spec.requirements.filter((r) => r.level === "REQUIRED" && !["met", "not_met"].includes(answered.get(r.id) ?? ""));
    if (missing.length)
      problems.push(
        `${spec.title}: answer “met” or “not met” for ${missing.length} required requirement${missing.length === 1 ? "" : "s"} (${missing.map((r) => r.id).join(", ")}).`,
      );
  }
  return problems;
}

/**
 * Freezes the working copy as a new version and puts it in the review queue.
 * @throws ForbiddenError, or RuleError listing what is missing.
 */
export function submitForReview(actor: Actor, productId: string): number {
  const db = getDb();
  return db.transaction((tx) => {
    const t = tx as unknown as Db;
    const row = requireEditable(t, actor, productId);
    if (!canSubmitProduct(actor, true, row.status)) throw new RuleError("There are no changes to submit: this version is already published.");
    const snapshot = readProductSnapshot(t, productId)!;
    const problems = submissionProblems(snapshot);
    if (problems.length) throw new RuleError(problems.join(" "));
    const number =
      (tx
        .select({ n: sql<number>`coalesce(max(${productVersions.number}), 0)` })
        .from(productVersions)
        .where(eq(productVersions.productId, productId))
        .get()?.n ?? 0) + 1;
    const now = new Date().toISOString();
    tx.insert(productVersions)
      .values({ id: randomUUID(), productId, number, snapshot: JSON.stringify(snapshot), status: "submitted", submittedBy: actor.userId, submittedAt: now })
      .run();
    tx.update(products).set({ status: "submitted", updatedAt: now }).where(eq(products.id, productId)).run();
    writeAudit(t, {
      actorId: actor.userId,
      actorLabel: actor.email,
      organisationId: row.organisationId,
      productId,
      action: "product.submitted",
      detail: { version: number },
    });
    return number;
  });
}

/**
 * Takes the latest version back out of the review queue before a reviewer decides: the version is
 * marked "withdrawn" (kept, so version numbers and the history stay intact), the product returns
 * to draft with its working copy untouched, and a published listing, if any, stays as it is.
 * @returns the withdrawn version's number.
 * @throws ForbiddenError unless the actor is a member of the product's organisation, or RuleError
 * when nothing waits for review (e.g. a reviewer decided first).
 */
export function withdrawSubmission(actor: Actor, productId: string): number {
  const db = getDb();
  return db.transaction((tx) => {
    const t = tx as unknown as Db;
    const row = tx.select({ orgId: products.organisationId, status: products.status }).from(products).where(eq(products.id, productId)).get();
    const member = !!row && memberOrgIds(t, actor).includes(row.orgId);
    if (!row || !member) throw new ForbiddenError();
    const latest = tx
      .select({ id: productVersions.id, number: productVersions.number, status: productVersions.status })
      .from(productVersions)
      .where(eq(productVersions.productId, productId))
      .orderBy(desc(productVersions.number))
      .get();
    if (!canWithdrawSubmission(actor, member, row.status, latest?.status)) {
      throw new RuleError(
        latest && latest.status !== "submitted" && latest.status !== "withdrawn"
          ? `A reviewer has already decided on version ${latest.number}, so it can no longer be withdrawn. Their decision is shown on this page.`
          : "This product is not waiting for review, so there is nothing to withdraw. You can edit it and submit it when ready.",
      );
    }
    const now = new Date().toISOString();
    tx.update(productVersions).set({ status: "withdrawn", decidedBy: actor.userId, decidedAt: now }).where(eq(productVersions.id, latest!.id)).run();
    tx.update(products).set({ status: "draft", updatedAt: now }).where(eq(products.id, productId)).run();
    writeAudit(t, {
      actorId: actor.userId,
      actorLabel: actor.email,
      organisationId: row.orgId,
      productId,
      action: "product.withdrawn",
      detail: { version: latest!.number },
    });
    return latest!.number;
  });
}

/**
 * Deletes a product that was never published and is not in review, with its claims, answers,
 * deployments and versions (by cascade). The audit log keeps an entry naming it.
 * @returns the logo file to remove from the upload folder, if the product had one.
 * @throws ForbiddenError unless the actor is a member of the product's organisation, or RuleError.
 */
export function deleteDraftProduct(actor: Actor, productId: string): { logoFile: string | null } {
  const db = getDb();
  return db.transaction((tx) => {
    const t = tx as unknown as Db;
    const row = tx.select().from(products).where(eq(products.id, productId)).get();
    const member = !!row && memberOrgIds(t, actor).includes(row.organisationId);
    if (!row || !member) throw new ForbiddenError();
    const state = deletionState(t, productId, row.status);
    if (state.everPublished)
      throw new RuleError(
        "This product has been published, so it cannot be deleted here. Its public listing stays; you can keep editing it and submit changes.",
      );
    if (state.inReview) throw new RuleError("This product is waiting for review. Withdraw it from review first, then delete it.");
    if (!canDeleteProduct(actor, member, state)) throw new ForbiddenError();
    tx.delete(products).where(eq(products.id, productId)).run();
    writeAudit(t, {
      actorId: actor.userId,
      actorLabel: actor.email,
      organisationId: row.organisationId,
      productId,
      action: "product.deleted",
      detail: { name: row.name },
    });
    return { logoFile: row.logoFile };
  });
}

/** Whether the actor may see reviewer pages (kept here so pages need one import). */
export { canReview };
