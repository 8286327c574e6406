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

type Stmts = ReturnType<typeof prepare> & {
  db: Database.Database;
  /**
   * User-record count per namespace, counted once and then kept up to date by this module's writes:
   * counting on every insert is a scan of the namespace's records, which made creates O(n).
   */
  userCounts: Map<string, number>;
  /** Writes not yet committed, in order; committed together by flush() (group commit). */
  queue: Array<() => void>;
  /** Queued record writes by key, so reads see them before the commit (null: none). */
  pending: Map<string, { data: string } | null>;
  /** Next trace id (ids are handed out when queued, so the caller gets one at once). */
  nextTraceId: number;
  timer?: ReturnType<typeof setTimeout>;
};
// On globalThis: Next bundles each route separately, and every route that touches the sandbox must share
// one write queue and one trace-id counter per connection, or queued writes and trace ids would collide.
const globalForSandbox = globalThis as unknown as { sandboxStmts?: WeakMap<Database.Database, Stmts> };
const cache = (globalForSandbox.sandboxStmts ??= new WeakMap<Database.Database, Stmts>());

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
    recDelete: db.prepare<[string, string, string, string], { origin: string }>(
      "DELETE FROM sandbox_records WHERE ns = ? AND bb = ? AND collection = ? AND id = ? RETURNING origin",
    ),
    recList: db.prepare<[string, string, string], { id: string; data: string }>(
      "SELECT id, data FROM sandbox_records WHERE ns = ? AND bb = ? AND collection = ? ORDER BY seq",
    ),
    recCountUser: db.prepare<[string], { n: number }>("SELECT count(*) AS n FROM sandbox_records WHERE ns = ? AND origin = 'user'"),
    recDeleteNs: db.prepare("DELETE FROM sandbox_records WHERE ns = ?"),
    recAllNs: db.prepare<[string], RecordRow>("SELECT bb, collection, id, data, origin, seq FROM sandbox_records WHERE ns = ?"),
    recDeleteNsOrigin: db.prepare("DELETE FROM sandbox_records WHERE ns = ? AND origin = ?"),
    traceInsert: db.prepare(
      `INSERT INTO sandbox_trace (id, ns, at, via, caller, provider, service, method, path, status, latency_ms,
         request_headers, request_body, response_body, denied) VALUES
       (@id, @ns, @at, @via, @caller, @provider, @service, @method, @path, @status, @latencyMs,
        @requestHeaders, @requestBody, @responseBody, @denied)`,
    ),
    traceList: db.prepare<[string, number, number], TraceRow>(
      "SELECT * FROM sandbox_trace WHERE ns = ? AND id > ? ORDER BY id DESC LIMIT ?",
    ),
    traceTrim: db.prepare(
      "DELETE FROM sandbox_trace WHERE ns = ? AND id <= (SELECT id FROM sandbox_trace WHERE ns = ? ORDER BY id DESC LIMIT 1 OFFSET ?)",
    ),
    traceDeleteNs: db.prepare("DELETE FROM sandbox_trace WHERE ns = ?"),
    // AUTOINCREMENT never reuses an id, so the next one is above both the table and its sequence.
    traceMaxId: db.prepare<[], { n: number }>(
      "SELECT max(coalesce((SELECT max(id) FROM sandbox_trace), 0), coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'sandbox_trace'), 0)) AS n",
    ),
  };
}

function stmts(): Stmts {
  const client = getDb().$client;
  let s = cache.get(client);
  if (!s) {
    s = { ...prepare(client), db: client, userCounts: new Map(), queue: [], pending: new Map(), nextTraceId: 0 };
    cache.set(client, s);
    const flushOnExit = () => flushStmts(cache.get(client));
    process.once("exit", flushOnExit);
  }
  return s;
}

/*
 * Group commit. A commit costs ~50-100 µs on this machine (WAL write), and a call through the IM
 * wrote 2-3 times (record, trace, read log). Writes are queued and committed together a few ms
 * later; every read in this module either sees queued records (getRecord) or flushes first
 * (lists, trace), so callers never notice. The connection is per process: the sandbox is served by one
 * server process, and a crash can lose at most the last few ms of sandbox writes.
 */
const FLUSH_DELAY_MS = 2;

function flushStmts(s: Stmts | undefined): void {
  if (!s || s.queue.length === 0) return;
  if (s.timer) clearTimeout(s.timer);
  s.timer = undefined;
  const ops = s.queue;
  s.queue = [];
  s.pending.clear();
  if (!s.db.open) return;
  s.db.transaction(() => {
    for (const op of ops) {
      try {
        op();
      } catch (error) {
        console.error("[sandbox] a queued write failed:", error);
      }
    }
  })();
}

function enqueue(s: Stmts, op: () => void): void {
  s.queue.push(op);
  s.timer ??= setTimeout(() => flushStmts(s), FLUSH_DELAY_MS);
}

/** Commits queued sandbox writes now (reads in this module do it themselves). */
export function flushSandboxWrites(): void {
  flushStmts(stmts());
}

const recordKey = (ns: string, bb: string, collection: string, id: string) => `${ns}\u0000${bb}\u0000${collection}\u0000${id}`;

