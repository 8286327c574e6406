import { test } from "vitest";
import { call, setUpMockSandbox } from "@/sandbox/test-helpers";
setUpMockSandbox(["information-mediator","registration"]);
test("x", async () => {
  const H = { "information-mediator-client": "eGovStack/GOV/90000009/digitalregistries" };
  const a = await call("GET", "/mock/ns/x1/information-mediator/listClients", { headers: H });
  console.log(a.status, a.text.slice(0, 600));
  const b = await call("GET", "/mock/ns/x1/information-mediator/r1/eGovStack/GOV/10000002/registration/listMethods", { headers: H });
  console.log(b.status, b.text.slice(0, 600));
  const c = await call("GET", "/mock/ns/x1/information-mediator/r1/eGovStack/GOV/10000002/registration/services", { headers: H });
  console.log(c.status, c.text.slice(0, 300));
  const d = await call("GET", "/mock/ns/x1/information-mediator/r1/eGovStack/GOV/10000002/registration/services", { headers: { "information-mediator-client": "eGovStack/COM/99999999/stranger" } });
  console.log(d.status, d.text.slice(0, 300));
});
