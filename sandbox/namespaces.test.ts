// Namespaces: isolation, reset to seed, fault injection.
import { beforeAll, expect, test } from "vitest";
import { resetNamespace, setFaults } from "@/sandbox/namespaces";
import { call, useTempDb, warmContracts } from "./test-helpers";

beforeAll(async () => {
  await useTempDb();
  await warmContracts();
}, 120_000);

const create = (ns: string, id: string) =>
  call("POST", `/mock/ns/${ns}/digital-registries/data/households/1.0/create`, {
    headers: { "information-mediator-client": "eGovStack/GOV/90000001/portal" },
    body: { write: { content: { id, headName: "Test" } } },
  });
const read = (ns: string, id: string) =>
  call("POST", `/mock/ns/${ns}/digital-registries/data/households/1.0/read`, {
    headers: { "information-mediator-client": "eGovStack/GOV/90000001/portal" },
    body: { query: { content: { id } } },
  });

test("two namespaces never see each other's records", async () => {
  expect((await create("alice", "HH-A")).status).toBe(200);
  expect((await create("bob", "HH-B")).status).toBe(200);
  expect((await read("alice", "HH-A")).status).toBe(200);
  expect((await read("alice", "HH-B")).status).toBe(404);
  expect((await read("bob", "HH-A")).status).toBe(404);
  // The visitor cookie picks the namespace too.
  const viaCookie = await call("POST", "/mock/digital-registries/data/households/1.0/read", {
    headers: { cookie: "sandbox_ns=alice", "information-mediator-client": "eGovStack/GOV/90000001/portal" },
    body: { query: { content: { id: "HH-A" } } },
  });
  expect(viaCookie.status).toBe(200);
  const list = (await call("GET", "/mock/ns/bob/digital-registries/data/households/1.0")).body as { results: Array<{ id: string }> };
  expect(list.results.map((r) => r.id)).not.toContain("HH-A");
});

test("reset restores the seed and drops what was created", async () => {
  expect((await create("carol", "HH-C")).status).toBe(200);
  resetNamespace("carol");
  expect((await read("carol", "HH-C")).status).toBe(404);
  expect((await read("carol", "HH-2024-0001")).status).toBe(200);
});

test("faults: a BB down, identity mismatch, insufficient funds, consent refused", async () => {
  setFaults("dave", { down: ["workflow"], identityMismatch: true, insufficientFunds: true, consentRefused: true });
  expect((await call("GET", "/mock/ns/dave/workflow/processes")).status).toBe(503);
  expect((await call("GET", "/mock/ns/eve/workflow/processes")).status).toBe(200);
  expect((await read("dave", "HH-2024-0001")).status).toBe(404);
  const pay = await call("POST", "/mock/ns/dave/payments/bulk-payment", {
    body: {
      RequestID: "REQ000000001",
      SourceBBID: "SRC000000001",
      BatchID: "BAT000000001",
      CreditInstructions: [{ InstructionID: "INS0000000000001", PayeeFunctionalID: "PAYEE000000000000001", Amount: 10, Currency: "USD", Narration: "x" }],
    },
  });
  expect(pay.status).toBe(400);
  expect(String((pay.body as { ResponseDescription: string }).ResponseDescription)).toMatch(/insufficient/i);
  const consent = await call("POST", "/mock/ns/dave/consent/service/individual/record/data-agreement/1/?individualId=1");
  expect(consent.body).toMatchObject({ consentRecord: { optIn: false } });
});

test("every mock base answers healthcheck, and POST __reset restores its namespace", async () => {
  const health = await call("GET", "/mock/ns/dora/payments/healthcheck");
  expect(health.status).toBe(200);
  expect(health.headers.get("content-type")).toBe("application/json; charset=utf-8");
  expect(health.body).toMatchObject({ status: "ok", bb: "payments", namespace: "dora" });

  expect((await create("dora", "HH-D")).status).toBe(200);
  expect((await call("GET", "/mock/ns/dora/identity/__reset")).status).toBe(405);
  expect((await read("dora", "HH-D")).status).toBe(200);
  const reset = await call("POST", "/mock/ns/dora/identity/__reset/");
  expect(reset.status).toBe(200);
  expect((await read("dora", "HH-D")).status).toBe(404);
  // Another namespace is untouched.
  expect((await create("eve", "HH-E")).status).toBe(200);
  await call("POST", "/mock/ns/dora/digital-registries/__reset");
  expect((await read("eve", "HH-E")).status).toBe(200);
});
