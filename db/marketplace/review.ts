import "server-only";
import { and, asc, count, desc, eq, inArray } from "drizzle-orm";
import { assertStaff } from "../auth/require-staff-role";
import type { Actor } from "../../lib/marketplace/authz";
import { getDb, type Db } from "../client";
import { getBuildingBlock } from "../../lib/content/building-blocks";
import { sendMail } from "../mail";
import { auditLog, listings, organisationMembers, organisations, productBbs, products, productVersions, reviewComments, user } from "../schema";
import { writeAudit } from "./core/audit";
import { publishSnapshot } from "./core/publish";
import { ForbiddenError, RuleError, type ProductSnapshot } from "./core/types";

export type Decision = "approve" | "request_changes" | "reject";

/** Submissions waiting for a decision, oldest first. @throws ForbiddenError for non-reviewers. */
export function listReviewQueue(actor: Actor | null) {
  assertStaff(actor);
  return getDb()
    .select({
      versionId: productVersions.id,
      number: productVersions.number,
      submittedAt: productVersions.submittedAt,
      productName: products.name,
      organisationName: organisations.name,
      published: listings.versionNumber,
    })
    .from(productVersions)
    .innerJoin(products, eq(products.id, productVersions.productId))
    .innerJoin(organisations, eq(organisations.id, products.organisationId))
    .leftJoin(listings, eq(listings.productId, products.id))
    .where(eq(productVersions.status, "submitted"))
    .orderBy(asc(productVersions.submittedAt))
    .all();
}

/** One submission with the currently published version for comparison. @throws ForbiddenError. */
export function getSubmission(actor: Actor | null, versionId: string) {
  assertStaff(actor);
  const db = getDb();
  const version = db.select().from(productVersions).where(eq(productVersions.id, versionId)).get();
  if (!version) return undefined;
  const listing = db
    .select({ detail: listings.detail, versionNumber: listings.versionNumber })
    .from(listings)
    .where(eq(listings.productId, version.productId))
    .get();
  return {
    versionId: version.id,
    number: version.number,
    status: version.status,
    reason: version.reason,
    submittedAt: version.submittedAt,
    snapshot: JSON.parse(version.snapshot) as ProductSnapshot,
    published: listing ? { versionNumber: listing.versionNumber, snapshot: JSON.parse(listing.detail) as ProductSnapshot } : null,
  };
}

/**
 * Decides on a submitted version. Approving publishes exactly the submitted snapshot (with the BBs
 * the reviewer checked marked "reviewer-verified"); the other decisions return it to the vendor.
 * Per-requirement comments must name requirements the submission claims. The organisation's members
 * get a message with the decision (through the mail outbox); `origin` makes its link absolute.
 * @throws ForbiddenError (not a reviewer, or a member of the vendor's organisation) or RuleError.
 */
