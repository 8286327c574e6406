// Data access for the sandbox: namespaces, mock records, faults and the exchange trace.
// Synchronous on purpose (better-sqlite3): a mock call is a handful of indexed statements.
// Not server-only: the seed script (tsx) uses it too.
import type Database from "better-sqlite3";
import { getDb } from "./client";

/** Caps that keep a public sandbox from being filled. */
export const SANDBOX_LIMITS = {
  /** Records clients may create per namespace (seed data does not count). */
  maxUserRecords: Number(process.env.SANDBOX_MAX_RECORDS ?? 2000),
  /** Largest request body a mock accepts, in bytes. */
  maxBodyBytes: Number(process.env.SANDBOX_MAX_BODY_BYTES ?? 64 * 1024),
  /** Idle time after which a namespace is removed, in ms (default 24 h). */
  idleMs: Number(process.env.SANDBOX_IDLE_HOURS ?? 24) * 3600_000,
  /** Trace entries kept per namespace. */
  maxTrace: 500,
};

export type RecordOrigin = "demo" | "suite" | "user";

/** Thrown when a namespace reached its record cap; the runtime turns it into a 413/507-style JSON answer. */
export class SandboxQuotaError extends Error {}

type Stmts = ReturnType<typeof prepare>;
const cache = new WeakMap<Database.Database, Stmts>();

function prepare(db: Database.Database) {
  return {
    nsGet: db.prepare<[string], { name: string; created_at: number; last_used_at: number; faults: string }>(
      "SELECT name, created_at, last_used_at, faults FROM sandbox_namespaces WHERE name = ?",
    ),
    nsInsert: db.prepare("INSERT OR IGNORE INTO sandbox_namespaces (name, created_at, last_used_at, faults) VALUES (?, ?, ?, '{}')"),
    nsTouch: db.prepare("UPDATE sandbox_namespaces SET last_used_at = ? WHERE name = ?"),
    nsFaults: db.prepare("UPDATE sandbox_namespaces SET faults = ? WHERE name = ?"),
    nsIdle: db.prepare<[number], { name: string }>("SELECT name FROM sandbox_namespaces WHERE last_used_at < ?"),
    nsDelete: db.prepare("DELETE FROM sandbox_namespaces WHERE name = ?"),
    recGet: db.prepare<[string, string, string, string], { data: string }>(
      "SELECT data FROM sandbox_records WHERE ns = ? AND bb = ? AND collection = ? AND id = ?",
    ),
    recOrigin: db.prepare<[string, string, string, string], { origin: string }>(
      "SELECT origin FROM sandbox_records WHERE ns = ? AND bb = ? AND collection = ? AND id = ?",
    ),
    recUpsert: db.prepare(
      `INSERT INTO sandbox_records (ns, bb, collection, id, data, origin, seq) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (ns, bb, collection, id) DO UPDATE SET data = excluded.data`,
    ),
    recDelete: db.prepare("DELETE FROM sandbox_records WHERE ns = ? AND bb = ? AND collection = ? AND id = ?"),
    recList: db.prepare<[string, string, string], { id: string; data: string }>(
      "SELECT id, data FROM sandbox_records WHERE ns = ? AND bb = ? AND collection = ? ORDER BY seq",
    ),
    recCountUser: db.prepare<[string], { n: number }>("SELECT count(*) AS n FROM sandbox_records WHERE ns = ? AND origin = 'user'"),
    recDeleteNs: db.prepare("DELETE FROM sandbox_records WHERE ns = ?"),
    recDeleteNsOrigin: db.prepare("DELETE FROM sandbox_records WHERE ns = ? AND origin = ?"),
    traceInsert: db.prepare(
      `INSERT INTO sandbox_trace (ns, at, via, caller, provider, service, method, path, status, latency_ms,
         request_headers, request_body, response_body, denied) VALUES
       (@ns, @at, @via, @caller, @provider, @service, @method, @path, @status, @latencyMs,
        @requestHeaders, @requestBody, @responseBody, @denied)`,
    ),
    traceList: db.prepare<[string, number, number], TraceRow>(
      "SELECT * FROM sandbox_trace WHERE ns = ? AND id > ? ORDER BY id DESC LIMIT ?",
    ),
    traceTrim: db.prepare(
      "DELETE FROM sandbox_trace WHERE ns = ? AND id <= (SELECT id FROM sandbox_trace WHERE ns = ? ORDER BY id DESC LIMIT 1 OFFSET ?)",
    ),
    traceDeleteNs: db.prepare("DELETE FROM sandbox_trace WHERE ns = ?"),
  };
}

function stmts(): Stmts {
  const client = getDb().$client;
  let s = cache.get(client);
  if (!s) {
    s = prepare(client);
    cache.set(client, s);
  }
  return s;
}

