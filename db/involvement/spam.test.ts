// The public forms' hourly limits: one sender's flood stops at its own limit and never uses up the
// form's shared allowance for everyone else.
import { beforeAll, beforeEach, expect, test, vi } from "vitest";
import { useTempDb } from "@/sandbox/test-helpers";

vi.mock("server-only", () => ({}));

beforeAll(async () => {
  process.env.FORM_RATE_LIMIT = "3";
  process.env.FORM_RATE_LIMIT_GLOBAL = "5";
  await useTempDb();
});
beforeEach(async () => {
  const { getDb } = await import("@/db/client");
  getDb().$client.exec("DELETE FROM rate_limits");
});

const { formRateLimit } = await import("./spam");

test("a sender gets its own limit, then a message saying when to try again", () => {
  for (let i = 0; i < 3; i++) expect(formRateLimit("interest", "203.0.113.1")).toBeUndefined();
  expect(formRateLimit("interest", "203.0.113.1")).toMatch(/^Too many forms have been sent from here\. Try again in \d+ minutes?\.$/);
});

test("one sender's flood cannot use up the form's global limit for everyone", () => {
  for (let i = 0; i < 100; i++) formRateLimit("interest", "203.0.113.1");
  // The global allowance is 5: the flood counted only its own 3 against it.
  expect(formRateLimit("interest", "198.51.100.1")).toBeUndefined();
  expect(formRateLimit("interest", "198.51.100.2")).toBeUndefined();
  expect(formRateLimit("interest", "198.51.100.3")).toBeDefined();
});

test("each form has its own limits", () => {
  for (let i = 0; i < 3; i++) formRateLimit("interest", "203.0.113.1");
  expect(formRateLimit("contributor", "203.0.113.1")).toBeUndefined();
});
