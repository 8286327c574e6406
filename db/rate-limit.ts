import { createHash } from "node:crypto";
import { eq, lt, sql } from "drizzle-orm";
import { getDb, type Db } from "./client";
import { rateLimits } from "./schema";

const keyOf = (parts: string[]) => createHash("sha256").update(parts.join("\u0000")).digest("base64url");

/**
 * Counts one attempt against a fixed-window limit stored in SQLite (shared by every server process).
 * Keys are hashed so no raw IP address or email is stored.
 * @returns allowed=false once more than `max` attempts fell in the current window.
 */
export function hitRateLimit(parts: string[], max: number, windowMs: number, db: Db = getDb()): { allowed: boolean; retryAfterS: number } {
  const key = keyOf(parts);
  const now = Date.now();
  const row = db
    .insert(rateLimits)
    .values({ key, count: 1, resetAt: now + windowMs })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        count: sql`case when ${rateLimits.resetAt} <= ${now} then 1 else ${rateLimits.count} + 1 end`,
        resetAt: sql`case when ${rateLimits.resetAt} <= ${now} then ${now + windowMs} else ${rateLimits.resetAt} end`,
      },
    })
    .returning()
    .get();
  // Occasionally drop expired windows so the table stays small.
  if (Math.random() < 0.02) db.delete(rateLimits).where(lt(rateLimits.resetAt, now)).run();
  return { allowed: row.count <= max, retryAfterS: Math.max(1, Math.ceil((row.resetAt - now) / 1000)) };
}

/** Forgets one limit, e.g. the failed sign-in count once the right password was given. */
export function resetRateLimit(parts: string[], db: Db = getDb()): void {
  db.delete(rateLimits)
    .where(eq(rateLimits.key, keyOf(parts)))
    .run();
  db.delete(rateLimits)
    .where(eq(rateLimits.key, keyOf([...parts, "\u0000wait"])))
    .run();
}

/** How failures slow a key down: from the `free`-th failure on, each one makes the key wait twice as long as the last. */
export type BackoffRule = { free: number; baseMs: number; capMs: number; forgetMs: number };

/**
 * Seconds until the next attempt under `parts` may be made after earlier failures (0 = go ahead).
 * Growing delays instead of a lock-out: whoever is slowed down can always try again later.
 */
export function backoffWait(parts: string[], db: Db = getDb()): number {
  const row = db
    .select()
    .from(rateLimits)
    .where(eq(rateLimits.key, keyOf([...parts, "\u0000wait"])))
    .get();
  const left = row ? row.resetAt - Date.now() : 0;
  return left > 0 ? Math.ceil(left / 1000) : 0;
}

/**
 * Records one failure under `parts`. Failures are forgotten `forgetMs` after the last one; the `free`-th
 * failure makes the key wait baseMs before its next attempt, the next 2×baseMs, then 4×baseMs … up to capMs.
 * @returns the failures counted so far.
 */
export function recordBackoffFailure(parts: string[], rule: BackoffRule, db: Db = getDb()): number {
  const now = Date.now();
  const row = db
    .insert(rateLimits)
    .values({ key: keyOf(parts), count: 1, resetAt: now + rule.forgetMs })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        count: sql`case when ${rateLimits.resetAt} <= ${now} then 1 else ${rateLimits.count} + 1 end`,
        resetAt: sql`${now + rule.forgetMs}`,
      },
    })
    .returning()
    .get();
  const over = row.count - rule.free + 1;
  if (over > 0) {
    const waitMs = Math.min(rule.capMs, rule.baseMs * 2 ** Math.min(over - 1, 30));
    const waitKey = keyOf([...parts, "\u0000wait"]);
    db.insert(rateLimits)
      .values({ key: waitKey, count: row.count, resetAt: now + waitMs })
      .onConflictDoUpdate({ target: rateLimits.key, set: { count: row.count, resetAt: now + waitMs } })
      .run();
  }
  return row.count;
}

/**
 * Takes back one failure recorded under `parts` (an attempt counted in advance turned out right), and
 * lifts the key's wait if the count falls below the free allowance again.
 */
export function undoBackoffFailure(parts: string[], rule: BackoffRule, db: Db = getDb()): void {
  const key = keyOf(parts);
  const row = db
    .update(rateLimits)
    .set({ count: sql`max(${rateLimits.count} - 1, 0)` })
    .where(eq(rateLimits.key, key))
    .returning()
    .get();
  if (row && row.count < rule.free)
    db.delete(rateLimits)
      .where(eq(rateLimits.key, keyOf([...parts, "\u0000wait"])))
      .run();
}
