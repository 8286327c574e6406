import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { openDb, type Db } from "./client";
import { runMigrations } from "./migrate";
import { backoffWait, hitRateLimit, recordBackoffFailure, resetRateLimit } from "./rate-limit";

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

describe("hitRateLimit", () => {
  it("allows exactly `max` attempts in a window and refuses the next one", () => {
    for (let i = 1; i <= 3; i++) expect(hitRateLimit(["k"], 3, 60_000, db).allowed, `attempt ${i}`).toBe(true);
    expect(hitRateLimit(["k"], 3, 60_000, db).allowed).toBe(false);
    expect(hitRateLimit(["k"], 3, 60_000, db).allowed).toBe(false);
  });

  it("counts every attempt in the database", () => {
    for (let i = 0; i < 4; i++) hitRateLimit(["k"], 10, 60_000, db);
    const row = db.$client.prepare("select count from rate_limits").get() as { count: number };
    expect(row.count).toBe(4);
  });

  it("keeps keys apart and starts a new window once the old one ends", () => {
    hitRateLimit(["a"], 1, 60_000, db);
    expect(hitRateLimit(["a"], 1, 60_000, db).allowed).toBe(false);
    expect(hitRateLimit(["b"], 1, 60_000, db).allowed).toBe(true);
    expect(hitRateLimit(["a"], 1, 60_000, db).retryAfterS).toBe(60);
    vi.setSystemTime(Date.now() + 60_000);
    expect(hitRateLimit(["a"], 1, 60_000, db).allowed).toBe(true);
  });

  it("forgets a key on reset", () => {
    hitRateLimit(["a"], 1, 60_000, db);
    resetRateLimit(["a"], db);
    expect(hitRateLimit(["a"], 1, 60_000, db).allowed).toBe(true);
  });
});

describe("growing delays", () => {
  const rule = { free: 3, baseMs: 10_000, capMs: 60_000, forgetMs: 3600_000 };

  it("lets the first failures through, then doubles the wait up to the cap", () => {
    recordBackoffFailure(["x"], rule, db);
    recordBackoffFailure(["x"], rule, db);
    expect(backoffWait(["x"], db)).toBe(0);
    const waits: number[] = [];
    for (let i = 0; i < 5; i++) {
      recordBackoffFailure(["x"], rule, db);
      waits.push(backoffWait(["x"], db));
    }
    expect(waits).toEqual([10, 20, 40, 60, 60]);
  });

  it("the wait runs out by itself (no lock-out), and old failures are forgotten", () => {
    for (let i = 0; i < 3; i++) recordBackoffFailure(["x"], rule, db);
    expect(backoffWait(["x"], db)).toBe(10);
    vi.setSystemTime(Date.now() + 10_000);
    expect(backoffWait(["x"], db)).toBe(0);
    vi.setSystemTime(Date.now() + 3600_000);
    expect(recordBackoffFailure(["x"], rule, db)).toBe(1);
  });
});
