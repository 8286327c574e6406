import "server-only";
import { randomUUID } from "node:crypto";
import { and, desc, eq, inArray, isNotNull, lt, or, sql } from "drizzle-orm";
import { getDb } from "./client";
import { FEEDBACK_STATUSES, specFeedback } from "./schema";

export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];
export type FeedbackItem = typeof specFeedback.$inferSelect;
/** Statuses that still need work; these make the public "open feedback" count. */
export const OPEN_FEEDBACK_STATUSES: FeedbackStatus[] = ["new", "accepted"];
/** Name and email on feedback are erased this long after it was sent (see the privacy notice). */
export const FEEDBACK_CONTACT_RETENTION_DAYS = 365;

/** Stores feedback from a visitor. @returns its id. */
export function createFeedback(input: {
  bbId: string;
  target: string;
  comment: string;
  name?: string;
  email?: string;
  consentToContact: boolean;
}): string {
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

/** Staff only (the caller checks): feedback, newest first, optionally for one spec and/or status. */
export function listFeedback(filter: { bbId?: string; status?: FeedbackStatus } = {}): FeedbackItem[] {
  eraseExpiredContacts();
  const where = and(
    filter.bbId ? eq(specFeedback.bbId, filter.bbId) : undefined,
    filter.status ? eq(specFeedback.status, filter.status) : undefined,
  );
  return getDb().select().from(specFeedback).where(where).orderBy(desc(specFeedback.createdAt)).all();
}

/** Staff only: counts per spec and status, for the reviewer overview. */
export function feedbackCounts(): { bbId: string; status: FeedbackStatus; n: number }[] {
  return getDb()
    .select({ bbId: specFeedback.bbId, status: specFeedback.status, n: sql<number>`count(*)` })
    .from(specFeedback)
    .groupBy(specFeedback.bbId, specFeedback.status)
    .all();
}

/** Staff only: sets the status and reply. @returns false when the feedback does not exist. */
export function updateFeedback(id: string, change: { status: FeedbackStatus; reply?: string }): boolean {
  const result = getDb()
    .update(specFeedback)
    .set({ status: change.status, reply: change.reply ?? null, updatedAt: new Date().toISOString() })
    .where(eq(specFeedback.id, id))
    .run();
  return result.changes > 0;
}
