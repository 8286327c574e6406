// Data access for the sandbox: namespaces, mock records, faults and the exchange trace.
// Synchronous on purpose (better-sqlite3): a mock call is a handful of indexed statements.
// Not server-only: the seed script (tsx) uses it too.
import type Database from "better-sqlite3";
import { connection } from "@/db/connection";

/** Caps that keep a public sandbox from being filled. Read per call, so tests and operators can change them. */
export const SANDBOX_LIMITS = {
  /** Records clients may create per namespace (fixtures do not count). */
  maxUserRecords: Number(process.env.SANDBOX_MAX_RECORDS ?? 2000),
  /** Bytes of changed and created records a namespace may hold (the JSON text). */
  maxNamespaceBytes: Number(process.env.SANDBOX_MAX_NAMESPACE_BYTES ?? 4 * 1024 * 1024),
  /** Largest request body a mock accepts, in bytes. */
  maxBodyBytes: Number(process.env.SANDBOX_MAX_BODY_BYTES ?? 64 * 1024),
  /** Idle time after which a namespace is removed, in ms (default 24 h). */
  idleMs: Number(process.env.SANDBOX_IDLE_HOURS ?? 24) * 3600_000,
  /** Trace entries kept per namespace. */
  maxTrace: 500,
  /** Live namespaces (rows) the sandbox holds at most; new ones are refused beyond it. */
  maxNamespaces: Number(process.env.SANDBOX_MAX_NAMESPACES ?? 2000),
};

export type RecordOrigin = "demo" | "suite" | "user";
type FixtureOrigin = Exclude<RecordOrigin, "user">;

/** Thrown when a namespace reached its record or size cap; the runtime turns it into a JSON 413. */
export class SandboxQuotaError extends Error {}

/*
 * Copy on write. The fixture sets live once, in memory (`Base`); a namespace's rows in
 * sandbox_records hold only what its visitors changed: a changed or created record, or a tombstone
 * (deleted = 1) hiding a fixture record. Reads look at queued writes, then the namespace's row, then
 * the fixtures. A row overriding a fixture keeps the fixture's origin and list position (seq), so a
 * reset of one fixture set is "delete the rows of that origin".
 */
type BaseRecord = { json: string; origin: FixtureOrigin; seq: number };
type Base = Map<string, Map<string, BaseRecord>>; // "bb\0collection" → id → record, in list order
type FixtureSeed = { bb: string; collection: string; id: string; data: unknown };
/** An overlay row as read or queued: data null is a tombstone (or a deleted user record). */
type Overlay = { data: string | null; origin: RecordOrigin; seq: number };

const fixtureState: { load?: () => Record<FixtureOrigin, FixtureSeed[]>; base?: Base } = {};

/** Names the fixture sets every namespace starts from (sandbox/namespaces.ts does, once per process). */
export function registerFixtures(load: () => Record<FixtureOrigin, FixtureSeed[]>): void {
  fixtureState.load ??= load;
}

function base(): Base {
  if (fixtureState.base) return fixtureState.base;
  const built: Base = new Map();
  const sets = fixtureState.load?.() ?? { demo: [], suite: [] };
  let seq = 0;
  for (const origin of ["demo", "suite"] as const) {
    for (const r of sets[origin]) {
      const key = `${r.bb}\u0000${r.collection}`;
      let col = built.get(key);
      if (!col) built.set(key, (col = new Map()));
      const existing = col.get(r.id);
      // Same id in both sets: the later data wins, the first origin and position stay (as seeding did).
      col.set(r.id, { json: JSON.stringify(r.data), origin: existing?.origin ?? origin, seq: existing?.seq ?? ++seq });
    }
  }
  // Only cache real fixtures: a module that reads before the loader is registered must not pin an empty base.
  if (fixtureState.load) fixtureState.base = built;
  return built;
}

const baseRecord = (bb: string, collection: string, id: string) => base().get(`${bb}\u0000${collection}`)?.get(id);

/** Per-namespace usage, counted once per process and then kept up to date by this module's writes. */
type Usage = { records: number; bytes: number };

