import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { databasePath } from "@/db/connection";

// The kept secret by file, read once: sign-in asks for it on every attempt.
const kept = new Map<string, string>();

/**
 * The secret Better Auth signs with; also keys the sign-in device cookie (db/auth/sign-in-guard.ts).
 * BETTER_AUTH_SECRET when it has 32+ characters. Otherwise one generated once and kept in `auth-secret`
 * beside the database (git-ignored, readable only by this user), so sessions survive a restart, nothing
 * secret is committed, and every part of the process reads the same value from the same file.
 */
export function authSecret(): string {
  const fromEnv = process.env.BETTER_AUTH_SECRET;
  if (fromEnv && fromEnv.length >= 32) return fromEnv;
  const file = join(dirname(databasePath()), "auth-secret");
  const known = kept.get(file);
  if (known) return known;
  if (fromEnv) console.warn("[auth] BETTER_AUTH_SECRET is shorter than 32 characters: using the generated secret kept beside the database.");
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    // "wx": if another process wrote it first, keep theirs.
    try {
      writeFileSync(file, randomBytes(32).toString("base64"), { mode: 0o600, flag: "wx" });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  const secret = readFileSync(file, "utf8").trim();
  kept.set(file, secret);
  return secret;
}
