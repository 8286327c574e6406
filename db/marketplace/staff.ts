import "server-only";
import { and, count, eq, gt, inArray, isNull } from "drizzle-orm";
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { passwordWeakness } from "../../lib/auth/password-strength";
import { assertStaff } from "../auth/require-staff-role";
import type { Actor } from "../../lib/marketplace/authz";
import { getDb, type Db } from "../client";
import { sendMail } from "../mail";
import {
  account,
  contributorApplications,
  interestExpressions,
  listingClaims,
  productVersions,
  session,
  specFeedback,
  staffInvitations,
  user,
} from "../schema";
import { writeAudit } from "./core/audit";
import { hashPasswordSync, MIN_PASSWORD_LENGTH } from "./core/users";
import { RuleError } from "./core/types";

// The staff workspace: what waits for reviewers, and the admins' list of reviewers and admins with
// emailed invitations. The command-line script stays only for the very first admin.

const INVITATION_DAYS = 7;
const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** How many things wait for staff, per kind. @throws ForbiddenError for non-reviewers. */
export function workspaceCounts(actor: Actor | null) {
  assertStaff(actor);
  const db = getDb();
  const n = (q: { n: number } | undefined) => q?.n ?? 0;
  const monthAgo = new Date(Date.now() - 30 * 24 * 3600_000).toISOString();
  return {
    submissions: n(db.select({ n: count() }).from(productVersions).where(eq(productVersions.status, "submitted")).get()),
    claims: n(db.select({ n: count() }).from(listingClaims).where(eq(listingClaims.status, "pending")).get()),
    feedback: n(db.select({ n: count() }).from(specFeedback).where(eq(specFeedback.status, "new")).get()),
    applications: n(db.select({ n: count() }).from(contributorApplications).where(eq(contributorApplications.status, "new")).get()),
    interest: n(db.select({ n: count() }).from(interestExpressions).where(gt(interestExpressions.createdAt, monthAgo)).get()),
  };
}

/** Reviewers and admins, and invitations not yet accepted. @throws ForbiddenError for non-admins. */
export function listStaff(actor: Actor | null) {
  assertStaff(actor, "admin");
  const db = getDb();
  const people = db
    .select({ id: user.id, email: user.email, name: user.name, role: user.role })
    .from(user)
    .where(inArray(user.role, ["reviewer", "admin"]))
    .orderBy(user.email)
    .all();
  const invitations = db
    .select({
      id: staffInvitations.id,
      email: staffInvitations.email,
      role: staffInvitations.role,
      createdAt: staffInvitations.createdAt,
      expiresAt: staffInvitations.expiresAt,
    })
    .from(staffInvitations)
    .where(and(isNull(staffInvitations.acceptedAt), isNull(staffInvitations.revokedAt)))
    .orderBy(staffInvitations.createdAt)
    .all()
    .map((i) => ({ ...i, expired: i.expiresAt < new Date().toISOString() }));
  return { people, invitations };
}

/**
 * Invites someone as reviewer or admin: creates their account when it does not exist (with no usable
 * password), and mails a link that works once, for 7 days, to set a password and take up the role.
 * An earlier open invitation for the same address is replaced.
 * @throws ForbiddenError for non-admins; RuleError when the person already has that role or higher.
 */
export function inviteStaff(actor: Actor | null, input: { email: string; role: "reviewer" | "admin" }, origin: string): void {
  assertStaff(actor, "admin");
  const db = getDb();
  const email = input.email.trim().toLowerCase();
  const token = randomBytes(32).toString("base64url");
  const now = new Date();
  db.transaction((tx) => {
    let existing = tx.select().from(user).where(eq(user.email, email)).get();
    if (existing && (existing.role === input.role || existing.role === "admin")) {
      throw new RuleError(`${email} is already ${existing.role === "admin" ? "an admin" : "a reviewer"}.`, "email");
    }
    if (!existing) {
      const id = randomUUID();
      // A random password nobody knows: the account cannot be used until the invitation is accepted.
      const unusable = hashPasswordSync(randomBytes(32).toString("hex"));
      tx.insert(user)
        .values({ id, email, name: email.split("@")[0]!, emailVerified: false, role: "vendor", createdAt: now, updatedAt: now })
        .run();
      tx.insert(account)
        .values({ id: randomUUID(), accountId: id, providerId: "credential", userId: id, password: unusable, createdAt: now, updatedAt: now })
        .run();
      existing = tx.select().from(user).where(eq(user.id, id)).get()!;
    }
    tx.update(staffInvitations)
      .set({ revokedAt: now.toISOString() })
      .where(and(eq(staffInvitations.email, email), isNull(staffInvitations.acceptedAt), isNull(staffInvitations.revokedAt)))
      .run();
    tx.insert(staffInvitations)
      .values({
        id: randomUUID(),
        email,
        role: input.role,
        tokenHash: hashToken(token),
        invitedBy: actor.userId,
        userId: existing.id,
        createdAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + INVITATION_DAYS * 24 * 3600_000).toISOString(),
      })
      .run();
    writeAudit(tx as unknown as Db, { actorId: actor.userId, actorLabel: actor.email, action: "staff.invited", detail: { email, role: input.role } });
  });
  sendMail(
    {
      to: email,
      subject: `You are invited to the GovStack Portal as ${input.role === "admin" ? "an admin" : "a reviewer"}`,
      text: `${actor.name || actor.email} invited you to review marketplace listings, feedback and applications on the GovStack Portal${input.role === "admin" ? ", and to manage its reviewers" : ""}.\n\nTo accept, choose your password here:\n${origin}/staff/invitation?token=${token}\n\nThe link works once, for ${INVITATION_DAYS} days. If you did not expect this, ignore it.`,
      kind: "invitation",
    },
    db,
  );
}

