// Resources a stranger can consume through namespaces: copy on write, caps, the shared default
// namespace, the sweep and giving freed pages back (issue #14).
import { afterEach, beforeAll, describe, expect, test } from "vitest";
import { call, useTempDb, warmContracts } from "./test-helpers";

let db: import("better-sqlite3").Database;
let dal: typeof import("@/db/sandbox");
let namespaces: typeof import("@/sandbox/namespaces");

beforeAll(async () => {
  await useTempDb();
  await warmContracts(["digital-registries", "workflow", "payments"]);
  dal = await import("@/db/sandbox");
  namespaces = await import("@/sandbox/namespaces");
  db = (await import("@/db/client")).getDb().$client;
}, 120_000);

const IM = { "information-mediator-client": "eGovStack/GOV/90000001/portal" };
const households = (ns: string) => `/mock/ns/${ns}/digital-registries/data/households/1.0`;
const create = (ns: string, id: string, headers: Record<string, string> = {}) =>
  call("POST", `${households(ns)}/create`, { headers: { ...IM, ...headers }, body: { write: { content: { id, headName: "Test" } } } });
const read = (ns: string, id: string) => call("POST", `${households(ns)}/read`, { headers: IM, body: { query: { content: { id } } } });
const listIds = async (ns: string) => ((await call("GET", households(ns))).body as { results: Array<{ id: string }> }).results.map((r) => r.id);
const rowsOf = (ns: string) => (db.prepare("SELECT count(*) AS n FROM sandbox_records WHERE ns = ?").get(ns) as { n: number }).n;
const hasRow = (ns: string) => !!db.prepare("SELECT 1 FROM sandbox_namespaces WHERE name = ?").get(ns);
const flushed = () => dal.flushSandboxWrites();
const HH = "reg:households:1.0"; // the Digital Registries collection behind households/1.0
type Rec = { content: Record<string, unknown> };

