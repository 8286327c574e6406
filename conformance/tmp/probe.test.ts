import { test } from "vitest";
import { startMockServer, loopbackOnly } from "@/conformance/test-server";
import { runSuite, guardedTransport } from "@/conformance/runner";
import { BB_IDS } from "@/sandbox/types";
test("probe", async () => {
  const s = await startMockServer();
  const only = process.env.PROBE_BB ? [process.env.PROBE_BB] : BB_IDS;
  for (const bb of only) {
    const r = await runSuite({ bb: bb as never, baseUrl: `${s.origin}/mock/ns/conf-probe/${bb}`, transport: guardedTransport({ allow: loopbackOnly() }) });
    console.log(bb, JSON.stringify(r.summary), r.requestCount, r.durationMs, "ms level", JSON.stringify(r.level));
    for (const c of r.checks.filter((c) => c.status !== "passed")) console.log("  ", c.status, c.id, c.message, "| exp", c.expected, "| act", c.actual?.slice(0, 300), "|", c.exchanges.at(-1)?.method, c.exchanges.at(-1)?.url, c.exchanges.at(-1)?.status, c.exchanges.at(-1)?.responseBody?.slice(0, 200));
  }
  await s.close();
}, 600_000);