// A monotonically increasing sequence keeps list order stable (insertion order) across processes. On
// globalThis like the write queue: every copy of this module in the process must draw from one sequence.
const seqState = ((globalThis as unknown as { sandboxSeq?: { last: number } }).sandboxSeq ??= { last: 0 });
function nextSeq(): number {
  const now = Date.now() * 1000;
  seqState.last = now > seqState.last ? now : seqState.last + 1;
  return seqState.last;
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
  flushStmts(s);
  getDb().$client.transaction(() => {
    s.recDeleteNs.run(ns);
    s.traceDeleteNs.run(ns);
    s.nsDelete.run(ns);
  })();
  s.userCounts.delete(ns);
}

/** Deletes the records of a namespace (all, or of one origin) and its trace. */
export function clearNamespaceData(ns: string, origin?: RecordOrigin): void {
  const s = stmts();
  flushStmts(s);
  getDb().$client.transaction(() => {
    if (origin) s.recDeleteNsOrigin.run(ns, origin);
    else s.recDeleteNs.run(ns);
    s.traceDeleteNs.run(ns);
  })();
  s.userCounts.delete(ns);
}

/** Reads one record's JSON document. */
export function getRecord<T = Record<string, unknown>>(ns: string, bb: string, collection: string, id: string): T | undefined {
  const s = stmts();
  const queued = s.pending.get(recordKey(ns, bb, collection, id));
  if (queued !== undefined) return queued ? (JSON.parse(queued.data) as T) : undefined;
  const row = s.recGet.get(ns, bb, collection, id);
  return row ? (JSON.parse(row.data) as T) : undefined;
}

/**
 * Creates or replaces a record. New user records count against the namespace cap.
 * @throws SandboxQuotaError when the namespace already holds the maximum number of user records.
 */
export function putRecord(ns: string, bb: string, collection: string, id: string, data: unknown, origin: RecordOrigin = "user"): void {
  const s = stmts();
  const key = recordKey(ns, bb, collection, id);
  const queued = s.pending.get(key);
  const exists = queued !== undefined ? queued !== null : !!s.recOrigin.get(ns, bb, collection, id);
  if (origin === "user" && !exists) {
    const count = s.userCounts.get(ns) ?? (flushStmts(s), s.recCountUser.get(ns)!.n);
    if (count >= SANDBOX_LIMITS.maxUserRecords) {
      throw new SandboxQuotaError(
        `This sandbox namespace holds the maximum of ${SANDBOX_LIMITS.maxUserRecords} records. Reset it (POST /api/sandbox/reset) to continue.`,
      );
    }
    s.userCounts.set(ns, count + 1);
  }
  const json = JSON.stringify(data);
  const seq = nextSeq();
  s.pending.set(key, { data: json });
  enqueue(s, () => s.recUpsert.run(ns, bb, collection, id, json, origin, seq));
}

/** Deletes a record; returns whether it existed. */
export function deleteRecord(ns: string, bb: string, collection: string, id: string): boolean {
  const s = stmts();
  flushStmts(s);
  const deleted = s.recDelete.get(ns, bb, collection, id);
  if (deleted?.origin === "user") {
    const count = s.userCounts.get(ns);
    if (count !== undefined) s.userCounts.set(ns, Math.max(0, count - 1));
  }
  return deleted !== undefined;
}

/** Every record of a collection, in insertion order. */
export function listRecords<T = Record<string, unknown>>(ns: string, bb: string, collection: string): T[] {
  const s = stmts();
  flushStmts(s);
  return s.recList.all(ns, bb, collection).map((r) => JSON.parse(r.data) as T);
}

/** A namespace's records as stored, for putting them back later (restoreRecords). */
export type RecordRow = { bb: string; collection: string; id: string; data: string; origin: string; seq: number };

/** Every record of a namespace (all origins), e.g. before a trial run whose effects must not last. */
export function snapshotRecords(ns: string): RecordRow[] {
  const s = stmts();
  flushStmts(s);
  return s.recAllNs.all(ns);
}

/** Puts a namespace's records back exactly as snapshotRecords saw them (the trace is left alone). */
export function restoreRecords(ns: string, rows: RecordRow[]): void {
  const s = stmts();
  flushStmts(s);
  s.db.transaction(() => {
    s.recDeleteNs.run(ns);
    for (const r of rows) s.recUpsert.run(ns, r.bb, r.collection, r.id, r.data, r.origin, r.seq);
  })();
  s.userCounts.delete(ns);
}

/** Runs fn in one SQLite transaction (fast bulk seeding). */
export function inTransaction<T>(fn: () => T): T {
  const s = stmts();
  flushStmts(s);
  return s.db.transaction(() => {
    const result = fn();
    flushStmts(s); // writes fn queued commit with it
    return result;
  })();
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
  if (s.nextTraceId === 0) s.nextTraceId = s.traceMaxId.get()!.n + 1;
  const id = s.nextTraceId++;
  enqueue(s, () => {
    try {
      s.traceInsert.run({ ...entry, id });
    } catch {
      // Another process took the id (the sandbox expects one server process): keep the entry anyway.
      s.traceInsert.run({ ...entry, id: null });
      s.nextTraceId = s.traceMaxId.get()!.n + 1;
    }
  });
  if (++traceInserts % 50 === 0) enqueue(s, () => s.traceTrim.run(entry.ns, entry.ns, SANDBOX_LIMITS.maxTrace));
  return id;
}

/** Trace entries of a namespace, newest first, optionally only those after `afterId`. */
export function listTrace(ns: string, limit = 100, afterId = 0): TraceRow[] {
  const s = stmts();
  flushStmts(s);
  return s.traceList.all(ns, afterId, limit);
}