describe("copy on write", () => {
  test("reading a new namespace stores no records; reads of the control API and healthcheck create nothing", async () => {
    const before = await listIds("cow-read");
    expect(before).toContain("HH-2024-0001"); // the fixtures show through
    expect((await call("GET", "/mock/ns/cow-read/workflow/processes")).status).toBe(200);
    flushed();
    expect(rowsOf("cow-read")).toBe(0);
    expect(hasRow("cow-read")).toBe(true); // the calls are traced: a row, nothing else

    expect((await call("GET", "/mock/ns/cow-look/payments/healthcheck")).status).toBe(200);
    const { GET: faults } = await import("@/app/api/sandbox/faults/route");
    const { GET: trace } = await import("@/app/api/sandbox/trace/route");
    expect((await faults(new Request("http://localhost/api/sandbox/faults?ns=cow-look"))).status).toBe(200);
    expect((await trace(new Request("http://localhost/api/sandbox/trace?ns=cow-look"))).status).toBe(200);
    expect(namespaces.namespaceFaults("cow-look")).toEqual({});
    flushed();
    expect(hasRow("cow-look")).toBe(false);
  });

  test("a namespace stores only what it changed; deleting a fixture hides it until reset", async () => {
    expect((await create("cow-write", "HH-NEW")).status).toBe(200);
    flushed();
    expect(rowsOf("cow-write")).toBe(1);
    // Change and delete fixture records through the data layer (the mocks' own code path).
    const fixture = dal.getRecord<Rec>("cow-write", "digital-registries", HH, "HH-2024-0001");
    expect(fixture).toBeDefined();
    dal.putRecord("cow-write", "digital-registries", HH, "HH-2024-0001", { ...fixture, content: { ...fixture!.content, headName: "Changed" } });
    expect(dal.deleteRecord("cow-write", "digital-registries", HH, "HH-2024-0002")).toBe(true);
    expect(dal.deleteRecord("cow-write", "digital-registries", HH, "HH-2024-0002")).toBe(false);
    flushed();
    expect(rowsOf("cow-write")).toBe(3); // created, changed, tombstone: nothing of the other fixtures
    const ids = await listIds("cow-write");
    expect(ids).not.toContain("HH-2024-0002");
    expect(ids.at(-1)).toBe("HH-NEW"); // fixtures first, in their order; created records after
    expect(ids.indexOf("HH-2024-0001")).toBe((await listIds("cow-other")).indexOf("HH-2024-0001")); // changed in place
    expect((await read("cow-write", "HH-2024-0002")).status).toBe(404);
    // Other namespaces still see the fixtures as they were.
    expect(dal.getRecord<Rec>("cow-other", "digital-registries", HH, "HH-2024-0001")?.content.headName).not.toBe("Changed");
    expect((await read("cow-other", "HH-2024-0002")).status).toBe(200);

    namespaces.resetNamespace("cow-write");
    flushed();
    expect(rowsOf("cow-write")).toBe(0);
    expect((await read("cow-write", "HH-2024-0002")).status).toBe(200);
    expect((await read("cow-write", "HH-NEW")).status).toBe(404);
  });

  test("a namespace's listing never includes another's records, the default namespace's included", async () => {
    expect(
      (
        await call("POST", "/mock/digital-registries/data/households/1.0/create", {
          headers: IM,
          body: { write: { content: { id: "HH-IN-DEFAULT", headName: "D" } } },
        })
      ).status,
    ).toBe(200);
    expect(await listIds("default")).toContain("HH-IN-DEFAULT");
    expect(await listIds("cow-list")).not.toContain("HH-IN-DEFAULT");
    expect((await read("cow-list", "HH-IN-DEFAULT")).status).toBe(404);
  });

  test("the size cap refuses a namespace more bytes than it may hold (413, the mock's error shape)", async () => {
    const limit = dal.SANDBOX_LIMITS.maxNamespaceBytes;
    dal.SANDBOX_LIMITS.maxNamespaceBytes = 2_000;
    try {
      const big = (id: string) =>
        call("POST", `${households("cow-bytes")}/create`, { headers: IM, body: { write: { content: { id, headName: "x".repeat(900) } } } });
      expect((await big("B1")).status).toBe(200);
      expect((await big("B2")).status).toBe(200);
      const refused = await big("B3");
      expect(refused.status).toBe(413);
      expect(refused.body).toMatchObject({ error: "too_large", message: expect.stringMatching(/maximum of 2000 bytes/) });
      expect(await listIds("cow-bytes")).toContain("B2");
    } finally {
      dal.SANDBOX_LIMITS.maxNamespaceBytes = limit;
    }
  });
});

describe("caps on namespaces", () => {
  const limits = () => ({ max: dal.SANDBOX_LIMITS.maxNamespaces, perClient: namespaces.CREATION_LIMIT.perClient });
  let saved: ReturnType<typeof limits>;
  beforeAll(() => void (saved = limits()));
  afterEach(() => {
    dal.SANDBOX_LIMITS.maxNamespaces = saved.max;
    namespaces.CREATION_LIMIT.perClient = saved.perClient;
  });

  test("the live-namespace cap refuses new namespaces with a 503 and Retry-After; existing ones keep working", async () => {
    expect((await create("cap-existing", "HH-1")).status).toBe(200);
    dal.SANDBOX_LIMITS.maxNamespaces = dal.countNamespaces() + 1;
    expect((await create("cap-new-1", "HH-1")).status).toBe(200);
    const refused = await create("cap-new-2", "HH-1");
    expect(refused.status).toBe(503);
    expect(refused.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(refused.body).toMatchObject({ error: "unavailable", message: expect.stringMatching(/maximum of \d+ namespaces/) });
    flushed();
    expect(hasRow("cap-new-2")).toBe(false);
    expect((await create("cap-existing", "HH-2")).status).toBe(200);
  });

  test("one client may open only so many new namespaces per window (429); others are not affected", async () => {
    namespaces.CREATION_LIMIT.perClient = 3;
    const from = (address: string) => ({ "x-portal-client-address": address });
    for (let i = 0; i < 3; i++) expect((await create(`rate-a-${i}`, "HH-1", from("10.9.0.1"))).status).toBe(200);
    const refused = await create("rate-a-3", "HH-1", from("10.9.0.1"));
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({ error: "too_many_requests", message: expect.stringMatching(/at most 3 per 10 minutes/) });
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await create("rate-a-0", "HH-2", from("10.9.0.1"))).status).toBe(200); // its own namespaces still work
    expect((await create("rate-b-0", "HH-1", from("10.9.0.2"))).status).toBe(200);
  });
});

