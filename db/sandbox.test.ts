// Sandbox data access: queued (group-committed) writes are visible at once and reach the file.
import Database from "better-sqlite3";
import { beforeAll, expect, test } from "vitest";
import { useTempDb } from "@/sandbox/test-helpers";

let dal: typeof import("@/db/sandbox");

beforeAll(async () => {
  await useTempDb();
  dal = await import("@/db/sandbox");
  dal.insertNamespace("gc");
});

const entry = (path: string) => ({
  ns: "gc",
  at: new Date().toISOString(),
  via: "im",
  caller: null,
  provider: "digital-registries",
  service: "data",
  method: "POST",
  path,
  status: 200,
  latencyMs: 1,
  requestHeaders: null,
  requestBody: null,
  responseBody: null,
  denied: 0,
});

test("a record and a trace entry are readable right after the call, before the commit", () => {
  dal.putRecord("gc", "digital-registries", "reg", "r1", { v: 1 });
  expect(dal.getRecord("gc", "digital-registries", "reg", "r1")).toEqual({ v: 1 });
  const a = dal.insertTrace(entry("/a"));
  const b = dal.insertTrace(entry("/b"));
  expect(b).toBe(a + 1);
  expect(dal.listTrace("gc", 2).map((r) => [r.id, r.path])).toEqual([
    [b, "/b"],
    [a, "/a"],
  ]);
  expect(dal.listRecords("gc", "digital-registries", "reg")).toEqual([{ v: 1 }]);
});

test("queued writes are committed to the file within milliseconds", async () => {
  dal.putRecord("gc", "digital-registries", "reg", "r2", { v: 2 });
  const id = dal.insertTrace(entry("/c"));
  const other = new Database(process.env.DATABASE_PATH!, { readonly: true });
  try {
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(other.prepare("SELECT data FROM sandbox_records WHERE ns = 'gc' AND id = 'r2'").get()).toEqual({ data: '{"v":2}' });
    expect(other.prepare("SELECT path FROM sandbox_trace WHERE id = ?").get(id)).toEqual({ path: "/c" });
  } finally {
    other.close();
  }
});

test("the record cap counts queued records and frees a slot on delete", () => {
  const limit = dal.SANDBOX_LIMITS.maxUserRecords;
  dal.SANDBOX_LIMITS.maxUserRecords = 4; // r1, r2 already exist
  try {
    dal.putRecord("gc", "digital-registries", "reg", "r3", {});
    dal.putRecord("gc", "digital-registries", "reg", "r4", {});
    dal.putRecord("gc", "digital-registries", "reg", "r4", { replaced: true }); // not a new record
    expect(() => dal.putRecord("gc", "digital-registries", "reg", "r5", {})).toThrow(dal.SandboxQuotaError);
    expect(dal.deleteRecord("gc", "digital-registries", "reg", "r4")).toBe(true);
    expect(dal.getRecord("gc", "digital-registries", "reg", "r4")).toBeUndefined();
    dal.putRecord("gc", "digital-registries", "reg", "r5", {});
    dal.clearNamespaceData("gc");
    dal.putRecord("gc", "digital-registries", "reg", "r6", {});
    expect(dal.listRecords("gc", "digital-registries", "reg")).toEqual([{}]);
  } finally {
    dal.SANDBOX_LIMITS.maxUserRecords = limit;
  }
});

test("listing a namespace's records shows only that namespace's, never the shared default's", () => {
  dal.insertNamespace("default");
  dal.insertNamespace("mine");
  dal.putRecord("default", "digital-registries", "people", "shared-1", { who: "default" });
  dal.putRecord("mine", "digital-registries", "people", "own-1", { who: "mine" });
  dal.flushSandboxWrites();
  expect(dal.listRecords("mine", "digital-registries", "people")).toEqual([{ who: "mine" }]);
  expect(dal.listRecords("default", "digital-registries", "people")).toEqual([{ who: "default" }]);
  expect(dal.getRecord("mine", "digital-registries", "people", "shared-1")).toBeUndefined();
});
