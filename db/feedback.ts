import "server-only";
import { randomUUID } from "node:crypto";
import { and, desc, eq, inArray, isNotNull, lt, or, sql } from "drizzle-orm";
import { assertStaff, type Caller } from "./auth/require-staff-role";
import { getDb } from "./client";
import { sendMail } from "./mail";
import { FEEDBACK_STATUSES, specFeedback } from "./schema";

export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];
export type FeedbackItem = typeof specFeedback.$inferSelect;
/** Statuses that still need work; these make the public "open feedback" count. */
export const OPEN_FEEDBACK_STATUSES: FeedbackStatus[] = ["new", "accepted"];
/** Name and email on feedback are erased this long after it was sent (see the privacy notice). */
export const FEEDBACK_CONTACT_RETENTION_DAYS = 365;

/** Stores feedback from a visitor. @returns its id. */
export function createFeedback(input: { bbId: string; target: string; comment: string; name?: string; email?: string; consentToContact: boolean }): string {
  const now = new Date().toISOString();
  const id = randomUUID();
  getDb()
    .insert(specFeedback)
    .values({ id, ...input, name: input.name ?? null, email: input.email ?? null, createdAt: now, updatedAt: now })
    .run();
  return id;
}

/** Public: how many pieces of feedback on a specification are open (new or accepted). */
export async function countOpenFeedback(bbId: string): Promise<number> {
  const row = getDb()
    .select({ n: sql<number>`count(*)` })
    .from(specFeedback)
    .where(and(eq(specFeedback.bbId, bbId), inArray(specFeedback.status, OPEN_FEEDBACK_STATUSES)))
    .get();
  return row?.n ?? 0;
}

/** Erases names and emails older than the retention period. */
export function eraseExpiredContacts(): void {
  const cutoff = new Date(Date.now() - FEEDBACK_CONTACT_RETENTION_DAYS * 86_400_000).toISOString();
  getDb()
    .update(specFeedback)
    .set({ name: null, email: null, consentToContact: false })
    .where(and(lt(specFeedback.createdAt, cutoff), or(isNotNull(specFeedback.name), isNotNull(specFeedback.email))))
    .run();
}

/** Staff only: feedback, newest first, optionally for one spec and/or status. */
export function listFeedback(caller: Caller, filter: { bbId?: string; status?: FeedbackStatus } = {}): FeedbackItem[] {
  assertStaff(caller);
  eraseExpiredContacts();
  const where = and(filter.bbId ? eq(specFeedback.bbId, filter.bbId) : undefined, filter.status ? eq(specFeedback.status, filter.status) : undefined);
  return getDb().select().from(specFeedback).where(where).orderBy(desc(specFeedback.createdAt)).all();
}

/** Staff only: counts per spec and status, for the reviewer overview. */
export function feedbackCounts(caller: Caller): { bbId: string; status: FeedbackStatus; n: number }[] {
  assertStaff(caller);
  return getDb()
    .select({ bbId: specFeedback.bbId, status: specFeedback.status, n: sql<number>`count(*)` })
    .from(specFeedback)
    .groupBy(specFeedback.bbId, specFeedback.status)
    .all();
}

/** What a submitter is told when staff reply: where to read it, in the public review log. */
export type ReplyNotice = { bbTitle: string; logUrl: string };

/**
 * Staff only: sets the status and reply. When the reply is new or changed, the feedback is no longer "new",
 * and the submitter left an email and agreed to be contacted, they are sent the reply (through the outbox).
 * @returns false when the feedback does not exist.
 */
export function updateFeedback(
  caller: Caller,
  id: string,
  change: { status: FeedbackStatus; reply?: string },
  notice?: (bbId: string) => ReplyNotice,
): boolean {
  assertStaff(caller);
  const db = getDb();
  const before = db.select().from(specFeedback).where(eq(specFeedback.id, id)).get();
  if (!before) return false;
  const reply = change.reply ?? null;
  db.update(specFeedback).set({ status: change.status, reply, updatedAt: new Date().toISOString() }).where(eq(specFeedback.id, id)).run();
  // Mail when a reply first becomes public (leaving "new") or its text changes, not on every save.
  const replyIsNews = reply !== null && (reply !== before.reply || before.status === "new");
  if (notice && replyIsNews && change.status !== "new" && before.email && before.consentToContact) {
    const { bbTitle, logUrl } = notice(before.bbId);
    sendMail(
      {
        to: before.email,
        subject: `Reply to your feedback on the ${bbTitle} specification`,
        text: [
          `Thank you for your feedback on the ${bbTitle} specification. A reviewer has marked it "${change.status}" and replied:`,
          "",
          reply.replace(/^/gm, "> "),
          "",
          `Your comment and this reply are in the specification's public review log, without your name or email:`,
          logUrl,
        ].join("\n"),
        kind: "feedback-reply",
      },
      db,
    );
  }
  return true;
}

/** Feedback statuses that appear in a specification's public review log. */
export const REVIEWED_FEEDBACK_STATUSES: FeedbackStatus[] = ["accepted", "declined", "done"];
/** The public log shows at most this many entries per specification (newest first). */
export const REVIEW_LOG_LIMIT = 200;

/** One line of the public review log: never the submitter's name, email or consent. */
export type ReviewLogEntry = Pick<FeedbackItem, "id" | "target" | "comment" | "status" | "reply" | "createdAt" | "updatedAt">;

/** Public: reviewed feedback on one specification with the reviewers' replies, newest decision first. */
export function listReviewLog(bbId: string, limit = REVIEW_LOG_LIMIT): ReviewLogEntry[] {
  return getDb()
    .select({
      id: specFeedback.id,
      target: specFeedback.target,
      comment: specFeedback.comment,
      status: specFeedback.status,
      reply: specFeedback.reply,
      createdAt: specFeedback.createdAt,
      updatedAt: specFeedback.updatedAt,
    })
    .from(specFeedback)
    .where(and(eq(specFeedback.bbId, bbId), inArray(specFeedback.status, REVIEWED_FEEDBACK_STATUSES)))
    .orderBy(desc(specFeedback.updatedAt))
    .limit(Math.min(Math.max(limit, 1), REVIEW_LOG_LIMIT))
    .all();
}
