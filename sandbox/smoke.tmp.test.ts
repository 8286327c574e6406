import { beforeAll, expect, test } from "vitest";
import { call, useTempDb } from "@/sandbox/test-helpers";
beforeAll(useTempDb);
test("smoke", async () => {
  const H = { "information-mediator-client": "eGovStack/GOV/90000001/portal" };
  for (const [m, p, b] of [
    ["GET", "/mock/ns/t1/digital-registries/data/civil-registry/1.0?search=Rao&filter=lastName"],
    ["POST", "/mock/ns/t1/digital-registries/data/registryname/111/read", { query: { content: { FirstName: "Eva" } } }],
    ["POST", "/mock/ns/t1/digital-registries/data/registryname/111/read", { query: { content: { FirstName: "NotExist" } } }],
    ["POST", "/mock/ns/t1/digital-registries/data/registryname/111/create", { write: {} }],
    ["POST", "/mock/ns/t1/information-mediator/r1/eGovStack/GOV/10000003/digital-registries/data/farmers/1.0/create", { write: { content: { id: "F9", firstName: "X" } } }],
    ["GET", "/mock/ns/t1/information-mediator/r1/eGovStack/GOV/10000003/digital-registries/data/farmers/1.0"],
    ["GET", "/mock/ns/t1/information-mediator/r1/eGovStack/GOV/10000003/digital-registries/listMethods?serviceId=data"],
    ["GET", "/mock/ns/t1/information-mediator/listClients"],
    ["GET", "/mock/ns/t1/information-mediator/r1/eGovStack/GOV/10000003/digital-registries/getOpenAPI?serviceCode=_invalid"],
    ["GET", "/mock/ns/t1/digital-registries/nope"],
    ["DELETE", "/mock/ns/t1/digital-registries/data/registryname/111/{id}/delete"],
    ["GET", "/mock/ns/t1/digital-registries/data/registryname/111/80bcb084-fa17-11ed-be56-0242ac120002/read-value/FirstName.json"],
  ] as Array<[string, string, unknown?]>) {
    const r = await call(m, p, { body: b, headers: H });
    console.log(m, p, r.status, r.headers.get("content-type"), r.headers.get("x-sandbox-mock"), r.text.slice(0, 300));
  }
});
