import "server-only";
import { randomUUID } from "node:crypto";
import { desc, lt } from "drizzle-orm";
import { assertStaff, type Caller } from "./auth/require-staff-role";
import { getDb } from "./client";
import { interestExpressions } from "./schema";

export type InterestExpression = typeof interestExpressions.$inferSelect;
/** Expressions of interest are deleted this long after they were sent (see the privacy notice). */
export const INTEREST_RETENTION_DAYS = 730;

/** Stores an expression of interest. @returns its id. */
export function createInterest(input: Omit<InterestExpression, "id" | "createdAt">): string {
  const id = randomUUID();
  getDb()
    .insert(interestExpressions)
    .values({ ...input, id, createdAt: new Date().toISOString() })
    .run();
  return id;
}

/** Staff only: every expression of interest, newest first. */
export function listInterest(caller: Caller): InterestExpression[] {
  assertStaff(caller);
  const cutoff = new Date(Date.now() - INTEREST_RETENTION_DAYS * 86_400_000).toISOString();
  const db = getDb();
  db.delete(interestExpressions).where(lt(interestExpressions.createdAt, cutoff)).run();
  return db.select().from(interestExpressions).orderBy(desc(interestExpressions.createdAt)).all();
}