/** The open invitation a token belongs to, or undefined when it is unknown, used, revoked or expired. */
export function findInvitation(token: string) {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return undefined;
  return getDb()
    .select({ id: staffInvitations.id, email: staffInvitations.email, role: staffInvitations.role, userId: staffInvitations.userId })
    .from(staffInvitations)
    .where(
      and(
        eq(staffInvitations.tokenHash, hashToken(token)),
        isNull(staffInvitations.acceptedAt),
        isNull(staffInvitations.revokedAt),
        gt(staffInvitations.expiresAt, new Date().toISOString()),
      ),
    )
    .get();
}

/**
 * Accepts an invitation: sets the password and name, gives the role, marks the email verified (the
 * link came to it) and ends other sessions of the account.
 * @throws RuleError when the link no longer works or the password is too short or too easy to guess.
 */
export function acceptInvitation(input: { token: string; name: string; password: string }): { email: string } {
  if (input.password.length < MIN_PASSWORD_LENGTH) throw new RuleError(`Password must be at least ${MIN_PASSWORD_LENGTH} characters`, "password");
  const invitation = findInvitation(input.token);
  if (!invitation) throw new RuleError("This invitation link has expired, was already used or was withdrawn. Ask an admin for a new one.", "form");
  // Staff accounts can publish and delete: their passwords pass the same estimator as vendors'.
  const weakness = passwordWeakness(input.password, [input.name, invitation.email]);
  if (weakness) throw new RuleError(weakness, "password");
  const db = getDb();
  const hash = hashPasswordSync(input.password);
  const now = new Date();
  db.transaction((tx) => {
    tx.update(user).set({ name: input.name, role: invitation.role, emailVerified: true, updatedAt: now }).where(eq(user.id, invitation.userId)).run();
    const credential = tx
      .select({ id: account.id })
      .from(account)
      .where(and(eq(account.userId, invitation.userId), eq(account.providerId, "credential")))
      .get();
    if (credential) tx.update(account).set({ password: hash, updatedAt: now }).where(eq(account.id, credential.id)).run();
    else
      tx.insert(account)
        .values({
          id: randomUUID(),
          accountId: invitation.userId,
          providerId: "credential",
          userId: invitation.userId,
          password: hash,
          createdAt: now,
          updatedAt: now,
        })
        .run();
    tx.delete(session).where(eq(session.userId, invitation.userId)).run();
    tx.update(staffInvitations).set({ acceptedAt: now.toISOString() }).where(eq(staffInvitations.id, invitation.id)).run();
    writeAudit(tx as unknown as Db, {
      actorId: invitation.userId,
      actorLabel: invitation.email,
      action: "staff.invitation-accepted",
      detail: { role: invitation.role },
    });
  });
  return { email: invitation.email };
}

/** Withdraws an invitation that was not accepted yet. @throws ForbiddenError for non-admins. */
export function revokeInvitation(actor: Actor | null, invitationId: string): void {
  assertStaff(actor, "admin");
  const db = getDb();
  db.update(staffInvitations)
    .set({ revokedAt: new Date().toISOString() })
    .where(and(eq(staffInvitations.id, invitationId), isNull(staffInvitations.acceptedAt)))
    .run();
  writeAudit(db, { actorId: actor.userId, actorLabel: actor.email, action: "staff.invitation-revoked", detail: { invitationId } });
}

/**
 * Takes the reviewer or admin role away (the account stays, as a vendor account) and signs the person
 * out everywhere. An admin cannot remove themselves, so at least one admin always remains.
 * @throws ForbiddenError for non-admins; RuleError.
 */
export function removeStaff(actor: Actor | null, userId: string): { email: string } {
  assertStaff(actor, "admin");
  if (userId === actor.userId) throw new RuleError("You cannot remove yourself. Ask another admin.");
  const db = getDb();
  return db.transaction((tx) => {
    const person = tx.select().from(user).where(eq(user.id, userId)).get();
    if (!person || person.role === "vendor") throw new RuleError("This person is not a reviewer or admin.");
    tx.update(user).set({ role: "vendor", updatedAt: new Date() }).where(eq(user.id, userId)).run();
    tx.delete(session).where(eq(session.userId, userId)).run();
    tx.update(staffInvitations)
      .set({ revokedAt: new Date().toISOString() })
      .where(and(eq(staffInvitations.userId, userId), isNull(staffInvitations.acceptedAt)))
      .run();
    writeAudit(tx as unknown as Db, {
      actorId: actor.userId,
      actorLabel: actor.email,
      action: "staff.removed",
      detail: { email: person.email, role: person.role },
    });
    return { email: person.email };
  });
}
