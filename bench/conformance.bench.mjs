// Conformance: a full run of all ten suites against the server's mocks over HTTP (127.0.0.1), through
// the outbound guard, as a vendor's run would be. Reports wall time and request count of the whole
// run (goal: under 30 s for all ten), once cold (first calls compile contracts) and once warm.
// Standalone: BASE_URL=http://127.0.0.1:3311 node bench/conformance.bench.mjs (e.g. against `npm run mocks`).
import { tsImport } from "tsx/esm/api";

// The ten suites the README's benchmark table has measured from the start: every mock BB but e-signature
// (added later), so the figures stay comparable.
const { BB_IDS } = await tsImport("../sandbox/types.ts", import.meta.url);
const BBS = BB_IDS.filter((bb) => bb !== "e-signature");

async function runAll(runSuite, guardedTransport, allow, baseUrl, ns) {
  const t0 = performance.now();
  let requests = 0;
  let passed = 0;
  let total = 0;
  let slowest = { bb: "", ms: 0 };
  for (const bb of BBS) {
    const report = await runSuite({ bb, baseUrl: `${baseUrl}/mock/ns/${ns}/${bb}`, transport: guardedTransport({ allow }) });
    requests += report.requestCount;
    passed += report.summary.passed;
    total += report.summary.total;
    if (report.durationMs > slowest.ms) slowest = { bb, ms: report.durationMs };
  }
  return { ms: performance.now() - t0, requests, passed, total, slowest };
}

export default async function conformanceBench({ baseUrl }) {
  const { runSuite, guardedTransport } = await tsImport("../conformance/runner.ts", import.meta.url);
  const { allowListFrom } = await tsImport("../conformance/guard.ts", import.meta.url);
  const allow = allowListFrom("127.0.0.1,localhost");
  const tag = Date.now().toString(36);
  const cold = await runAll(runSuite, guardedTransport, allow, baseUrl, `bench-conf-a-${tag}`);
  const warm = await runAll(runSuite, guardedTransport, allow, baseUrl, `bench-conf-b-${tag}`);
  if (warm.passed !== warm.total) throw new Error(`conformance bench: ${warm.total - warm.passed} of ${warm.total} checks did not pass against the mocks`);
  return [
    { name: "Conformance: all ten suites against the mocks, first run (wall time)", value: Math.round(cold.ms), unit: "ms" },
    { name: `Conformance: all ten suites, warm (${warm.total} checks, all passed)`, value: Math.round(warm.ms), unit: "ms", budget: 30_000 },
    { name: "Conformance: requests in one full run", value: warm.requests, unit: "req" },
    { name: `Conformance: slowest suite, warm (${warm.slowest.bb})`, value: Math.round(warm.slowest.ms), unit: "ms" },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await conformanceBench({ baseUrl: process.env.BASE_URL ?? "http://127.0.0.1:3333" });
  for (const r of rows) console.log(`${r.name}: ${r.value} ${r.unit}${r.budget ? ` (budget ${r.budget})` : ""}`);
}
