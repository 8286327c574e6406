import { test } from "vitest";
import { startMockServer, loopbackOnly } from "@/conformance/test-server";
import { runSuite, guardedTransport } from "@/conformance/runner";
test("probe", async () => {
  const s = await startMockServer();
  for (const ns of ["a1", "a2"]) {
    const r = await runSuite({ bb: "e-marketplace", baseUrl: `${s.origin}/mock/ns/${ns}/e-marketplace`, transport: guardedTransport({ allow: loopbackOnly() }) });
    console.log(ns, r.durationMs, JSON.stringify(r.summary));
    for (const c of r.checks) for (const e of c.exchanges) if (e.durationMs > 300) console.log(c.id, e.method, e.url, e.durationMs, e.error ?? e.status);
  }
  await s.close();
}, 600_000);
