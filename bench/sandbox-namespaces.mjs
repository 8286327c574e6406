// Namespace fill and sweep (issue #14): N new namespaces, each opened by one mock call, then the idle
// sweep while a probe measures request latency. Standalone, not part of `npm run bench` (it takes
// minutes and runs its own `npm run mocks` server on a throwaway database):
//   NAMESPACES=10000 MOCKS_PORT=3331 node bench/sandbox-namespaces.mjs
// WRITE=1 makes every namespace also create one record (a visitor who changed something).
import Database from "better-sqlite3";
import { spawn } from "node:child_process";
import { mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

const N = Number(process.env.NAMESPACES ?? 10_000);
const PORT = Number(process.env.MOCKS_PORT ?? 3331);
const CONCURRENCY = 16;
const IDLE_SECONDS = Number(process.env.IDLE_SECONDS ?? 20);
const WRITE = process.env.WRITE === "1";
const base = `http://127.0.0.1:${PORT}`;
const dbPath = join(mkdtempSync(join(tmpdir(), "ns-bench-")), "portal.db");
const CALLER = { "information-mediator-client": "eGovStack/GOV/90000001/portal", "content-type": "application/json" };

const env = {
  ...process.env,
  MOCKS_PORT: String(PORT),
  DATABASE_PATH: dbPath,
  SANDBOX_IDLE_HOURS: String(IDLE_SECONDS / 3600),
  SANDBOX_WARMUP: "1",
  // The caps are measured separately: lift them so every namespace is created.
  SANDBOX_MAX_NAMESPACES: String(N * 2),
  SANDBOX_NAMESPACES_PER_CLIENT: String(N * 2),
};

async function start() {
  const child = spawn("node", ["scripts/mocks.mjs"], { env, stdio: "ignore", detached: true });
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`${base}/mock/workflow/healthcheck`)).ok) return child;
    } catch {
      // not yet listening
    }
    await sleep(100);
  }
  throw new Error("mocks did not start");
}

async function stop(child) {
  process.kill(-child.pid, "SIGTERM");
  await new Promise((resolve) => child.once("exit", resolve));
}

const mb = (bytes) => Math.round(bytes / 1e5) / 10;
/** Database size in MB after a checkpoint that empties the WAL (the server is stopped when this runs). */
function size() {
  const db = new Database(dbPath);
  try {
    db.pragma("wal_checkpoint(TRUNCATE)");
  } finally {
    db.close();
  }
  return ["", "-wal"].reduce((n, s) => n + (statSync(dbPath + s, { throwIfNoEntry: false })?.size ?? 0), 0);
}
function inspect() {
  const db = new Database(dbPath, { readonly: true });
  try {
    return {
      rows: db.prepare("SELECT count(*) AS n FROM sandbox_namespaces WHERE name <> 'probe'").get().n,
      free: db.pragma("freelist_count", { simple: true }),
    };
  } finally {
    db.close();
  }
}
const count = () => inspect().rows;

async function visit(i) {
  const ns = `fill-${i}`;
  const res = await fetch(`${base}/mock/ns/${ns}/digital-registries/databases`);
  await res.arrayBuffer();
  if (!res.ok) throw new Error(`GET in ${ns}: ${res.status}`);
  if (WRITE) {
    const body = JSON.stringify({ write: { content: { id: `HH-${i}`, headName: "Fill" } } });
    const w = await fetch(`${base}/mock/ns/${ns}/digital-registries/data/households/1.0/create`, { method: "POST", headers: CALLER, body });
    await w.arrayBuffer();
    if (!w.ok) throw new Error(`create in ${ns}: ${w.status}`);
  }
}

let child = await start();
const sizeBefore = size();
const t0 = performance.now();
let next = 0;
await Promise.all(
  Array.from({ length: CONCURRENCY }, async () => {
    while (next < N) await visit(next++);
  }),
);
const fillSeconds = (performance.now() - t0) / 1000;
await stop(child); // commits and checkpoints
console.log(
  `fill: ${N} namespaces${WRITE ? " (one record each)" : ""} in ${fillSeconds.toFixed(1)} s; database ${mb(sizeBefore)} MB → ${mb(size())} MB; ${count()} namespace rows`,
);

// Let them all go idle, then restart (the old server swept on the first request after start).
await sleep(IDLE_SECONDS * 1000 + 1000);
child = await start();
const latencies = [];
const t1 = performance.now();
// The first request after start also compiles the workflow contract: reported apart from the rest.
const first = performance.now();
await (await fetch(`${base}/mock/ns/probe/workflow/processes`)).arrayBuffer();
const firstMs = performance.now() - first;
// Probe until every namespace is gone and the freed pages are given back (or two minutes).
let { rows: remaining, free } = inspect();
let sweepSeconds;
while ((remaining > 0 || free > 0) && performance.now() - t1 < 120_000) {
  const s = performance.now();
  const res = await fetch(`${base}/mock/ns/probe/workflow/processes`);
  await res.arrayBuffer();
  latencies.push(performance.now() - s);
  await sleep(10);
  if (latencies.length % 20 === 0) ({ rows: remaining, free } = inspect());
  if (remaining === 0 && sweepSeconds === undefined) sweepSeconds = (performance.now() - t1) / 1000;
}
sweepSeconds ??= (performance.now() - t1) / 1000;
await sleep(1500);
await stop(child);
latencies.sort((a, b) => a - b);
const p = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))].toFixed(1);
console.log(
  `sweep: ${remaining === 0 ? "all swept" : `${remaining} left`} after ${sweepSeconds.toFixed(1)} s (${free} free pages left); first request ${firstMs.toFixed(0)} ms, then ${latencies.length} probe requests: p50 ${p(0.5)} ms, p99 ${p(0.99)} ms, worst ${latencies.at(-1).toFixed(1)} ms; database now ${mb(size())} MB (${count()} rows)`,
);
