// Stateful mock throughput: create then read a Digital Registries record through the Information
// Mediator, 50 concurrent connections, side by side with Stoplight Prism 5.14.2 (`prism mock`,
// static examples) serving the same contract. Prism is started and stopped here, on loopback.
import autocannon from "autocannon";
import { spawn } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";

const CONNECTIONS = 50;
const DURATION = Number(process.env.BENCH_SANDBOX_SECONDS ?? 10);
const PRISM_PORT = Number(process.env.PRISM_PORT ?? 3212);
const CONTRACT = "content/building-blocks/digital-registries/openapi.yaml";

/** Create-then-read pairs; each connection creates its own record and reads it back. */
function createThenRead(prefix, extraHeaders = {}) {
  const headers = { "content-type": "application/json", "information-mediator-client": "eGovStack/GOV/90000001/portal", ...extraHeaders };
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

async function run(url, requests) {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION, requests });
  const non2xx = result.non2xx + result.errors;
  return { rps: Math.round(result.requests.average), p99: result.latency.p99, p50: result.latency.p50, non2xx, total: result.requests.total };
}

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

/** Portal (validation + state + IM + trace) vs Prism (static examples, validation). */
export default async function sandboxBench({ baseUrl }) {
  const ns = `bench-${Date.now()}`;
  const im = `/mock/ns/${ns}/information-mediator/r1/eGovStack/GOV/10000003/digital-registries`;
  await fetch(`${baseUrl}${im}/data/bench/1.0`, { headers: { "information-mediator-client": "eGovStack/GOV/90000001/portal" } }); // warm + seed
  const portal = await run(baseUrl, createThenRead(im));

  const prism = spawn("node_modules/.bin/prism", ["mock", CONTRACT, "-h", "127.0.0.1", "-p", String(PRISM_PORT), "--errors", "false"], { stdio: "ignore", detached: true });
  let prismResult;
  try {
    await waitFor(`http://127.0.0.1:${PRISM_PORT}/databases`);
    prismResult = await run(`http://127.0.0.1:${PRISM_PORT}`, createThenRead(""));
  } finally {
    process.kill(-prism.pid, "SIGTERM");
  }
  console.log(`[sandbox bench] portal: ${JSON.stringify(portal)} prism: ${JSON.stringify(prismResult)}`);
  return [
    { name: "Sandbox create+read via IM, 50 conns: req/s", value: portal.rps, unit: "req/s", budget: undefined },
    { name: "Sandbox create+read via IM, 50 conns: p99", value: portal.p99, unit: "ms", budget: undefined },
    { name: "Sandbox create+read via IM: non-2xx answers", value: portal.non2xx, unit: "responses", budget: 0 },
    { name: "Prism 5.14.2 static mock, same calls: req/s", value: prismResult.rps, unit: "req/s", budget: undefined },
    { name: "Prism 5.14.2 static mock, same calls: p99", value: prismResult.p99, unit: "ms", budget: undefined },
  ];
}
