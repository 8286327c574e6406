import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, expect, test, vi } from "vitest";
import { authSecret } from "./secret";

const saved = { secret: process.env.BETTER_AUTH_SECRET, path: process.env.DATABASE_PATH };
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "portal-secret-"));
  process.env.DATABASE_PATH = join(dir, "portal.db");
  delete process.env.BETTER_AUTH_SECRET;
});
const restore = (name: string, value: string | undefined) => (value === undefined ? delete process.env[name] : (process.env[name] = value));
afterEach(() => {
  restore("DATABASE_PATH", saved.path);
  restore("BETTER_AUTH_SECRET", saved.secret);
  vi.restoreAllMocks();
});

test("a long enough BETTER_AUTH_SECRET is used as it is", () => {
  process.env.BETTER_AUTH_SECRET = "x".repeat(32);
  expect(authSecret()).toBe("x".repeat(32));
});

test("without one, a generated secret is kept beside the database, private, and read back the same", () => {
  const first = authSecret();
  expect(first.length).toBeGreaterThanOrEqual(32);
  const file = join(dir, "auth-secret");
  expect(readFileSync(file, "utf8")).toBe(first);
  expect(statSync(file).mode & 0o777).toBe(0o600);
  expect(authSecret()).toBe(first);
});

test("a short one is refused with a warning, in favour of the kept secret", () => {
  const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
  process.env.BETTER_AUTH_SECRET = "too-short";
  const secret = authSecret();
  expect(secret).not.toBe("too-short");
  expect(secret).toBe(readFileSync(join(dir, "auth-secret"), "utf8"));
  expect(warn).toHaveBeenCalledWith(expect.stringContaining("shorter than 32"));
});
