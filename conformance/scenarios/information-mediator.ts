// Information Mediator: directory services lead to a provider's service, a call routed through the
// IM reaches it, and callers that are unknown or unnamed are refused.
import type { CheckContext, CheckDef } from "../types";
import { CheckFailure } from "../types";
import { asObj, expectCall, expectThat, pick, scenario } from "./dsl";

type Service = { path: string; serviceCode: string; get: string };

/** From the directory: the first provider application with a service that has a parameter-free GET endpoint. */
async function findService(ctx: CheckContext): Promise<Service> {
  const ex = ctx.example("listClients");
  const clients = await expectCall(ctx, "GET", "/listClients", { headers: ex.headers }, 200, "listClients");
  const members = (pick(clients.body, "member") as unknown[] | undefined) ?? [];
  expectThat(members.length > 0, "listClients lists no member.", "at least one member", clients.body);
  for (const m of members.slice(0, 12)) {
    const id = asObj(pick(m, "id"));
    if (id.objectType !== "APPLICATION" && id.objectType !== "SUBSYSTEM") continue;
    const path = `/r1/${id.instanceId}/${id.memberClass}/${id.memberCode}/${id.applicationCode}`;
    const methods = await expectCall(ctx, "GET", `${path}/listMethods`, { headers: ex.headers }, 200, "listMethods");
    for (const s of (pick(methods.body, "member") as unknown[] | undefined) ?? []) {
      const endpoints = (pick(s, "endpointList.member") as unknown[] | undefined) ?? [];
      const get = endpoints.map(asObj).find((e) => e.method === "GET" && typeof e.path === "string" && !e.path.includes("{"));
      if (get) return { path, serviceCode: String(pick(s, "serviceCode")), get: String(get.path) };
    }
  }
  throw new CheckFailure("No provider in the directory lists a GET endpoint to route to.", "a service with a GET endpoint", "none");
}

export function informationMediatorScenarios(): CheckDef[] {
  return [
    scenario(
      "directory",
      "listClients lists members; listMethods and allowedMethods list a provider's services",
      ["IM-FN-05", "IM-API-02", "IM-API-03"],
      async (ctx) => {
        const svc = await findService(ctx);
        const ex = ctx.example("allowedMethods");
        await expectCall(ctx, "GET", `${svc.path}/allowedMethods`, { headers: ex.headers }, 200, "allowedMethods");
      },
    ),
    scenario(
      "routing",
      "A call addressed by instance, class, member, application and service reaches the provider and its answer comes back",
      ["IM-FN-01", "IM-FN-04", "IM-API-01"],
      async (ctx) => {
        const svc = await findService(ctx);
        const ex = ctx.example("callServiceGet");
        const routed = await expectCall(ctx, "GET", `${svc.path}${svc.get}`, { headers: ex.headers }, 200);
        expectThat(routed.text.length > 0, "The routed call returns an empty answer.", "the provider's answer", routed.text);
      },
    ),
    scenario("access-refused", "Unknown callers are refused with 403 and calls without a caller with 400", ["IM-FN-02", "IM-FN-03"], async (ctx) => {
      const svc = await findService(ctx);
      const stranger = await expectCall(
        ctx,
        "GET",
        `${svc.path}${svc.get}`,
        { headers: { "Information-Mediator-Client": "eGovStack/COM/99999998/stranger" } },
        403,
      );
      expectThat(stranger.text.length > 0, "A refusal has no explanation.", "an error body", stranger.text);
      await expectCall(ctx, "GET", `${svc.path}${svc.get}`, {}, 400);
    }),
  ];
}