type Stmts = ReturnType<typeof prepare> & {
  db: Database.Database;
  /** User records and overlay bytes per namespace: counting on every insert made creates O(n). */
  usage: Map<string, Usage>;
  /** Namespaces known to have a row (so writes need not insert one). */
  known: Set<string>;
  /** Live namespace rows, counted once then kept up to date (undefined: not counted yet). */
  liveCount?: number;
  /** Trace inserts per namespace since its last trim. */
  traceSinceTrim: Map<string, number>;
  /** Writes not yet committed, in order; committed together by flush() (group commit). */
  queue: Array<() => void>;
  /** Queued record writes by key, so reads see them before the commit. */
  pending: Map<string, Overlay>;
  /** Next trace id (ids are handed out when queued, so the caller gets one at once). */
  nextTraceId: number;
  timer?: ReturnType<typeof setTimeout>;
};
// One write queue and one trace-id counter per connection. This module is shared (scripts/shared-modules.mjs),
// so every route that touches the sandbox reaches this one cache; copies would collide on queued writes and ids.
const cache = new WeakMap<Database.Database, Stmts>();

function prepare(db: Database.Database) {
  return {
    nsGet: db.prepare<[string], { name: string; created_at: number; last_used_at: number; faults: string }>(
      "SELECT name, created_at, last_used_at, faults FROM sandbox_namespaces WHERE name = ?",
    ),
    nsInsert: db.prepare("INSERT OR IGNORE INTO sandbox_namespaces (name, created_at, last_used_at, faults) VALUES (?, ?, ?, '{}')"),
    nsTouch: db.prepare("UPDATE sandbox_namespaces SET last_used_at = ? WHERE name = ?"),
    nsFaults: db.prepare("UPDATE sandbox_namespaces SET faults = ? WHERE name = ?"),
    nsIdle: db.prepare<[number, number], { name: string }>("SELECT name FROM sandbox_namespaces WHERE last_used_at < ? LIMIT ?"),
    nsDelete: db.prepare("DELETE FROM sandbox_namespaces WHERE name = ?"),
    nsCount: db.prepare<[], { n: number }>("SELECT count(*) AS n FROM sandbox_namespaces"),
    recGet: db.prepare<[string, string, string, string], { data: string; deleted: number; origin: RecordOrigin; seq: number }>(
      "SELECT data, deleted, origin, seq FROM sandbox_records WHERE ns = ? AND bb = ? AND collection = ? AND id = ?",
    ),
    recUpsert: db.prepare(
      `INSERT INTO sandbox_records (ns, bb, collection, id, data, origin, seq, deleted) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (ns, bb, collection, id) DO UPDATE SET data = excluded.data, seq = excluded.seq, deleted = excluded.deleted`,
    ),
    recDelete: db.prepare("DELETE FROM sandbox_records WHERE ns = ? AND bb = ? AND collection = ? AND id = ?"),
    recList: db.prepare<[string, string, string], { id: string; data: string; deleted: number }>(
      "SELECT id, data, deleted FROM sandbox_records WHERE ns = ? AND bb = ? AND collection = ? ORDER BY seq",
    ),
    recUsage: db.prepare<[string], { records: number; bytes: number }>(
      "SELECT count(*) FILTER (WHERE origin = 'user' AND deleted = 0) AS records, coalesce(sum(length(data)), 0) AS bytes FROM sandbox_records WHERE ns = ?",
    ),
    recDeleteNs: db.prepare("DELETE FROM sandbox_records WHERE ns = ?"),
    recAllNs: db.prepare<[string], RecordRow>("SELECT bb, collection, id, data, origin, seq, deleted FROM sandbox_records WHERE ns = ?"),
    recDeleteNsOrigin: db.prepare("DELETE FROM sandbox_records WHERE ns = ? AND origin = ?"),
    traceInsert: db.prepare(
      `INSERT INTO sandbox_trace (id, ns, at, via, caller, provider, service, method, path, status, latency_ms,
         request_headers, request_body, response_body, denied) VALUES
       (@id, @ns, @at, @via, @caller, @provider, @service, @method, @path, @status, @latencyMs,
        @requestHeaders, @requestBody, @responseBody, @denied)`,
    ),
    traceList: db.prepare<[string, number, number], TraceRow>("SELECT * FROM sandbox_trace WHERE ns = ? AND id > ? ORDER BY id DESC LIMIT ?"),
    traceTrim: db.prepare("DELETE FROM sandbox_trace WHERE ns = ? AND id <= (SELECT id FROM sandbox_trace WHERE ns = ? ORDER BY id DESC LIMIT 1 OFFSET ?)"),
    traceDeleteNs: db.prepare("DELETE FROM sandbox_trace WHERE ns = ?"),
    // AUTOINCREMENT never reuses an id, so the next one is above both the table and its sequence.
    traceMaxId: db.prepare<[], { n: number }>(
      "SELECT max(coalesce((SELECT max(id) FROM sandbox_trace), 0), coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'sandbox_trace'), 0)) AS n",
    ),
  };
}