describe("the shared default namespace", () => {
  test("reset and faults on default are refused with 403; a namespace of one's own is not", async () => {
    expect((await call("POST", "/mock/payments/__reset")).status).toBe(403);
    expect((await call("POST", "/mock/ns/default/payments/__reset")).body).toMatchObject({
      error: "forbidden",
      message: expect.stringMatching(/shared "default" namespace/),
    });
    const { POST: reset } = await import("@/app/api/sandbox/reset/route");
    const { PUT: putFaults } = await import("@/app/api/sandbox/faults/route");
    expect((await reset(new Request("http://localhost/api/sandbox/reset", { method: "POST" }))).status).toBe(403);
    expect((await reset(new Request("http://localhost/api/sandbox/reset?ns=default", { method: "POST" }))).status).toBe(403);
    const down = (q: string) =>
      putFaults(new Request(`http://localhost/api/sandbox/faults${q}`, { method: "PUT", body: JSON.stringify({ down: ["workflow"] }) }));
    const refused = await down("");
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ error: "forbidden" });
    expect((await call("GET", "/mock/workflow/processes")).status).toBe(200);
    expect((await down("?ns=mine-faults")).status).toBe(200);
    expect((await call("GET", "/mock/ns/mine-faults/workflow/processes")).status).toBe(503);
    expect((await reset(new Request("http://localhost/api/sandbox/reset?ns=mine-faults", { method: "POST" }))).status).toBe(200);
  });
});

describe("the idle sweep", () => {
  test("requests never sweep; the sweep removes idle namespaces a slice at a time and resets default", async () => {
    for (let i = 0; i < 60; i++) dal.putRecord(`idle-${i}`, "digital-registries", "households", `HH-${i}`, { id: `HH-${i}` });
    flushed();
    const idle = 1; // only namespaces marked idle below (last_used_at 0)
    // A request after they went idle does not remove them (the old code swept inside the request).
    db.prepare("UPDATE sandbox_namespaces SET last_used_at = 0 WHERE name LIKE 'idle-%' OR name = 'default'").run();
    expect((await create("sweep-visitor", "HH-1")).status).toBe(200);
    expect(hasRow("idle-0")).toBe(true);

    const first = namespaces.sweepSome(Infinity, idle);
    expect(first.removed.length).toBe(50); // one batch
    expect(first.more).toBe(true);
    const sliced = namespaces.sweepSome(0, idle); // no time left: one namespace, then yield
    expect(sliced.removed.length).toBe(1);
    expect(sliced.more).toBe(true);
    namespaces.expireIdleNamespaces(idle);
    flushed();
    expect(db.prepare("SELECT count(*) AS n FROM sandbox_records WHERE ns LIKE 'idle-%'").get()).toEqual({ n: 0 });
    expect(hasRow("idle-59")).toBe(false);
    expect(await listIds("default")).not.toContain("HH-IN-DEFAULT"); // default: reset, not removed
  });

  test("pages freed by the sweep are given back to the file system (incremental auto-vacuum)", async () => {
    expect(dal.enableIncrementalVacuum(db)).toBe(true); // the test database predates the switch: rebuilt once
    expect(db.pragma("auto_vacuum", { simple: true })).toBe(2);
    expect(dal.enableIncrementalVacuum(db)).toBe(false);
    const bulky = { text: "y".repeat(20_000) };
    for (let i = 0; i < 100; i++) dal.putRecord(`bulk-${i}`, "workflow", "notes", "n", bulky);
    flushed();
    const pages = () => db.pragma("page_count", { simple: true }) as number;
    const full = pages();
    db.prepare("UPDATE sandbox_namespaces SET last_used_at = 0 WHERE name LIKE 'bulk-%'").run();
    namespaces.expireIdleNamespaces(1);
    while (dal.vacuumSome(64) > 0);
    expect(pages()).toBeLessThan(full - 400); // 100 × 20 KB ≈ 490 pages of 4 KB came back
  });
});
