import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDb, type Db } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { signUpWait } from "./sign-up-limit";

let db: Db;
beforeEach(() => {
  db = openDb(":memory:");
  runMigrations(db);
});
afterEach(() => db.$client.close());

describe("signUpWait", () => {
  it("allows 5 sign-ups an hour from one address, then asks it to wait", () => {
    for (let i = 0; i < 5; i++) expect(signUpWait("203.0.113.1", `v${i}@example.org`, db)).toBe(0);
    expect(signUpWait("203.0.113.1", "v9@example.org", db)).toBeGreaterThan(0);
    expect(signUpWait("203.0.113.2", "v9@example.org", db)).toBe(0);
  });

  it("mails one address at most 3 times an hour, whoever asks", () => {
    for (let i = 0; i < 3; i++) expect(signUpWait(`198.51.100.${i}`, "target@example.org", db)).toBe(0);
    expect(signUpWait("198.51.100.9", "target@example.org", db)).toBeGreaterThan(0);
  });
});
