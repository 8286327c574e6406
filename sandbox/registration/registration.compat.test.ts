// Pins what GovStack's Registration compliance suite needs from the mock (govstack-apis.md §4.4), one test per
// group of suite scenarios, through the same /mock HTTP edge the suite reaches. Written for this repository:
// the suite itself cannot run in CI.
import { describe, expect, test } from "vitest";
import { call, setUpMockSandbox } from "../test-helpers";

setUpMockSandbox();

/** A namespace whose name starts with "suite" uses the suite profile. */
const SUITE = "/mock/ns/suite-reg-compat/registration";
/** An ordinary namespace (spec profile) with the same seed data. */
const SPEC = "/mock/ns/reg-compat-spec/registration";
const IMC = { "information-mediator-client": "eGovStack/GOV/90000009/eregistrations-dev" };
const JSON_CT = "application/json; charset=utf-8";

const SERVICE_KEY = "P2c9280957e579ad7017e58a3399f0068";
const OPEN_SERVICE = "f7d33db0-2809-484e-a780-76b7ccd4ecbf";
const EFORM = "d98a205a-679b-485b-823d-7a32a391e744";
const FILE_AND_TASK = "81c4445c-bff6-11ed-afa1-0242ac120002";
const UPDATABLE_FILE = "b8508d35-c2f3-442b-88a1-267ca25e85c0";
const COMPLETABLE_TASK = "d1e33d56-c5c7-4272-aeb6-bc2732cce1f2";

type Row = Record<string, unknown>;

