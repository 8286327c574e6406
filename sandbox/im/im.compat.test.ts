// Compatibility of the IM mock with GovStack's IM API compliance suite (govstack-apis.md §4.2):
// the legacy directory paths without /r1/, the suite profile's list shape and getOpenAPI's 400 rules.
// Our own checks of each behaviour the suite relies on, runnable in CI where the suite cannot run.
import { describe, expect, test } from "vitest";
import { call, setUpMockSandbox } from "../test-helpers";

setUpMockSandbox();

const SUITE = "/mock/ns/suite-im-compat/information-mediator";
const SPEC = "/mock/ns/im-compat-spec/information-mediator";
const JSON_UTF8 = "application/json; charset=utf-8";
const DR_CALLER = { "Information-Mediator-Client": "eGovStack/GOV/90000009/digitalregistries" };

/** The tuples the suite probes; none of them is a registered member. */
const TUPLES = [
  ["identifier", "identifier", "alp4aNum3r1c", "alp4aNum3r1c"],
  ["a11a11a11a", "asd2211a", "12as12", "m3mb3rc0d3"],
  ["a552example", "zzz321a", "m3mb3rc0d3", "aa15"],
  ["valid1dentifi3r", "rand0mid3nt", "str1ng", "azxcv55"],
] as const;

/** A list answer that fits the suite's closed schema: only `member`, and no item to disagree on. */
function expectSuiteList(res: { status: number; headers: Headers; body: unknown }) {
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toBe(JSON_UTF8);
  expect(res.body).toEqual({ member: [] });
}

describe("listClients (suite profile)", () => {
  test("answers {member: []} with the exact JSON content type, also when the query string arrives twice", async () => {
    expectSuiteList(await call("GET", `${SUITE}/listClients?serviceId=serviceId2&instanceId=instanceId2`));
    // A request sent twice by the same client object carries its query string twice:
    // "instanceId=instanceId?serviceId=…&instanceId=instanceId" makes instanceId a repeated parameter.
    expectSuiteList(await call("GET", `${SUITE}/listClients?serviceId=serviceId&instanceId=instanceId?serviceId=serviceId&instanceId=instanceId`));
  });
  test("the spec profile keeps the spec item shape and reads the first of repeated values", async () => {
    const res = await call("GET", `${SPEC}/listClients?instanceId=eGovStack&instanceId=elsewhere`);
    expect(res.status).toBe(200);
    const body = res.body as { member: Array<{ name: string; id: { objectType: string } }> };
    expect(body.member.length).toBeGreaterThan(0);
    expect(body.member[0]).toMatchObject({ name: expect.any(String), id: { objectType: "APPLICATION" } });
  });
});

describe("listMethods on the legacy path", () => {
  test("each probed tuple answers 200 {member: []}, with the caller header literally named and valued X-GovStack-Client", async () => {
    for (const [i, c, m, a] of TUPLES) {
      expectSuiteList(
        await call("GET", `${SUITE}/${i}/${c}/${m}/${a}/listMethods?serviceId=serviceId1`, { headers: { "X-GovStack-Client": "X-GovStack-Client" } }),
      );
    }
  });
});

describe("allowedMethods on the legacy path", () => {
  test("quoted segments and an undeclared query parameter still give 200 {member: []}", async () => {
    expectSuiteList(await call("GET", `${SUITE}/identifier/identifier/alp4aNum3r1c/alp4aNum3r1c/allowedMethods?serviceId1=serviceId1`, { headers: DR_CALLER }));
    for (const [i, c, m, a] of TUPLES) {
      const q = (s: string) => encodeURIComponent(`"${s}"`);
      const res = await call("GET", `${SUITE}/${q(i)}/${q(c)}/${q(m)}/${q(a)}/allowedMethods?${q("serviceId3")}=${q("serviceId3")}`, { headers: DR_CALLER });
      expectSuiteList(res);
    }
  });
  test("the /r1/ spec operation still refuses an undeclared query parameter and names it", async () => {
    const res = await call("GET", `${SPEC}/r1/eGovStack/GOV/10000003/digital-registries/allowedMethods?serviceId1=x`, { headers: DR_CALLER });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain("serviceId1");
  });
});

describe("getOpenAPI on the legacy path: valid requests", () => {
  test("every probed tuple gets 200 with a JSON string body and exactly application/json; charset=utf-8", async () => {
    for (const [i, c, m, a] of TUPLES) {
      const res = await call("GET", `${SUITE}/${i}/${c}/${m}/${a}/getOpenAPI?serviceCode=alp4aNum3r1c`, { headers: DR_CALLER });
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe(JSON_UTF8);
      expect(typeof res.body).toBe("string");
      expect(res.body as string).toContain("openapi:");
    }
  });
  test("a doubled query string still resolves serviceCode to its first value", async () => {
    const res = await call("GET", `${SUITE}/identifier/identifier/alp4aNum3r1c/alp4aNum3r1c/getOpenAPI?serviceCode=alp4aNum3r1c&serviceCode=alp4aNum3r1c`, {
      headers: DR_CALLER,
    });
    expect(res.status).toBe(200);
    expect(typeof res.body).toBe("string");
  });
});

describe("getOpenAPI: invalid path parameters", () => {
  test.each([
    ["1nval1d", "identifier", "alp4aNum3r1c", "alp4aNum3r1c", "instanceId"],
    ["identifier", "1nval1d", "alp4aNum3r1c", "alp4aNum3r1c", "memberClass"],
    ["identifier", "identifier", "_invalid", "alp4aNum3r1c", "memberCode"],
    ["identifier", "identifier", "str1ng", "_invalid", "applicationCode"],
    ["1nval1d", "1nval1d", "_invalid", "_invalid", "instanceId"],
  ])("%s/%s/%s/%s gives 400 whose body is a string naming %s", async (i, c, m, a, field) => {
    const res = await call("GET", `${SUITE}/${i}/${c}/${m}/${a}/getOpenAPI?serviceCode=alp4aNum3r1c`, { headers: DR_CALLER });
    expect(res.status).toBe(400);
    expect(typeof res.body).toBe("string");
    expect(res.body as string).toContain(field);
  });
});

describe("getOpenAPI: invalid or missing serviceCode", () => {
  test.each([["_invalid"], [""]])("serviceCode=%j gives 400 with a string body naming serviceCode", async (code) => {
    const res = await call("GET", `${SUITE}/identifier/identifier/alp4aNum3r1c/alp4aNum3r1c/getOpenAPI?serviceCode=${code}`, { headers: DR_CALLER });
    expect(res.status).toBe(400);
    expect(typeof res.body).toBe("string");
    expect(res.body as string).toContain("serviceCode");
  });
  test("no serviceCode at all gives 400 naming it; so does an unknown service of a registered provider", async () => {
    const missing = await call("GET", `${SUITE}/identifier/identifier/alp4aNum3r1c/alp4aNum3r1c/getOpenAPI`, { headers: DR_CALLER });
    expect(missing.status).toBe(400);
    expect(missing.body as string).toContain("serviceCode");
    const unknown = await call("GET", `${SPEC}/r1/eGovStack/GOV/10000003/digital-registries/getOpenAPI?serviceCode=nosuch`);
    expect(unknown.status).toBe(400);
    expect(typeof unknown.body).toBe("string");
    expect(unknown.body as string).toContain("serviceCode");
  });
  test("other IM operations keep the object error shape", async () => {
    const res = await call("PATCH", `${SPEC}/api/v1/rights/allow`, { body: { memberClass: "GOV" } });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: "bad_request", message: expect.any(String) });
  });
});
