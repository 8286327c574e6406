import "server-only";
import { and, asc, eq, ne } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import { assertStaff } from "../auth/require-staff-role";
import type { Actor } from "../../lib/marketplace/authz";
import { getDb, type Db } from "../client";
import { sendMail } from "../mail";
import { listingClaims, listings, organisationMembers, organisations, products, user } from "../schema";
import { writeAudit } from "./core/audit";
import { publishSnapshot } from "./core/publish";
import { readProductSnapshot } from "./core/snapshot";
import { ForbiddenError, RuleError } from "./core/types";

// Seeded listings belong to nobody. A vendor organisation asks to take one over; a reviewer checks
// the request (is this really the product's maker or maintainer?) and approves or rejects it.

const isMemberOf = (db: Db, userId: string, organisationId: string) =>
  !!db
    .select({ id: organisationMembers.userId })
    .from(organisationMembers)
    .where(and(eq(organisationMembers.organisationId, organisationId), eq(organisationMembers.userId, userId)))
    .get();

/** A seeded listing that can be claimed, by slug, or undefined. */
export function getClaimableProduct(slug: string) {
  return getDb()
    .select({ id: products.id, slug: products.slug, name: products.name, organisationName: organisations.name })
    .from(products)
    .innerJoin(organisations, eq(organisations.id, products.organisationId))
    .where(and(eq(products.slug, slug), eq(products.isSeed, true)))
    .get();
}

/**
 * Records a request by one of the actor's organisations to take over a seeded listing.
 * @throws ForbiddenError when the actor is not a member of the organisation; RuleError when the listing
 * is not seed data or the organisation already asked.
 */
export function requestClaim(actor: Actor, input: { productSlug: string; organisationId: string; message: string }): string {
  const db = getDb();
  return db.transaction((tx) => {
    const t = tx as unknown as Db;
    if (!isMemberOf(t, actor.userId, input.organisationId)) throw new ForbiddenError("You are not a member of that organisation.");
    const product = tx.select().from(products).where(eq(products.slug, input.productSlug)).get();
    if (!product || !product.isSeed) throw new RuleError("Only listings marked as seed data can be claimed.", "productSlug");
    const open = tx
      .select({ id: listingClaims.id })
      .from(listingClaims)
      .where(and(eq(listingClaims.productId, product.id), eq(listingClaims.organisationId, input.organisationId), eq(listingClaims.status, "pending")))
      .get();
    if (open) throw new RuleError("Your organisation has already asked to take over this listing. A reviewer will answer.", "organisationId");
    const id = randomUUID();
    tx.insert(listingClaims)
      .values({
        id,
        productId: product.id,
        organisationId: input.organisationId,
        requestedBy: actor.userId,
        message: input.message,
        createdAt: new Date().toISOString(),
      })
      .run();
    writeAudit(t, { actorId: actor.userId, actorLabel: actor.email, organisationId: input.organisationId, productId: product.id, action: "claim.requested" });
    return id;
  });
}

/** The actor's organisations' claims, newest first. */
export function listMyClaims(actor: Actor) {
  return getDb()
    .select({
      id: listingClaims.id,
      status: listingClaims.status,
      reason: listingClaims.reason,
      createdAt: listingClaims.createdAt,
      productName: products.name,
      productSlug: products.slug,
      organisationName: organisations.name,
    })
    .from(listingClaims)
    .innerJoin(organisationMembers, and(eq(organisationMembers.organisationId, listingClaims.organisationId), eq(organisationMembers.userId, actor.userId)))
    .innerJoin(products, eq(products.id, listingClaims.productId))
    .innerJoin(organisations, eq(organisations.id, listingClaims.organisationId))
    .orderBy(asc(listingClaims.createdAt))
    .all()
    .reverse();
}