describe("registration: GovStack suite compatibility", () => {
  test("service list: JSON array, and a name filter returns only that name for each seeded goal name", async () => {
    const all = await call("GET", `${SUITE}/services`);
    expect(all.status).toBe(200);
    expect(all.headers.get("content-type")).toBe(JSON_CT);
    expect(Array.isArray(all.body)).toBe(true);
    for (const name of ["Good Health and Well-Being", "Industry and Infrastructure", "Zero Hunger"]) {
      const res = await call("GET", `${SUITE}/services?name=${encodeURIComponent(name)}`);
      expect(res.status).toBe(200);
      const rows = res.body as Row[];
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((r) => r.name === name)).toBe(true);
      // The suite's item schema allows only these keys.
      for (const r of rows)
        expect(Object.keys(r).every((k) => ["id", "name", "version", "type", "isExecutable", "isClosed", "description", "serviceBody"].includes(k))).toBe(true);
    }
    expect((await call("GET", `${SUITE}/services?name=${encodeURIComponent("No such goal")}`)).body).toEqual([]);
  });

  test("one service: a one-item array in the suite profile, the plain object in the spec profile, 404 for probes", async () => {
    const suite = await call("GET", `${SUITE}/services/${SERVICE_KEY}`, { headers: IMC });
    expect(suite.status).toBe(200);
    expect(suite.headers.get("content-type")).toBe(JSON_CT);
    expect(suite.body).toEqual([expect.objectContaining({ id: SERVICE_KEY, name: "Good Health and Well-Being", type: "Public", version: "1.0" })]);
    const spec = await call("GET", `${SPEC}/services/${SERVICE_KEY}`, { headers: IMC });
    expect(spec.status).toBe(200);
    expect(spec.body).toMatchObject({ id: SERVICE_KEY, name: "Good Health and Well-Being" });
    expect(Array.isArray(spec.body)).toBe(false);
    const probe = await call("GET", `${SUITE}/services/n0t-ex1st1ng-serv1ce`);
    expect(probe.status).toBe(404);
    expect(probe.headers.get("content-type")).toBe(JSON_CT);
  });

  test("e-forms: the service key lists its forms; one form echoes its id; a probe id is a JSON 404", async () => {
    const list = await call("GET", `${SUITE}/services/${SERVICE_KEY}/eForms`);
    expect(list.status).toBe(200);
    expect(list.headers.get("content-type")).toBe(JSON_CT);
    const forms = list.body as Row[];
    expect(forms.map((f) => f.eFormId)).toContain(EFORM);
    for (const f of forms) expect(Object.keys(f).every((k) => ["eFormId", "name", "description", "version", "latest"].includes(k))).toBe(true);
    const one = await call("GET", `${SUITE}/eForms/${EFORM}`);
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({ eFormId: EFORM, schema: { type: "object" } });
    const probe = await call("GET", `${SUITE}/eForms/n0t-ex1st1ng-eForm`);
    expect(probe.status).toBe(404);
    expect(probe.headers.get("content-type")).toBe(JSON_CT);
  });

  test("submit an application: echoes serviceId and applicantId with a PENDING file; an unknown service is 404", async () => {
    const res = await call("POST", `${SUITE}/services/${OPEN_SERVICE}/applications`, {
      headers: IMC,
      body: { applicationName: "Amya Yuko", applicantId: "sgh123h5-bdb2-11ed-9397-fdae352dfa10", created: "2022-10-21T00:00:00.000Z" },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      serviceId: OPEN_SERVICE,
      status: { code: "PENDING" },
      ended: false,
      applicationData: { applicantId: "sgh123h5-bdb2-11ed-9397-fdae352dfa10" },
    });
    expect(typeof (res.body as Row).fileId).toBe("string");
    const bare = await call("POST", `${SUITE}/services/${OPEN_SERVICE}/applications`, {
      headers: IMC,
      body: { applicantId: "42962de0-bdb2-11ed-9397-0242ac120004" },
    });
    expect(bare.status).toBe(200);
    const unknown = await call("POST", `${SUITE}/services/n0t-ex1st1ng-serv1ce-1d/applications`, { headers: IMC, body: { applicantId: "x" } });
    expect(unknown.status).toBe(404);
  });

  test("documents: a URL-encoded upload is stored; no payload is a 400 with traceId, code, message, localizedMessage", async () => {
    const ok = await call("POST", `${SUITE}/documents?additionalMetadata=${encodeURIComponent("additional metadata")}`, { form: { file: "ZGF0YQ==" } });
    expect(ok.status).toBe(200);
    const body = ok.body as Row;
    expect(typeof body.code).toBe("number");
    expect(typeof body.url).toBe("string");
    const empty = await call("POST", `${SUITE}/documents`);
    expect(empty.status).toBe(400);
    const err = empty.body as Row;
    for (const k of ["traceId", "code", "message", "localizedMessage"]) expect(typeof err[k]).toBe("string");
    expect(String(err.message)).toContain("file");
  });

  test("application list: arrays with fileId; filters and paging accepted; unknown service or applicant gives []", async () => {
    const all = await call("GET", `${SUITE}/applications`, { headers: IMC });
    expect(all.status).toBe(200);
    expect((all.body as Row[]).every((r) => typeof r.fileId === "string")).toBe(true);
    expect((all.body as Row[]).some((r) => r.fileId === FILE_AND_TASK)).toBe(true);
    const paged = await call(
      "GET",
      `${SUITE}/applications?serviceId=99be529c-fe1a-11ed-be56-0242ac120555&applicantId=99b62de0-11b2-11cc-9390-0242ac121555&firstResult=2&maxResult=20&sortBy=created&sortOrder=asc`,
      { headers: IMC },
    );
    expect(paged.status).toBe(200);
    expect(Array.isArray(paged.body)).toBe(true);
    for (const q of ["serviceId=n0t-ex1st1ng-serv1ce", "applicantId=n0t-ex1st1ng-applicant"]) {
      const res = await call("GET", `${SUITE}/applications?${q}`, { headers: IMC });
      expect(res.status).toBe(200);
      expect(res.body).toEqual([]);
    }
  });

  test("one application file: read echoes the fileId; update echoes the fileId; probe ids are 404 on GET and PUT", async () => {
    const read = await call("GET", `${SUITE}/applications/${FILE_AND_TASK}`, { headers: IMC });
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ fileId: FILE_AND_TASK, serviceId: OPEN_SERVICE, applicationData: { applicantId: expect.any(String) } });
    const update = {
      applicationName: "Amya Yuko",
      applicantId: "42962de0-bdb2-11ed-9397-0242ac120004",
      created: "2000-10-23T00:00:00.000Z",
      formData: { data: { a: {} }, eFormId: EFORM },
      documentUrls: ["string"],
    };
    const put = await call("PUT", `${SUITE}/applications/${UPDATABLE_FILE}`, { headers: IMC, body: update });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ fileId: UPDATABLE_FILE, serviceId: OPEN_SERVICE, applicationData: { applicantId: update.applicantId } });
    expect((await call("GET", `${SUITE}/applications/n0t-ex1st1ng-serv1ce`, { headers: IMC })).status).toBe(404);
    expect((await call("PUT", `${SUITE}/applications/n0t-ex1st1ng-file`, { headers: IMC, body: update })).status).toBe(404);
  });

  test("tasks: list filters by fileId, mainTaskId, assigneeId with paging; unknown filter values give []", async () => {
    const all = await call("GET", `${SUITE}/tasks`, { headers: IMC });
    expect(all.status).toBe(200);
    expect(Array.isArray(all.body)).toBe(true);
    const byFile = (await call("GET", `${SUITE}/tasks?fileId=${FILE_AND_TASK}`, { headers: IMC })).body as Row[];
    expect(byFile.map((t) => t.taskId)).toContain(FILE_AND_TASK);
    const paged = await call(
      "GET",
      `${SUITE}/tasks?fileId=99be529c-fe1a-11ed-be56-0242ac120555&mainTaskId=42962de0-bdb2-11ed-9397-0242ac120004&assigneeId=42962de0-bdb2-11ed-9397-0242ac120022&firstResult=2&maxResult=20&sortBy=created&sortOrder=asc`,
      { headers: IMC },
    );
    expect(paged.status).toBe(200);
    expect(Array.isArray(paged.body)).toBe(true);
    for (const q of ["fileId=n0t-ex1st1ng-file", "mainTaskId=n0t-ex1st1ng-main-task", "assigneeId=n0t-ex1st1ng-assignee"]) {
      const res = await call("GET", `${SUITE}/tasks?${q}`, { headers: IMC });
      expect(res.status).toBe(200);
      expect(res.body).toEqual([]);
    }
  });

  test("one task: read echoes the taskId; complete answers 200; a probe id cut at '#' is 404 even as POST /tasks/{id}", async () => {
    const read = await call("GET", `${SUITE}/tasks/${FILE_AND_TASK}`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ taskId: FILE_AND_TASK, fileId: FILE_AND_TASK });
    const done = await call("POST", `${SUITE}/tasks/${COMPLETABLE_TASK}/complete`, { body: { data: { additionalProp1: {} } } });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ taskId: COMPLETABLE_TASK, fileId: UPDATABLE_FILE, status: { code: "APPROVED" } });
    // "tasks/n0t-ex1st1ng-task#-1d/complete" reaches the server as POST /tasks/n0t-ex1st1ng-task.
    const cut = await call("POST", `${SUITE}/tasks/n0t-ex1st1ng-task`, { body: { data: {} } });
    expect(cut.status).toBe(404);
    expect(cut.headers.get("content-type")).toBe(JSON_CT);
    expect(String((cut.body as Row).message)).toContain("task");
    expect((await call("GET", `${SUITE}/tasks/n0t-ex1st1ng-task`)).status).toBe(404);
    // A real task id still has no POST operation of its own.
    expect((await call("POST", `${SUITE}/tasks/${FILE_AND_TASK}`, { body: { data: {} } })).status).toBe(405);
  });

  test("statistics: legacy path answers the array; header and registration checks; repeated query values count once", async () => {
    const base = `${SUITE}/data/statistics/1.0`;
    const plain = await call("GET", base, { headers: IMC });
    expect(plain.status).toBe(200);
    expect(Array.isArray(plain.body)).toBe(true);
    const q = "startDate=2021-01-30&endDate=2021-02-06&registrationName=MCTS&operator=Ingmar%20Vali&role=Handler&timeframe=week";
    const withParams = await call("GET", `${base}?${q}`, { headers: IMC });
    expect(withParams.status).toBe(200);
    expect(withParams.headers.get("content-type")).toBe(JSON_CT);
    expect((withParams.body as Row[])[0]).toMatchObject({ references: { registrationName: "MCTS", timeframeWeek: true, timeframeDay: false } });
    // The suite's client sends one request twice and appends the query string again: the last value counts.
    const doubled = await call("GET", `${base}?${q}?${q}`, { headers: IMC });
    expect(doubled.status).toBe(200);
    expect((doubled.body as Row[])[0]).toMatchObject({ references: { endDate: "2021-02-06", operator: "Ingmar Vali", timeframeWeek: true } });
    // The spec path stays strict about a repeated single-valued parameter, and says which one.
    const strict = await call("GET", `${SUITE}/data/statistics?${q}?${q}`, { headers: IMC });
    expect(strict.status).toBe(400);
    expect(String((strict.body as Row).message)).toMatch(/query\.\w+/);
    for (const value of ["", "''", "invalid_header", "eGovStack/GOV/90000009/"]) {
      const res = await call("GET", base, { headers: { "information-mediator-client": value } });
      expect(res.status, `header ${JSON.stringify(value)}`).toBe(400);
    }
    expect((await call("GET", base)).status).toBe(400);
    const unknown = await call("GET", `${base}?registrationName=n0tex1st`, { headers: IMC });
    expect(unknown.status).toBe(404);
  });
});
