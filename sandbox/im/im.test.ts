// The Information Mediator: routing, access rights, directory services, and the trace.
import { beforeAll, describe, expect, test } from "vitest";
import { readTrace } from "@/sandbox/trace";
import { call, useTempDb, warmContracts } from "../test-helpers";

beforeAll(async () => {
  await useTempDb();
  await warmContracts();
}, 120_000);

const NS = "im-test";
const IM = `/mock/ns/${NS}/information-mediator`;
const DR = "r1/eGovStack/GOV/10000003/digital-registries";

describe("routing", () => {
  test("a registered client reaches the provider and the exchange is traced with secrets masked", async () => {
    const res = await call("POST", `${IM}/${DR}/data/farmers/1.0/create`, {
      headers: { "X-GovStack-Client": "eGovStack/GOV/90000001/portal", authorization: "Bearer secret-token" },
      body: { write: { content: { id: "FRM-77", firstName: "Imani", password: "hunter2" } } },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("x-sandbox-mock")).toBe("digital-registries@1.4.0");
    const [entry] = readTrace(NS, 1);
    expect(entry).toMatchObject({
      via: "im",
      provider: "digital-registries",
      service: "data",
      method: "POST",
      status: 200,
      caller: "eGovStack/GOV/90000001/portal",
    });
    expect(JSON.stringify(entry!.request.body)).not.toContain("hunter2");
    expect(entry!.request.headers.authorization).toBe("***");
    const read = await call("GET", `${IM}/${DR}/data/farmers/1.0?search=Imani&filter=firstName`, {
      headers: { "Information-Mediator-Client": "eGovStack/GOV/90000001/portal" },
    });
    expect(read.body).toMatchObject({ count: 1 });
  });
  test("a call without caller, from an unknown caller or without the right is refused and logged", async () => {
    expect((await call("GET", `${IM}/${DR}/data/farmers/1.0`)).status).toBe(400);
    expect((await call("GET", `${IM}/${DR}/data/farmers/1.0`, { headers: { "Information-Mediator-Client": "eGovStack/GOV/123/nobody" } })).status).toBe(403);
    const denied = await call("GET", `${IM}/r1/eGovStack/GOV/10000004/payments/vouchers/7001?fields=status`, {
      headers: { "Information-Mediator-Client": "eGovStack/GOV/10000005/messaging" },
    });
    expect(denied.status).toBe(403);
    expect(denied.body).toMatchObject({ error: "forbidden", message: expect.stringContaining("Access denied") });
    expect(readTrace(NS, 1)[0]).toMatchObject({ denied: true, status: 403, provider: "payments" });
    expect(
      (await call("GET", `${IM}/r1/eGovStack/GOV/99999999/nothing/data/x`, { headers: { "Information-Mediator-Client": "eGovStack/GOV/90000001/portal" } }))
        .status,
    ).toBe(404);
  });
  test("rights can be revoked and granted through the configuration API", async () => {
    const right = {
      memberClass: "GOV",
      memberCode: "10000003",
      applicationId: "digital-registries",
      serviceId: "*",
      rights: [{ memberClass: "GOV", memberCode: "90000001", applicationId: "portal" }],
    };
    expect((await call("PATCH", `${IM}/api/v1/rights/deny`, { body: [right] })).status).toBe(200);
    expect((await call("GET", `${IM}/${DR}/data/farmers/1.0`, { headers: { "Information-Mediator-Client": "eGovStack/GOV/90000001/portal" } })).status).toBe(
      403,
    );
    expect((await call("PATCH", `${IM}/api/v1/rights/allow`, { body: [right] })).status).toBe(200);
    expect((await call("GET", `${IM}/${DR}/data/farmers/1.0`, { headers: { "Information-Mediator-Client": "eGovStack/GOV/90000001/portal" } })).status).toBe(
      200,
    );
  });
});

describe("directory services", () => {
  test("spec shapes by default, {member: []} for the suite profile, legacy paths without /r1/", async () => {
    const clients = (await call("GET", `${IM}/listClients?instanceId=eGovStack`)).body as { member: unknown[] };
    expect(clients.member.length).toBeGreaterThan(10);
    expect((await call("GET", `/mock/ns/suite-run/information-mediator/listClients`)).body).toEqual({ member: [] });
    const methods = (await call("GET", `${IM}/eGovStack/GOV/10000003/digital-registries/listMethods?serviceId=data`)).body as {
      member: Array<{ serviceCode: string }>;
    };
    expect(methods.member[0]?.serviceCode).toBe("data");
    expect(
      (
        await call("GET", `${IM}/%22identifier%22/%22identifier%22/%22alp4aNum3r1c%22/%22alp4aNum3r1c%22/allowedMethods`, {
          headers: { "Information-Mediator-Client": "eGovStack/GOV/90000009/digitalregistries" },
        })
      ).status,
    ).toBe(200);
  });
  test("getOpenAPI returns the contract as a JSON string and validates identifiers", async () => {
    const ok = await call("GET", `${IM}/r1/eGovStack/GOV/10000003/digital-registries/getOpenAPI?serviceCode=data`);
    expect(ok.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(typeof ok.body).toBe("string");
    expect((await call("GET", `${IM}/1nval1d/GOV/a/b/getOpenAPI?serviceCode=alp4aNum3r1c`)).status).toBe(400);
    expect((await call("GET", `${IM}/eGovStack/GOV/_invalid/b/getOpenAPI?serviceCode=alp4aNum3r1c`)).status).toBe(400);
    expect((await call("GET", `${IM}/eGovStack/GOV/a/b/getOpenAPI?serviceCode=_invalid`)).status).toBe(400);
    expect((await call("GET", `${IM}/eGovStack/GOV/a/b/getOpenAPI`)).status).toBe(400);
  });
  test("pub/sub: publish, pull, acknowledge", async () => {
    const room = `${IM}/r1/eGovStack/GOV/10000008/scheduling`;
    const H = { "X-GovStack-Client": "eGovStack/GOV/10000005/messaging" };
    expect((await call("POST", `${room}/api/v1/eventType`, { headers: H, body: { eventType: "weekly-tip", schema: { type: "object" } } })).status).toBe(200);
    expect((await call("POST", `${room}/api/v1/subs/weekly-tip`, { headers: H, body: { eventType: "weekly-tip", delivery: "PULL" } })).status).toBe(200);
    const pub = await call("POST", `${room}/pub/v1/weekly-tip`, { headers: H, body: { eventType: "weekly-tip", event: { crop: "maize" } } });
    expect(pub.status).toBe(201);
    const pulled = await call("GET", `${room}/pull/v1/weekly-tip`, { headers: H });
    expect(pulled.body).toMatchObject({ event: { crop: "maize" } });
    expect((await call("DELETE", `${room}/pull/v1/weekly-tip/${(pub.body as { id: string }).id}`, { headers: H })).status).toBe(204);
    expect((await call("GET", `${room}/pull/v1/weekly-tip`, { headers: H })).status).toBe(404);
  });
});
