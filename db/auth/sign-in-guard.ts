// Slows password guessing down without letting a stranger lock anyone out. Three counters of failed
// sign-ins live in SQLite (db/rate-limit.ts), each with growing delays rather than a lock-out:
// - per address and account: the tight one (one guesser against one account);
// - per address: one guesser trying many accounts;
// - per account, from anywhere: many addresses against one account. A browser that signed in to that
//   account before carries a device cookie and skips this counter, so a flood of strangers' guesses
//   can never keep the owner (an admin, say) out.
import { createHmac, timingSafeEqual } from "node:crypto";
import { getDb, type Db } from "@/db/client";
import { backoffWait, recordBackoffFailure, resetRateLimit, undoBackoffFailure, type BackoffRule } from "@/db/rate-limit";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
// One guesser against one account: 5 tries, then 30 s, 1, 2, 4, 8 min, at most 15 min between tries.
export const PER_PAIR: BackoffRule = { free: 5, baseMs: 30_000, capMs: 15 * MINUTE, forgetMs: HOUR };
// One address against many accounts.
export const PER_ADDRESS: BackoffRule = { free: 20, baseMs: 10_000, capMs: 15 * MINUTE, forgetMs: HOUR };
// Everyone against one account: short waits (at most a minute), and skipped by the owner's known browser.
export const PER_ACCOUNT: BackoffRule = { free: 10, baseMs: 5_000, capMs: MINUTE, forgetMs: HOUR };

export const DEVICE_COOKIE = "portal_device";

export type SignInAttempt = { address: string; email: string; knownDevice: boolean };

const keys = ({ address, email }: SignInAttempt) => ({
  pair: ["signin", address, email],
  address: ["signin-address", address],
  account: ["signin-account", email],
});

/** Seconds the attempt must wait before its password is even checked (0: check it now). */
export function signInWait(attempt: SignInAttempt, db?: Db): number {
  const k = keys(attempt);
  return Math.max(backoffWait(k.pair, db), backoffWait(k.address, db), attempt.knownDevice ? 0 : backoffWait(k.account, db));
}

/** Counts a wrong password on every counter the attempt belongs to. */
export function recordSignInFailure(attempt: SignInAttempt, db?: Db): void {
  const k = keys(attempt);
  recordBackoffFailure(k.pair, PER_PAIR, db);
  recordBackoffFailure(k.address, PER_ADDRESS, db);
  if (!attempt.knownDevice) recordBackoffFailure(k.account, PER_ACCOUNT, db);
}

/**
 * Starts an attempt: if no counter makes it wait, it is counted as a failure at once, before the (slow)
 * password check, in one transaction. Guesses sent at the same moment therefore cannot all slip past
 * the limits while the first ones are still being checked.
 * @returns seconds to wait (the attempt was not counted), or 0: go ahead and check the password.
 */
export function beginSignIn(attempt: SignInAttempt, db: Db = getDb()): number {
  // better-sqlite3 runs the transaction on the one connection, so `db` inside it is the transaction.
  return db.transaction(() => {
    const wait = signInWait(attempt, db);
    if (wait === 0) recordSignInFailure(attempt, db);
    return wait;
  });
}

/**
 * The right password, after beginSignIn counted the attempt as a failure: this address's counters for
 * the account start again, and the attempt is taken back from the address-wide and account-wide ones.
 */
export function recordSignInSuccess(attempt: SignInAttempt, db?: Db): void {
  const k = keys(attempt);
  resetRateLimit(k.pair, db);
  undoBackoffFailure(k.address, PER_ADDRESS, db);
  if (!attempt.knownDevice) undoBackoffFailure(k.account, PER_ACCOUNT, db);
}

/** "Try again in 3 minutes" / "in 20 seconds". */
export function waitMessage(seconds: number): string {
  if (seconds < 60) return `Too many sign-in attempts. Try again in ${seconds} second${seconds === 1 ? "" : "s"}.`;
  const minutes = Math.ceil(seconds / 60);
  return `Too many sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}

/** The device cookie's value for an account: an HMAC of the email, so it names no one and cannot be forged. */
export function deviceToken(email: string, secret: string): string {
  return createHmac("sha256", secret).update(`device\u0000${email}`).digest("base64url");
}

/** Whether a device cookie value proves an earlier sign-in to `email` from this browser. */
export function isKnownDevice(cookieValue: string | undefined, email: string, secret: string): boolean {
  if (!cookieValue) return false;
  const expected = Buffer.from(deviceToken(email, secret));
  const given = Buffer.from(cookieValue);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
