// Staff account records. Not server-only: scripts/staff-create.ts uses it with its own connection.
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { hashPassword } from "../lib/auth/password";
import type { Db } from "./client";
import { staffUsers } from "./schema";

export type StaffRole = "reviewer" | "admin";

/**
 * Creates a staff user, or resets the password and role of an existing one with that email.
 * @returns whether the account was created or updated.
 */
export async function upsertStaffUser(
  db: Db,
  input: { email: string; role: StaffRole; password: string },
): Promise<"created" | "updated"> {
  const email = input.email.trim().toLowerCase();
  const passwordHash = await hashPassword(input.password);
  const existing = db.select({ id: staffUsers.id }).from(staffUsers).where(eq(staffUsers.email, email)).get();
  if (existing) {
    db.update(staffUsers).set({ role: input.role, passwordHash }).where(eq(staffUsers.id, existing.id)).run();
    return "updated";
  }
  db.insert(staffUsers)
    .values({ id: randomUUID(), email, role: input.role, passwordHash, createdAt: new Date().toISOString() })
    .run();
  return "created";
}

/** One staff user by email (lower-cased), with the password hash, or undefined. */
export function findStaffUserByEmail(db: Db, email: string) {
  return db.select().from(staffUsers).where(eq(staffUsers.email, email.trim().toLowerCase())).get();
}