// A monotonically increasing sequence keeps list order stable (insertion order) across processes.
let lastSeq = 0;
function nextSeq(): number {
  const now = Date.now() * 1000;
  lastSeq = now > lastSeq ? now : lastSeq + 1;
  return lastSeq;
}

/** Row of sandbox_trace as stored. */
export type TraceRow = {
  id: number;
  ns: string;
  at: string;
  via: string;
  caller: string | null;
  provider: string;
  service: string | null;
  method: string;
  path: string;
  status: number;
  latency_ms: number;
  request_headers: string | null;
  request_body: string | null;
  response_body: string | null;
  denied: number;
};

/** One namespace row, or undefined. */
export function getNamespaceRow(ns: string) {
  return stmts().nsGet.get(ns);
}

/** Creates the namespace row if missing. Returns true when it was created now. */
export function insertNamespace(ns: string): boolean {
  const now = Date.now();
  return stmts().nsInsert.run(ns, now, now).changes > 0;
}

/** Marks a namespace as used now (drives idle expiry). */
export function touchNamespace(ns: string): void {
  stmts().nsTouch.run(Date.now(), ns);
}

/** Replaces the namespace's fault switches (a JSON-serialisable object). */
export function writeFaults(ns: string, faults: object): void {
  stmts().nsFaults.run(JSON.stringify(faults), ns);
}

/** Names of namespaces idle since before `before` (epoch ms). */
export function idleNamespaces(before: number): string[] {
  return stmts().nsIdle.all(before).map((r) => r.name);
}

/** Deletes a namespace with all its records and trace. */
export function deleteNamespace(ns: string): void {
  const s = stmts();
  getDb().$client.transaction(() => {
    s.recDeleteNs.run(ns);
    s.traceDeleteNs.run(ns);
    s.nsDelete.run(ns);
  })();
}

/** Deletes the records of a namespace (all, or of one origin) and its trace. */
export function clearNamespaceData(ns: string, origin?: RecordOrigin): void {
  const s = stmts();
  getDb().$client.transaction(() => {
    if (origin) s.recDeleteNsOrigin.run(ns, origin);
    else s.recDeleteNs.run(ns);
    s.traceDeleteNs.run(ns);
  })();
}

/** Reads one record's JSON document. */
export function getRecord<T = Record<string, unknown>>(ns: string, bb: string, collection: string, id: string): T | undefined {
  const row = stmts().recGet.get(ns, bb, collection, id);
  return row ? (JSON.parse(row.data) as T) : undefined;
}

/**
 * Creates or replaces a record. New user records count against the namespace cap.
 * @throws SandboxQuotaError when the namespace already holds the maximum number of user records.
 */
export function putRecord(ns: string, bb: string, collection: string, id: string, data: unknown, origin: RecordOrigin = "user"): void {
  const s = stmts();
  if (origin === "user" && !s.recOrigin.get(ns, bb, collection, id)) {
    if (s.recCountUser.get(ns)!.n >= SANDBOX_LIMITS.maxUserRecords) {
      throw new SandboxQuotaError(
        `This sandbox namespace holds the maximum of ${SANDBOX_LIMITS.maxUserRecords} records. Reset it (POST /api/sandbox/reset) to continue.`,
      );
    }
  }
  s.recUpsert.run(ns, bb, collection, id, JSON.stringify(data), origin, nextSeq());
}

/** Deletes a record; returns whether it existed. */
export function deleteRecord(ns: string, bb: string, collection: string, id: string): boolean {
  return stmts().recDelete.run(ns, bb, collection, id).changes > 0;
}

/** Every record of a collection, in insertion order. */
export function listRecords<T = Record<string, unknown>>(ns: string, bb: string, collection: string): T[] {
  return stmts().recList.all(ns, bb, collection).map((r) => JSON.parse(r.data) as T);
}

/** Runs fn in one SQLite transaction (fast bulk seeding). */
export function inTransaction<T>(fn: () => T): T {
  return getDb().$client.transaction(fn)();
}

let traceInserts = 0;
/** Appends a trace entry and returns its id; old entries beyond the cap are trimmed now and then. */
export function insertTrace(entry: Omit<TraceRow, "id" | "latency_ms" | "request_headers" | "request_body" | "response_body"> & {
  latencyMs: number;
  requestHeaders: string | null;
  requestBody: string | null;
  responseBody: string | null;
}): number {
  const s = stmts();
  const id = Number(s.traceInsert.run(entry).lastInsertRowid);
  if (++traceInserts % 50 === 0) s.traceTrim.run(entry.ns, entry.ns, SANDBOX_LIMITS.maxTrace);
  return id;
}

/** Trace entries of a namespace, newest first, optionally only those after `afterId`. */
export function listTrace(ns: string, limit = 100, afterId = 0): TraceRow[] {
  return stmts().traceList.all(ns, afterId, limit);
}
