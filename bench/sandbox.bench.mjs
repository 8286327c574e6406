// Stateful mock throughput: create then read a Digital Registries record through the Information
// Mediator, 50 concurrent connections, side by side with Stoplight Prism 5.14.2 (`prism mock`,
// static examples) serving the same contract. Prism is started and stopped here, on loopback.
// Fairness: both servers get the same warm-up, then the runs alternate (portal, Prism, portal, …)
// so load from other work on the machine hits both alike; each side reports its median round.
// Standalone: `BASE_URL=http://127.0.0.1:3209 node bench/sandbox.bench.mjs` against a running server
// (started with SANDBOX_MAX_RECORDS and SANDBOX_MAX_NAMESPACE_BYTES high enough: every pair stores two records).
import autocannon from "autocannon";
import { spawn } from "node:child_process";
import { loadavg } from "node:os";
import { setTimeout as sleep } from "node:timers/promises";
import { pathToFileURL } from "node:url";

const CONNECTIONS = 50;
const DURATION = Number(process.env.BENCH_SANDBOX_SECONDS ?? 10);
const WARMUP = Number(process.env.BENCH_SANDBOX_WARMUP_SECONDS ?? 3);
const ROUNDS = Number(process.env.BENCH_SANDBOX_ROUNDS ?? 3);
const PRISM_PORT = Number(process.env.PRISM_PORT ?? 3212);
const CONTRACT = "content/building-blocks/digital-registries/openapi.yaml";
const CALLER = { "information-mediator-client": "eGovStack/GOV/90000001/portal" };

/** Create-then-read pairs; each connection creates its own record and reads it back. */
function createThenRead(prefix) {
  const headers = { "content-type": "application/json", ...CALLER };
  let n = 0;
  return [
    {
      method: "POST",
      path: `${prefix}/data/bench/1.0/create`,
      headers,
      setupRequest: (req, context) => {
        context.id = `B-${process.pid}-${++n}-${Math.random().toString(36).slice(2, 8)}`;
        return { ...req, body: JSON.stringify({ write: { content: { id: context.id, firstName: "Bench", lastName: "Mark" } } }) };
      },
    },
    {
      method: "POST",
      path: `${prefix}/data/bench/1.0/read`,
      headers,
      setupRequest: (req, context) => ({ ...req, body: JSON.stringify({ query: { content: { id: context.id } } }) }),
    },
  ];
}

const load1 = () => Math.round(loadavg()[0] * 10) / 10;

async function run(url, requests, duration = DURATION) {
  const load = load1();
  const result = await autocannon({ url, connections: CONNECTIONS, duration, requests });
  return {
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx + result.errors + result.timeouts,
    total: result.requests.total,
    load,
  };
}

const median = (rounds) => [...rounds].sort((a, b) => a.rps - b.rps)[Math.floor((rounds.length - 1) / 2)];

async function waitFor(url) {
  for (let i = 0; i < 300; i++) {
    try {
      await fetch(url);
      return;
    } catch {
      await sleep(100);
    }
  }
  throw new Error(`${url} did not answer`);
}

/** Portal (validation + state + IM + trace) vs Prism (static examples, validation), alternating rounds. */
export default async function sandboxBench({ baseUrl }) {
  const prismUrl = `http://127.0.0.1:${PRISM_PORT}`;
  const prism = spawn("node_modules/.bin/prism", ["mock", CONTRACT, "-h", "127.0.0.1", "-p", String(PRISM_PORT), "--errors", "false"], {
    stdio: "ignore",
    detached: true,
  });
  const portalRounds = [];
  const prismRounds = [];
  try {
    await waitFor(`${prismUrl}/databases`);
    // A fresh namespace per round keeps the rounds alike (same record count to start from).
    const imFor = (ns) => `/mock/ns/${ns}/information-mediator/r1/eGovStack/GOV/10000003/digital-registries`;
    const warmNs = `bench-${Date.now()}-w`;
    await fetch(`${baseUrl}${imFor(warmNs)}/data/bench/1.0`, { headers: CALLER }); // seed + compile the contract
    await run(baseUrl, createThenRead(imFor(warmNs)), WARMUP);
    await run(prismUrl, createThenRead(""), WARMUP);
    for (let round = 0; round < ROUNDS; round++) {
      const ns = `bench-${Date.now()}-${round}`;
      await fetch(`${baseUrl}${imFor(ns)}/data/bench/1.0`, { headers: CALLER });
      portalRounds.push(await run(baseUrl, createThenRead(imFor(ns))));
      prismRounds.push(await run(prismUrl, createThenRead("")));
    }
  } finally {
    process.kill(-prism.pid, "SIGTERM");
  }
  const portal = median(portalRounds);
  const prismResult = median(prismRounds);
  console.log(`[sandbox bench] ${ROUNDS} alternating rounds of ${DURATION} s, load average (1 min) at each start:`);
  for (let i = 0; i < ROUNDS; i++)
    console.log(`  round ${i + 1}: portal ${JSON.stringify(portalRounds[i])}\n           prism  ${JSON.stringify(prismRounds[i])}`);
  return [
    { name: "Sandbox create+read via IM, 50 conns: req/s (median round)", value: portal.rps, unit: "req/s", budget: undefined },
    { name: "Sandbox create+read via IM, 50 conns: p99", value: portal.p99, unit: "ms", budget: undefined },
    { name: "Sandbox create+read via IM: non-2xx answers", value: portalRounds.reduce((n, r) => n + r.non2xx, 0), unit: "responses", budget: 0 },
    { name: "Prism 5.14.2 static mock, same calls: req/s (median round)", value: prismResult.rps, unit: "req/s", budget: undefined },
    { name: "Prism 5.14.2 static mock, same calls: p99", value: prismResult.p99, unit: "ms", budget: undefined },
    {
      name: "Load average (1 min) during the sandbox bench",
      value: Math.max(...portalRounds.map((r) => r.load), ...prismRounds.map((r) => r.load)),
      unit: "",
      budget: undefined,
    },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const rows = await sandboxBench({ baseUrl: process.env.BASE_URL ?? "http://127.0.0.1:3000" });
  for (const row of rows) console.log(`${row.name}: ${row.value} ${row.unit}`);
}