/** Claims waiting for a reviewer, oldest first. @throws ForbiddenError for non-reviewers. */
export function listPendingClaims(actor: Actor | null) {
  assertStaff(actor);
  return getDb()
    .select({
      id: listingClaims.id,
      message: listingClaims.message,
      createdAt: listingClaims.createdAt,
      productName: products.name,
      productSlug: products.slug,
      organisationName: organisations.name,
      organisationWebsite: organisations.website,
      requesterEmail: user.email,
    })
    .from(listingClaims)
    .innerJoin(products, eq(products.id, listingClaims.productId))
    .innerJoin(organisations, eq(organisations.id, listingClaims.organisationId))
    .leftJoin(user, eq(user.id, listingClaims.requestedBy))
    .where(eq(listingClaims.status, "pending"))
    .orderBy(asc(listingClaims.createdAt))
    .all();
}

/**
 * Approves or rejects a claim. Approving moves the product to the claiming organisation, drops its
 * seed mark (on the working copy and the public listing, which otherwise stays as published) and
 * rejects the other open claims on it. The requester is told by mail.
 * @throws ForbiddenError for non-reviewers and for members of the claiming organisation; RuleError.
 */
export function decideClaim(actor: Actor | null, claimId: string, input: { approve: boolean; reason: string }, origin = ""): { productSlug: string } {
  assertStaff(actor);
  const db = getDb();
  const result = db.transaction((tx) => {
    const t = tx as unknown as Db;
    const claim = tx.select().from(listingClaims).where(eq(listingClaims.id, claimId)).get();
    if (!claim) throw new RuleError("This claim does not exist.");
    if (claim.status !== "pending") throw new RuleError("A decision has already been made on this claim.");
    if (isMemberOf(t, actor.userId, claim.organisationId)) throw new ForbiddenError("You cannot decide on a claim by your own organisation.");
    if (!input.approve && input.reason.trim().length < 5) throw new RuleError("Give the vendor a reason they can act on.", "reason");
    const product = tx.select().from(products).where(eq(products.id, claim.productId)).get()!;
    if (input.approve && !product.isSeed) throw new RuleError("This listing has already been claimed.");
    const now = new Date().toISOString();
    tx.update(listingClaims)
      .set({ status: input.approve ? "approved" : "rejected", decidedBy: actor.userId, decidedAt: now, reason: input.reason.trim() || null })
      .where(eq(listingClaims.id, claimId))
      .run();
    if (input.approve) {
      tx.update(products).set({ organisationId: claim.organisationId, isSeed: false, updatedAt: now }).where(eq(products.id, product.id)).run();
      tx.update(listingClaims)
        .set({ status: "rejected", decidedBy: actor.userId, decidedAt: now, reason: "Another organisation's claim on this listing was approved." })
        .where(and(eq(listingClaims.productId, product.id), eq(listingClaims.status, "pending"), ne(listingClaims.id, claimId)))
        .run();
      const listing = tx.select({ n: listings.versionNumber, at: listings.publishedAt }).from(listings).where(eq(listings.productId, product.id)).get();
      // The same connection as the transaction (better-sqlite3), so this joins it.
      if (listing) publishSnapshot(db, readProductSnapshot(t, product.id)!, listing.n, listing.at);
    }
    writeAudit(t, {
      actorId: actor.userId,
      actorLabel: actor.email,
      organisationId: claim.organisationId,
      productId: product.id,
      action: input.approve ? "claim.approved" : "claim.rejected",
      detail: { reason: input.reason.trim() || undefined },
    });
    return { claim, product };
  });
  const requester = db.select({ email: user.email }).from(user).where(eq(user.id, result.claim.requestedBy)).get();
  if (requester) {
    sendMail(
      {
        to: requester.email,
        subject: `Your claim on ${result.product.name}: ${input.approve ? "approved" : "not approved"}`,
        text: input.approve
          ? `A reviewer approved your organisation's claim on ${result.product.name}. The listing is yours now: correct it and answer the requirements, then submit it for review.\n${origin}/vendor/products/${result.product.id}`
          : `A reviewer did not approve your organisation's claim on ${result.product.name}.\n\nTheir reason:\n${input.reason.trim()}\n\n${origin}/vendor`,
        kind: "claim-decision",
      },
      db,
    );
  }
  return { productSlug: result.product.slug };
}