function stmts(): Stmts {
  const client = connection();
  let s = cache.get(client);
  if (!s) {
    s = { ...prepare(client), db: client, usage: new Map(), known: new Set(), traceSinceTrim: new Map(), queue: [], pending: new Map(), nextTraceId: 0 };
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

// A monotonically increasing sequence keeps list order stable (insertion order) across processes.
// Fixtures use small numbers (their position), so they list before anything a visitor created.
const seqState = { last: 0 };
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

/** One namespace row, or undefined (a namespace nobody changed or called has none). */
export function getNamespaceRow(ns: string) {
  return stmts().nsGet.get(ns);
}

/** Number of live namespaces (rows), counted once per process and then kept up to date. */
export function countNamespaces(): number {
  const s = stmts();
  return (s.liveCount ??= s.nsCount.get()!.n);
}

/** Creates the namespace row if missing. Returns true when it was created now. */
export function insertNamespace(ns: string): boolean {
  const s = stmts();
  const now = Date.now();
  const created = s.nsInsert.run(ns, now, now).changes > 0;
  if (created && s.liveCount !== undefined) s.liveCount++;
  s.known.add(ns);
  return created;
}

/** Every write goes to a namespace with a row, so the sweep finds and removes it later. */
function ensureRow(s: Stmts, ns: string): void {
  if (!s.known.has(ns)) insertNamespace(ns);
}

/** Marks a namespace as used now (drives idle expiry). */
export function touchNamespace(ns: string): void {
  stmts().nsTouch.run(Date.now(), ns);
}

/** Replaces the namespace's fault switches (a JSON-serialisable object), creating its row if needed. */
export function writeFaults(ns: string, faults: object): void {
  const s = stmts();
  ensureRow(s, ns);
  s.nsFaults.run(JSON.stringify(faults), ns);
}

/** Names of up to `limit` namespaces idle since before `before` (epoch ms). */
export function idleNamespaces(before: number, limit = 1_000_000): string[] {
  return stmts()
    .nsIdle.all(before, limit)
    .map((r) => r.name);
}

/** Deletes a namespace with all its records and trace. */
export function deleteNamespace(ns: string): void {
  const s = stmts();
  flushStmts(s);
  let deleted = 0;
  s.db.transaction(() => {
    s.recDeleteNs.run(ns);
    s.traceDeleteNs.run(ns);
    deleted = s.nsDelete.run(ns).changes;
  })();
  if (deleted && s.liveCount !== undefined) s.liveCount--;
  s.known.delete(ns);
  s.usage.delete(ns);
  s.traceSinceTrim.delete(ns);
}

/** Deletes what visitors changed in a namespace (all of it, or the rows of one origin) and its trace. */
export function clearNamespaceData(ns: string, origin?: RecordOrigin): void {
  const s = stmts();
  flushStmts(s);
  s.db.transaction(() => {
    if (origin) s.recDeleteNsOrigin.run(ns, origin);
    else s.recDeleteNs.run(ns);
    s.traceDeleteNs.run(ns);
  })();
  s.usage.delete(ns);
}

/** The namespace's own version of a record: queued, else its row (undefined: the fixture shows through). */
function overlayOf(s: Stmts, ns: string, bb: string, collection: string, id: string): Overlay | undefined {
  const queued = s.pending.get(recordKey(ns, bb, collection, id));
  if (queued) return queued;
  const row = s.recGet.get(ns, bb, collection, id);
  return row ? { data: row.deleted ? null : row.data, origin: row.origin, seq: row.seq } : undefined;
}

function usageOf(s: Stmts, ns: string): Usage {
  let usage = s.usage.get(ns);
  if (!usage) {
    flushStmts(s);
    usage = { ...s.recUsage.get(ns)! };
    s.usage.set(ns, usage);
  }
  return usage;
}

/** Reads one record's JSON document. */
export function getRecord<T = Record<string, unknown>>(ns: string, bb: string, collection: string, id: string): T | undefined {
  const s = stmts();
  const own = overlayOf(s, ns, bb, collection, id);
  const json = own ? own.data : baseRecord(bb, collection, id)?.json;
  return json == null ? undefined : (JSON.parse(json) as T);
}

function writeOverlay(s: Stmts, ns: string, bb: string, collection: string, id: string, row: Overlay): void {
  ensureRow(s, ns);
  s.pending.set(recordKey(ns, bb, collection, id), row);
  const data = row.data ?? "";
  const deleted = row.data === null ? 1 : 0;
  enqueue(s, () => s.recUpsert.run(ns, bb, collection, id, data, row.origin, row.seq, deleted));
}

/**
 * Creates or replaces a record. New records count against the namespace's record cap, and what the
 * namespace stores against its size cap.
 * @throws SandboxQuotaError when the namespace is full.
 */
export function putRecord(ns: string, bb: string, collection: string, id: string, data: unknown): void {
  const s = stmts();
  const own = overlayOf(s, ns, bb, collection, id);
  const fixture = baseRecord(bb, collection, id);
  const exists = own ? own.data !== null : !!fixture;
  const origin = own?.origin ?? fixture?.origin ?? "user";
  const json = JSON.stringify(data);
  const usage = usageOf(s, ns);
  const newRecord = origin === "user" && !exists;
  if (newRecord && usage.records >= SANDBOX_LIMITS.maxUserRecords) {
    throw new SandboxQuotaError(
      `This sandbox namespace holds the maximum of ${SANDBOX_LIMITS.maxUserRecords} records. Reset it (POST /api/sandbox/reset) or use a new namespace to continue.`,
    );
  }
  const bytes = usage.bytes - (own?.data?.length ?? 0) + json.length;
  if (bytes > SANDBOX_LIMITS.maxNamespaceBytes && bytes > usage.bytes) {
    throw new SandboxQuotaError(
      `This sandbox namespace holds the maximum of ${SANDBOX_LIMITS.maxNamespaceBytes} bytes of data. Reset it (POST /api/sandbox/reset) or use a new namespace to continue.`,
    );
  }
  if (newRecord) usage.records++;
  usage.bytes = bytes;
  // A record replaced in place keeps its list position; one created (again) goes to the end.
  const seq = exists ? (own?.seq ?? fixture!.seq) : nextSeq();
  writeOverlay(s, ns, bb, collection, id, { data: json, origin, seq });
}

/** Deletes a record; returns whether it existed. A fixture record is hidden by a tombstone. */
export function deleteRecord(ns: string, bb: string, collection: string, id: string): boolean {
  const s = stmts();
  const own = overlayOf(s, ns, bb, collection, id);
  const fixture = baseRecord(bb, collection, id);
  const exists = own ? own.data !== null : !!fixture;
  if (!exists) return false;
  const usage = usageOf(s, ns);
  usage.bytes -= own?.data?.length ?? 0;
  if (fixture) {
    writeOverlay(s, ns, bb, collection, id, { data: null, origin: own?.origin ?? fixture.origin, seq: own?.seq ?? fixture.seq });
  } else {
    if (own?.origin === "user") usage.records = Math.max(0, usage.records - 1);
    flushStmts(s);
    s.recDelete.run(ns, bb, collection, id);
  }
  return true;
}

/** Every record of a collection, in list order: fixtures (minus what the namespace changed), then what it added. */
export function listRecords<T = Record<string, unknown>>(ns: string, bb: string, collection: string): T[] {
  const s = stmts();
  flushStmts(s);
  const own = new Map<string, { data: string; deleted: number }>();
  for (const row of s.recList.all(ns, bb, collection)) own.set(row.id, row);
  const out: T[] = [];
  const fixtures = base().get(`${bb}\u0000${collection}`);
  if (fixtures) {
    for (const [id, fixture] of fixtures) {
      const mine = own.get(id);
      if (mine) own.delete(id);
      if (mine?.deleted) continue;
      out.push(JSON.parse(mine ? mine.data : fixture.json) as T);
    }
  }
  // Rows left are records the namespace created, already in seq order (fixture overrides were taken above).
  for (const row of own.values()) if (!row.deleted) out.push(JSON.parse(row.data) as T);
  return out;
}

/** A namespace's own rows as stored (copy on write: fixtures are not included), for putting them back later. */
export type RecordRow = { bb: string; collection: string; id: string; data: string; origin: RecordOrigin; seq: number; deleted: number };

/** Every row a namespace holds (all origins, tombstones too), e.g. before a trial run whose effects must not last. */
export function snapshotRecords(ns: string): RecordRow[] {
  const s = stmts();
  flushStmts(s);
  return s.recAllNs.all(ns);
}

/** Puts a namespace's rows back exactly as snapshotRecords saw them (the trace is left alone). */
export function restoreRecords(ns: string, rows: RecordRow[]): void {
  const s = stmts();
  flushStmts(s);
  s.db.transaction(() => {
    s.recDeleteNs.run(ns);
    for (const r of rows) s.recUpsert.run(ns, r.bb, r.collection, r.id, r.data, r.origin, r.seq, r.deleted);
  })();
  s.usage.delete(ns);
}

/** Runs fn in one SQLite transaction (fast bulk writes). */
export function inTransaction<T>(fn: () => T): T {
  const s = stmts();
  flushStmts(s);
  return s.db.transaction(() => {
    const result = fn();
    flushStmts(s); // writes fn queued commit with it
    return result;
  })();
}

/** Appends a trace entry and returns its id; a namespace's entries beyond the cap are trimmed every 50 inserts. */
export function insertTrace(
  entry: Omit<TraceRow, "id" | "latency_ms" | "request_headers" | "request_body" | "response_body"> & {
    latencyMs: number;
    requestHeaders: string | null;
    requestBody: string | null;
    responseBody: string | null;
  },
): number {
  const s = stmts();
  ensureRow(s, entry.ns);
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
  // Counted per namespace: a global counter let a namespace grow past the cap while others were busy.
  const since = (s.traceSinceTrim.get(entry.ns) ?? 0) + 1;
  s.traceSinceTrim.set(entry.ns, since % 50);
  if (since >= 50) enqueue(s, () => s.traceTrim.run(entry.ns, entry.ns, SANDBOX_LIMITS.maxTrace));
  return id;
}

/** Trace entries of a namespace, newest first, optionally only those after `afterId`. */
export function listTrace(ns: string, limit = 100, afterId = 0): TraceRow[] {
  const s = stmts();
  flushStmts(s);
  return s.traceList.all(ns, afterId, limit);
}

/**
 * Gives up to `pages` free pages back to the file system (incremental auto-vacuum); returns the free
 * pages left. Cheap when there are none: the sweep calls it after every batch.
 */
export function vacuumSome(pages = 256): number {
  const db = stmts().db;
  if (db.pragma("auto_vacuum", { simple: true }) !== 2) return 0;
  db.pragma(`incremental_vacuum(${Math.max(1, Math.floor(pages))})`);
  return db.pragma("freelist_count", { simple: true }) as number;
}

/**
 * Switches a database to incremental auto-vacuum, so pages freed by the sweep can be given back.
 * SQLite only honours the setting before the first table exists or after a VACUUM, so an existing
 * database (auto_vacuum NONE) is rebuilt once here; that takes a while on a large file, at start-up.
 * Returns true when it rebuilt the file.
 */
export function enableIncrementalVacuum(db: Database.Database): boolean {
  if (db.pragma("auto_vacuum", { simple: true }) === 2) return false;
  db.pragma("auto_vacuum = INCREMENTAL");
  if (db.pragma("auto_vacuum", { simple: true }) === 2) return false; // no table yet: took effect at once
  db.exec("VACUUM");
  return true;
}
