import "server-only";
import { createHash } from "node:crypto";
import { eq, lt, sql } from "drizzle-orm";
import { getDb } from "./client";
import { rateLimits } from "./schema";

const keyOf = (parts: string[]) => createHash("sha256").update(parts.join("\u0000")).digest("base64url");

/**
 * Counts one attempt against a fixed-window limit stored in SQLite (shared by every server process).
 * Keys are hashed so no raw IP address or email is stored.
 * @returns allowed=false once more than `max` attempts fell in the current window.
 */
export function hitRateLimit(parts: string[], max: number, windowMs: number): { allowed: boolean; retryAfterS: number } {
  const db = getDb();
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
export function resetRateLimit(parts: string[]): void {
  getDb().delete(rateLimits).where(eq(rateLimits.key, keyOf(parts))).run();
}
