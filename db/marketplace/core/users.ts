import { eq } from "drizzle-orm";
import { randomBytes, randomUUID, scryptSync } from "node:crypto";
import type { Db } from "../../client";
import { account, user, type UserRole } from "../../schema";

export const MIN_PASSWORD_LENGTH = 12;

/**
 * Better Auth's default password hash (scrypt, N=16384 r=16 p=1, 64-byte key, "salt:key" in hex),
 * computed synchronously so the synchronous seed can create the first admin. A unit test checks
 * that Better Auth's own verifyPassword accepts it, so a change of its format fails loudly.
 */
export function hashPasswordSync(password: string): string {
  const salt = randomBytes(16).toString("hex");
  const key = scryptSync(password.normalize("NFKC"), salt, 64, { N: 16384, r: 16, p: 1, maxmem: 128 * 16384 * 16 * 2 });
  return `${salt}:${key.toString("hex")}`;
}

/**
 * Creates an email + password user the way Better Auth would (its scrypt hash, a "credential"
 * account), or, when the email exists, only raises the role. Passwords are never overwritten here.
 * @returns whether a user was created.
 * @throws Error when the password is too short.
 */
export function ensureCredentialUser(db: Db, input: { email: string; password: string; name?: string; role: UserRole }): { created: boolean; userId: string } {
  const email = input.email.trim().toLowerCase();
  const existing = db.select().from(user).where(eq(user.email, email)).get();
  if (existing) {
    if (existing.role !== input.role) db.update(user).set({ role: input.role, updatedAt: new Date() }).where(eq(user.id, existing.id)).run();
    return { created: false, userId: existing.id };
  }
  if (input.password.length < MIN_PASSWORD_LENGTH) {
    throw new Error(`the password must be at least ${MIN_PASSWORD_LENGTH} characters long`);
  }
  const id = randomUUID();
  const now = new Date();
  const hash = hashPasswordSync(input.password);
  db.transaction((tx) => {
    tx.insert(user)
      .values({ id, email, name: input.name ?? email.split("@")[0]!, emailVerified: false, role: input.role, createdAt: now, updatedAt: now })
      .run();
    tx.insert(account).values({ id: randomUUID(), accountId: id, providerId: "credential", userId: id, password: hash, createdAt: now, updatedAt: now }).run();
  });
  return { created: true, userId: id };
}
