// In production /mock/... is answered by a plain node:http listener (scripts/server.mjs) while
// /api/sandbox/* and the journey player run inside Next's bundles. Both must share one sandbox state
// (connection, write queue, trace-id counter): interleave the two paths quickly and check.
import { expect, test, type APIRequestContext } from "@playwright/test";

const CALLER = { "Information-Mediator-Client": "eGovStack/GOV/90000001/portal" };
const viaIm = (ns: string) => `/mock/ns/${ns}/information-mediator/r1/eGovStack/GOV/10000003/digital-registries`;

async function create(request: APIRequestContext, ns: string, id: string): Promise<number> {
  const res = await request.post(`${viaIm(ns)}/data/shared/1.0/create`, {
    headers: CALLER,
    data: { write: { content: { id, firstName: "Ada", lastName: "Share" } } },
  });
  expect(res.status()).toBe(200);
  return Number(res.headers()["x-sandbox-trace-id"]);
}

async function traceIds(request: APIRequestContext, ns: string, limit = 500): Promise<number[]> {
  const res = await request.get(`/api/sandbox/trace?ns=${ns}&limit=${limit}`);
  expect(res.status()).toBe(200);
  return ((await res.json()).entries as Array<{ id: number }>).map((e) => e.id);
}

test("a direct /mock call is in the control API's trace at once", async ({ request }) => {
  const ns = `share-${Date.now().toString(36)}`;
  for (let i = 0; i < 15; i++) {
    const id = await create(request, ns, `S-${i}`);
    expect(id).toBeGreaterThan(0);
    // Newest first: the call that just returned is the top entry, with no wait.
    expect((await traceIds(request, ns, 1))[0]).toBe(id);
  }
});

test("a journey step's record is readable through /mock at once, and trace ids never collide", async ({ playwright, baseURL }) => {
  const ns = `v-${Date.now().toString(16).padEnd(20, "0").slice(0, 20)}`;
  const request = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Cookie: `sandbox_ns=${ns}` } });
  const seen: number[] = [];
  // Journey runs (Next's bundles) and direct creates (the listener) at the same time, several rounds.
  for (let round = 0; round < 3; round++) {
    const nationalId = `EE40${round}122334455`;
    const [run, ...direct] = await Promise.all([
      request.post("/api/use-cases/market-linkage/steps/2/run", {
        data: { input: { nationalId, fullName: "Lakshmi Devi", phone: "+91 99020 55511", role: "Sell and buy", village: "Kolar", consent: true } },
      }),
      ...Array.from({ length: 8 }, (_, i) => create(request, ns, `D-${round}-${i}`)),
    ]);
    expect(run.status(), await run.text()).toBe(200);
    const body = await run.json();
    expect(body.namespace).toBe(ns);
    expect(body.outcome.status).toBe("ok");
    seen.push(...direct, ...(body.trace as Array<{ id: number }>).map((e) => e.id));
    // The step's record, read straight away through the listener.
    const rec = await request.post(`/mock/ns/${ns}/digital-registries/data/farmers/1.0/read`, { data: { query: { content: { id: `FRM-${nationalId}` } } } });
    expect(rec.status()).toBe(200);
    expect((await rec.json()).content).toMatchObject({ citizenId: nationalId, name: "Lakshmi Devi" });
    seen.push(Number(rec.headers()["x-sandbox-trace-id"]));
  }
  expect(new Set(seen).size).toBe(seen.length);
  const stored = await traceIds(request, ns);
  for (const id of seen) expect(stored).toContain(id);
  await request.dispose();
});

test("the /mock edge keeps its contract: cookie namespace, JSON errors, body cap, headers", async ({ playwright, baseURL }) => {
  const ns = `v-${(Date.now() + 1).toString(16).padEnd(20, "1").slice(0, 20)}`;
  const request = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Cookie: `sandbox_ns=${ns}` } });
  const id = await create(request, ns, "C-1");
  // Cookie namespace: the plain /mock/<bb> form sees the record created in that namespace.
  const read = await request.post("/mock/digital-registries/data/shared/1.0/read", { data: { query: { content: { id: "C-1" } } } });
  expect(read.status()).toBe(200);
  expect(read.headers()["cache-control"]).toBe("no-store");
  expect(read.headers()["x-sandbox-mock"]).toMatch(/^digital-registries@/);
  expect(Number(read.headers()["x-sandbox-trace-id"])).toBeGreaterThan(id);

  const missing = await request.get("/mock/nope/anything");
  expect(missing.status()).toBe(404);
  expect(missing.headers()["content-type"]).toContain("application/json");
  expect((await missing.json()).message).toContain("/mock/nope/anything");

  const bad = await request.post(`${viaIm(ns)}/data/shared/1.0/create`, { headers: { ...CALLER, "content-type": "application/json" }, data: "{not json" });
  expect(bad.status()).toBe(400);
  const text = await bad.text();
  expect(text).toContain("JSON");
  expect(text).not.toMatch(/\bat .*\.(ts|js):\d+/);

  const big = await request.post(`${viaIm(ns)}/data/shared/1.0/create`, {
    headers: CALLER,
    data: { write: { content: { id: "BIG", blob: "x".repeat(70_000) } } },
  });
  expect(big.status()).toBe(413);
  expect(big.headers()["content-type"]).toContain("application/json");
  await request.dispose();
});