export function decideSubmission(
  actor: Actor | null,
  versionId: string,
  input: { decision: Decision; reason: string; verifiedBbs: string[]; comments?: RequirementComment[] },
  origin = "",
): { affectedBbs: string[] } {
  assertStaff(actor);
  const db = getDb();
  // Every BB whose spec page lists this product before or after the decision (so those pages can be refreshed).
  const affected = new Set<string>();
  let notify: { productId: string; organisationId: string; name: string; number: number; comments: number } | undefined;
  db.transaction((tx) => {
    const t = tx as unknown as Db;
    const version = tx.select().from(productVersions).where(eq(productVersions.id, versionId)).get();
    if (!version) throw new RuleError("This submission does not exist.");
    if (version.status === "withdrawn") throw new RuleError("The vendor withdrew this submission before a decision. It is no longer in the review queue.");
    if (version.status !== "submitted") throw new RuleError("A decision has already been made on this submission.");
    const product = tx.select().from(products).where(eq(products.id, version.productId)).get()!;
    const ownOrg = tx
      .select({ id: organisationMembers.userId })
      .from(organisationMembers)
      .where(and(eq(organisationMembers.organisationId, product.organisationId), eq(organisationMembers.userId, actor.userId)))
      .get();
    if (ownOrg) throw new ForbiddenError("You cannot review a product of your own organisation.");
    if (input.decision !== "approve" && input.reason.trim().length < 5) throw new RuleError("Give a reason the vendor can act on.", "reason");
    const snapshotForComments = JSON.parse(version.snapshot) as ProductSnapshot;
    const comments = (input.comments ?? []).filter((c) => c.comment.trim());
    for (const c of comments) {
      const claimed = snapshotForComments.bbs.some((b) => b.bbId === c.bbId);
      const spec = claimed ? getBuildingBlock(c.bbId) : undefined;
      if (!spec?.requirements.some((r) => r.id === c.requirementId))
        throw new RuleError(`${c.requirementId} is not a requirement this submission answers.`, `comment.${c.bbId}.${c.requirementId}`);
    }
    const now = new Date().toISOString();
    if (comments.length) {
      tx.insert(reviewComments)
        .values(
          comments.map((c) => ({ versionId, bbId: c.bbId, requirementId: c.requirementId, comment: c.comment.trim(), authorId: actor.userId, createdAt: now })),
        )
        .run();
    }
    notify = { productId: product.id, organisationId: product.organisationId, name: product.name, number: version.number, comments: comments.length };
    const statusFor = { approve: "approved", request_changes: "changes_requested", reject: "rejected" } as const;
    tx.update(productVersions)
      .set({ status: statusFor[input.decision], decidedBy: actor.userId, decidedAt: now, reason: input.reason.trim() || null })
      .where(eq(productVersions.id, versionId))
      .run();
    const claimedBbs = () => tx.select({ bbId: productBbs.bbId }).from(productBbs).where(eq(productBbs.productId, product.id)).all();
    for (const { bbId } of claimedBbs()) affected.add(bbId);
    if (input.decision === "approve") {
      const snapshot = JSON.parse(version.snapshot) as ProductSnapshot;
      for (const claim of snapshot.bbs) affected.add(claim.bbId);
      const verified = new Set(input.verifiedBbs.filter((id) => snapshot.bbs.some((b) => b.bbId === id)));
      for (const claim of snapshot.bbs) if (verified.has(claim.bbId) && claim.evidence === "self-reported") claim.evidence = "reviewer-verified";
      if (verified.size) {
        tx.update(productBbs)
          .set({ evidence: "reviewer-verified" })
          .where(and(eq(productBbs.productId, product.id), inArray(productBbs.bbId, [...verified]), eq(productBbs.evidence, "self-reported")))
          .run();
      }
      publishSnapshot(db, snapshot, version.number, now);
      tx.update(products).set({ status: "published", updatedAt: now }).where(eq(products.id, product.id)).run();
    } else {
      tx.update(products)
        .set({ status: input.decision === "reject" ? "rejected" : "changes_requested", updatedAt: now })
        .where(eq(products.id, product.id))
        .run();
    }
    writeAudit(t, {
      actorId: actor.userId,
      actorLabel: actor.email,
      organisationId: product.organisationId,
      productId: product.id,
      action: `review.${input.decision}`,
      detail: { version: version.number, reason: input.reason.trim() || undefined, verifiedBbs: [...input.verifiedBbs] },
    });
    for (const { bbId } of claimedBbs()) affected.add(bbId);
  });
  if (notify) notifyVendor(db, notify, input.decision, input.reason.trim(), origin);
  return { affectedBbs: [...affected].sort() };
}

/** The audit log, newest first, 50 a page. @throws ForbiddenError for non-reviewers. */
export function listAuditLog(actor: Actor | null, page = 1) {
  assertStaff(actor);
  const db = getDb();
  const pageSize = 50;
  const total = db.select({ n: count() }).from(auditLog).get()?.n ?? 0;
  const rows = db
    .select({ id: auditLog.id, at: auditLog.at, actor: auditLog.actorLabel, action: auditLog.action, detail: auditLog.detail, productName: products.name })
    .from(auditLog)
    .leftJoin(products, eq(products.id, auditLog.productId))
    .orderBy(desc(auditLog.id))
    .limit(pageSize)
    .offset((Math.max(1, page) - 1) * pageSize)
    .all();
  return { rows, total, page, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

export type RequirementComment = { bbId: string; requirementId: string; comment: string };

const DECISION_WORDS: Record<Decision, string> = {
  approve: "approved and published",
  request_changes: "returned to you with a request for changes",
  reject: "rejected",
};

/** Tells every member of the vendor's organisation about a decision (at most 20 messages). */
function notifyVendor(
  db: Db,
  n: { productId: string; organisationId: string; name: string; number: number; comments: number },
  decision: Decision,
  reason: string,
  origin: string,
) {
  const members = db
    .select({ email: user.email })
    .from(organisationMembers)
    .innerJoin(user, eq(user.id, organisationMembers.userId))
    .where(eq(organisationMembers.organisationId, n.organisationId))
    .limit(20)
    .all();
  const text = [
    `A reviewer has decided on ${n.name} version ${n.number}: it was ${DECISION_WORDS[decision]}.`,
    reason ? `\nTheir comment:\n${reason}` : "",
    n.comments ? `\nThey also commented on ${n.comments} requirement${n.comments === 1 ? "" : "s"}.` : "",
    `\nSee the decision${n.comments ? " and the comments" : ""} on your product page:\n${origin}/vendor/products/${n.productId}`,
  ].join("");
  for (const m of members) sendMail({ to: m.email, subject: `Review decision: ${n.name} version ${n.number}`, text, kind: "review-decision" }, db);
}
