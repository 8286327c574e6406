// What GovStack's Consent compliance suite needs from the mock (govstack-apis.md §4.8), pinned at the
// HTTP level so CI checks it without the suite (which needs Python, TLS and environment variables).
import { beforeEach, describe, expect, test } from "vitest";
import { call, setUpMockSandbox } from "../test-helpers";

const BASE = "/mock/ns/suite-consent-compat/consent";
const JSON_CT = "application/json; charset=utf-8";

setUpMockSandbox();

beforeEach(async () => {
  expect((await call("POST", `${BASE}/__reset`)).status).toBe(200);
});

describe("consent suite compatibility", () => {
  test("smoke: GET service/policy/1/ answers 200 with policy and revision objects", async () => {
    for (const path of ["service/policy/1/", "service/policy/1"]) {
      const res = await call("GET", `${BASE}/${path}`);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe(JSON_CT);
      const body = res.body as Record<string, unknown>;
      expect(body.policy).toEqual(expect.objectContaining({ id: "1" }));
      expect(body.revision).toEqual(expect.objectContaining({ schemaName: "policy", objectId: "1" }));
    }
  });

  test("data agreement 1 is readable under config/ with its id in dataAgreement", async () => {
    const res = await call("GET", `${BASE}/config/data-agreement/1/`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe(JSON_CT);
    expect((res.body as { dataAgreement: { id: string } }).dataAgreement.id).toBe("1");
  });

  test("malformed data agreement ids are a 400 naming the parameter, unknown well-formed ids a 404", async () => {
    for (const bad of ["invalid_id", "123!%40%23", "123!@", "1;drop"]) {
      const res = await call("GET", `${BASE}/config/data-agreement/${bad}/`);
      expect(res.status, bad).toBe(400);
      expect(res.text).toContain("dataAgreementId");
    }
    const missing = await call("GET", `${BASE}/config/data-agreement/987654/`);
    expect(missing.status).toBe(404);
    // The other accepted id forms (hex object ids, UUIDs) pass validation and reach the handler.
    expect((await call("GET", `${BASE}/config/data-agreement/65a1b2c3d4e5f60718293a4b/`)).status).toBe(404);
    expect((await call("GET", `${BASE}/config/data-agreement/0f8fad5b-d9cb-469f-a165-70867728950e/`)).status).toBe(404);
  });
});
