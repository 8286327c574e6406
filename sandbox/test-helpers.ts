// Test helpers: a throwaway migrated database and a tiny HTTP-level client for the mock route.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll } from "vitest";
import type { BbId } from "./types";

/** Points the portal at a fresh SQLite file and applies the migrations. Call before any sandbox import runs a query. */
export async function useTempDb(): Promise<void> {
  process.env.DATABASE_PATH = join(mkdtempSync(join(tmpdir(), "sandbox-test-")), "portal.db");
  const { getDb } = await import("@/db/client");
  const { runMigrations } = await import("@/db/migrate");
  runMigrations(getDb());
}

/** Loads the contracts once (every BB by default; slow: ~10 s on 2 cores), so individual tests stay fast. */
export async function warmContracts(bbs?: BbId[]): Promise<void> {
  const { getContract } = await import("@/sandbox/runtime/contracts");
  const { BB_IDS } = await import("./types");
  for (const bb of bbs ?? BB_IDS) await getContract(bb);
}

/** The usual setup of a mock test file: a fresh database, then the contracts it calls loaded before the first test. */
export function setUpMockSandbox(bbs?: BbId[]): void {
  beforeAll(async () => {
    await useTempDb();
    await warmContracts(bbs);
  }, 120_000);
}

/** Sends a request to the /mock route handler, as a browser or curl would. */
export async function call(
  method: string,
  path: string,
  opts: { body?: unknown; headers?: Record<string, string>; form?: Record<string, string>; raw?: string } = {},
): Promise<{ status: number; headers: Headers; body: unknown; text: string }> {
  const { handleMockHttp } = await import("./http");
  const headers = new Headers(opts.headers);
  let payload: string | undefined;
  if (opts.form) {
    payload = new URLSearchParams(opts.form).toString();
    headers.set("content-type", "application/x-www-form-urlencoded");
  } else if (opts.raw !== undefined) {
    payload = opts.raw;
  } else if (opts.body !== undefined) {
    payload = JSON.stringify(opts.body);
    if (!headers.has("content-type")) headers.set("content-type", "application/json");
  }
  const res = await handleMockHttp(new Request(`http://localhost${path}`, { method, headers, body: payload }));
  const text = await res.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON
  }
  return { status: res.status, headers: res.headers, body, text };
}
