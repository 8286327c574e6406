// What GovStack's Workflow compliance suite needs from the mock (govstack-apis.md §4.9), pinned at the
// HTTP level so CI checks it without the suite: the lists and details carry every field of the
// published ProcessDefinition / ProcessInstance schemas, start answers the published 201 shape, the
// suite's stop alias works, and the suite's start body is accepted in the suite profile only.
import { beforeEach, describe, expect, test } from "vitest";
import { call, setUpMockSandbox } from "../test-helpers";

const SUITE = "/mock/ns/suite-wf-compat/workflow";
const SPEC = "/mock/ns/wf-compat-spec/workflow";
const JSON_CT = "application/json; charset=utf-8";

// Property names of the published schemas (GovStack bb-workflow api/swagger.yaml), listed here by us.
const DEFINITION_FIELDS = ["name", "type", "version", "isExecutable", "isClosed", "description", "processBody"];
const INSTANCE_FIELDS = ["id", "processRef", "initTime", "state", "lastChangeTime"];
const START_FIELDS = ["id", "processRef", "suspended", "ended", "state"];

type Item = Record<string, unknown>;

setUpMockSandbox();

beforeEach(async () => {
  for (const base of [SUITE, SPEC]) expect((await call("POST", `${base}/__reset`)).status).toBe(200);
});

async function firstOf(base: string, list: "processes" | "instances"): Promise<Item> {
  const res = await call("GET", `${base}/${list}`);
  expect(res.status).toBe(200);
  const items = res.body as Item[];
  expect(Array.isArray(items)).toBe(true);
  expect(items.length).toBeGreaterThan(0);
  return items[0] as Item;
}

describe("workflow suite compatibility", () => {
  test("process list: every item has an id and every definition field at the top level", async () => {
    const res = await call("GET", `${SUITE}/processes`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe(JSON_CT);
    for (const item of res.body as Item[]) {
      expect(item.id).toEqual(expect.any(String));
      for (const field of DEFINITION_FIELDS) expect(item, `process ${String(item.id)} lacks ${field}`).toHaveProperty(field);
    }
  });

  test("instance list (with and without trailing slash): every instance field present", async () => {
    for (const path of ["instances", "instances/"]) {
      const res = await call("GET", `${SUITE}/${path}`);
      expect(res.status).toBe(200);
      const items = res.body as Item[];
      expect(items.length).toBeGreaterThan(0);
      for (const field of INSTANCE_FIELDS) expect(items[0]).toHaveProperty(field);
    }
  });

  test("details of the first listed process and instance answer 200 with the schema's fields", async () => {
    const proc = await firstOf(SUITE, "processes");
    const detail = await call("GET", `${SUITE}/processes/${String(proc.id)}`);
    expect(detail.status).toBe(200);
    for (const field of DEFINITION_FIELDS) expect(detail.body).toHaveProperty(field);

    const inst = await firstOf(SUITE, "instances");
    const one = await call("GET", `${SUITE}/instances/${String(inst.id)}`);
    expect(one.status).toBe(200);
    for (const field of INSTANCE_FIELDS) expect(one.body).toHaveProperty(field);
    expect((await call("GET", `${SUITE}/instances/424242`)).status).toBe(404);
  });

  test("start with the suite's body works in the suite profile and answers the published 201 fields", async () => {
    const proc = await firstOf(SUITE, "processes");
    const started = await call("POST", `${SUITE}/processes/${String(proc.id)}/start`, { body: { name: "Test" } });
    expect(started.status).toBe(201);
    expect(Object.keys(started.body as Item)).toEqual(expect.arrayContaining(START_FIELDS));
    expect(started.body).toMatchObject({ processRef: proc.id, suspended: false, ended: false, state: "ACTIVE" });
    const list = (await call("GET", `${SUITE}/instances?processId=${String(proc.id)}`)).body as Item[];
    expect(list.map((i) => String(i.id))).toContain(String((started.body as Item).id));
  });

  test("outside the suite profile the same start body is a 400 naming processStartedBy", async () => {
    const proc = await firstOf(SPEC, "processes");
    const res = await call("POST", `${SPEC}/processes/${String(proc.id)}/start`, { body: { name: "Test" } });
    expect(res.status).toBe(400);
    expect(res.text).toContain("processStartedBy");
    // The profile header turns the suite behaviour on for one request.
    const viaHeader = await call("POST", `${SPEC}/processes/${String(proc.id)}/start`, { body: { name: "Test" }, headers: { "x-sandbox-profile": "suite" } });
    expect(viaHeader.status).toBe(201);
  });

  test("stop: the suite's POST /processes/{id}/stop alias and the spec's /instances/{id}/stop both answer 201", async () => {
    const proc = await firstOf(SUITE, "processes");
    const started = (await call("POST", `${SUITE}/processes/${String(proc.id)}/start`, { body: { processStartedBy: "tester" } })).body as Item;

    const byProcess = await call("POST", `${SUITE}/processes/${String(proc.id)}/stop`);
    expect(byProcess.status).toBe(201);
    expect(Object.keys(byProcess.body as Item)).toEqual(expect.arrayContaining(START_FIELDS));
    expect(byProcess.body).toMatchObject({ id: started.id, ended: true, state: "EXTERNALLY_TERMINATED" });

    const inst = await firstOf(SUITE, "instances");
    const byInstanceAlias = await call("POST", `${SUITE}/processes/${String(inst.id)}/stop`);
    expect(byInstanceAlias.status).toBe(201);
    expect(byInstanceAlias.body).toMatchObject({ id: String(inst.id), ended: true });

    const spec = await call("POST", `${SUITE}/instances/${String(started.id)}/stop`);
    expect(spec.status).toBe(201);
    expect((await call("POST", `${SUITE}/processes/n0t-ex1st1ng/stop`)).status).toBe(404);
  });
});
