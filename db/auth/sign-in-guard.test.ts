import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { openDb, type Db } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { beginSignIn, deviceToken, isKnownDevice, recordSignInFailure, recordSignInSuccess, signInWait, waitMessage } from "./sign-in-guard";

let db: Db;
beforeEach(() => {
  db = openDb(":memory:");
  runMigrations(db);
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date("2026-12-01T10:00:00Z"));
});
afterEach(() => {
  vi.useRealTimers();
  db.$client.close();
});

const admin = "admin@example.org";

/** A guesser that tries as fast as it is allowed: returns how many passwords it got to try in `ms`. */
function guessFor(ms: number, attempt: { address: string; email: string; knownDevice: boolean }): number {
  const end = Date.now() + ms;
  let tries = 0;
  while (Date.now() < end) {
    const wait = signInWait(attempt, db);
    if (wait > 0) {
      vi.setSystemTime(Date.now() + wait * 1000);
      continue;
    }
    recordSignInFailure(attempt, db);
    tries++;
  }
  return tries;
}

describe("sign-in guard", () => {
  it("stops 60 fast guesses: after 5 wrong passwords the next one must wait", () => {
    const attempt = { address: "203.0.113.9", email: admin, knownDevice: false };
    for (let i = 0; i < 5; i++) {
      expect(signInWait(attempt, db)).toBe(0);
      recordSignInFailure(attempt, db);
    }
    expect(signInWait(attempt, db)).toBeGreaterThan(0);
  });

  it("one address gets only a handful of guesses an hour at one account", () => {
    expect(guessFor(3600_000, { address: "203.0.113.9", email: admin, knownDevice: false })).toBeLessThan(15);
  });

  it("many addresses against one account are slowed by the account-wide delay", () => {
    let tries = 0;
    for (let n = 0; n < 200; n++) {
      const attempt = { address: `198.51.100.${n}`, email: admin, knownDevice: false };
      if (signInWait(attempt, db) === 0) {
        recordSignInFailure(attempt, db);
        tries++;
      }
    }
    expect(tries).toBeLessThan(15);
  });

  it("a stranger's guessing never keeps the owner's known browser out", () => {
    guessFor(3600_000, { address: "203.0.113.9", email: admin, knownDevice: false });
    for (let n = 0; n < 50; n++) recordSignInFailure({ address: `198.51.100.${n}`, email: admin, knownDevice: false }, db);
    expect(signInWait({ address: "192.0.2.1", email: admin, knownDevice: true }, db)).toBe(0);
    // Without the device cookie the owner waits at most a minute, never hours.
    expect(signInWait({ address: "192.0.2.1", email: admin, knownDevice: false }, db)).toBeLessThanOrEqual(60);
  });

  it("20 guesses sent at once: only the free 5 reach the password check (each is counted before it)", () => {
    const attempt = { address: "203.0.113.9", email: admin, knownDevice: false };
    // None of them has finished its password check when the next one starts.
    const started = Array.from({ length: 20 }, () => beginSignIn(attempt, db)).filter((wait) => wait === 0);
    expect(started).toHaveLength(5);
  });

  it("a right password after beginSignIn is taken back from the address and account counters", () => {
    for (let n = 0; n < 30; n++) {
      const attempt = { address: "192.0.2.1", email: `user${n}@example.org`, knownDevice: false };
      expect(beginSignIn(attempt, db)).toBe(0);
      recordSignInSuccess(attempt, db);
    }
    // 30 successful sign-ins from one office address never slow the next person down.
    expect(beginSignIn({ address: "192.0.2.1", email: admin, knownDevice: false }, db)).toBe(0);
  });

  it("a right password clears the pair's failures", () => {
    const attempt = { address: "192.0.2.1", email: admin, knownDevice: false };
    for (let i = 0; i < 4; i++) recordSignInFailure(attempt, db);
    recordSignInSuccess(attempt, db);
    recordSignInFailure(attempt, db);
    expect(signInWait(attempt, db)).toBe(0);
  });

  it("the device cookie names no one and only fits its own account and secret", () => {
    const token = deviceToken(admin, "s".repeat(32));
    expect(token).not.toContain("admin");
    expect(isKnownDevice(token, admin, "s".repeat(32))).toBe(true);
    expect(isKnownDevice(token, "other@example.org", "s".repeat(32))).toBe(false);
    expect(isKnownDevice(token, admin, "t".repeat(32))).toBe(false);
    expect(isKnownDevice(undefined, admin, "s".repeat(32))).toBe(false);
    expect(isKnownDevice("short", admin, "s".repeat(32))).toBe(false);
  });

  it("says how long to wait in plain words", () => {
    expect(waitMessage(30)).toBe("Too many sign-in attempts. Try again in 30 seconds.");
    expect(waitMessage(61)).toBe("Too many sign-in attempts. Try again in 2 minutes.");
  });
});
