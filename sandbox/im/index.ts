// Information Mediator mock: X-Road style routing (/r1/{instance}/{class}/{member}/{subsystem}/{service}/...),
// access rights, directory services, a small pub/sub and the configuration API.
import { readOpenApiText } from "@/lib/content/building-blocks";
import { collection } from "../runtime/collection";
import { getContract } from "@/sandbox/runtime/contracts";
import { intParam, json, now, obj, problem, q1, safeDecode, str, uuid } from "../runtime/respond";
import { recordExchange } from "@/sandbox/trace";
import type { BbId, Forward, HandlerContext, MockModule, MockRequest, MockResponse, Query } from "../types";
import { forwardToProduct, swapFor } from "./swap";
import { APPLICATIONS, CONSUMERS, INSTANCE, PROVIDERS, findMember, memberKey, servicesOf, type AccessRight } from "./registry";

const CALLER_HEADERS = ["information-mediator-client", "x-govstack-client", "x-road-client"];

/** The caller named in the request headers (any of the three accepted spellings). */
export function callerOf(req: MockRequest): string | undefined {
  for (const h of CALLER_HEADERS) if (req.headers[h]) return req.headers[h];
  return undefined;
}

// The suite wraps path segments in literal double quotes ("%22identifier%22"): strip them.
function unquote(path: string): string {
  return path
    .split("/")
    .map((s) => {
      const d = safeDecode(s);
      return /^".*"$/.test(d) ? encodeURIComponent(d.slice(1, -1)) : s;
    })
    .join("/");
}

const DIRECTORY_OPS = ["listMethods", "allowedMethods", "getOpenAPI"];
/** Query parameters each directory operation declares (the Compatibility paths ignore any other). */
const DIRECTORY_QUERY: Record<string, string[]> = { listMethods: ["serviceId"], allowedMethods: ["serviceId"], getOpenAPI: ["serviceCode"] };

/**
 * Directory services take the first value of a repeated query parameter (GovStack's suite tosses some
 * requests twice, so their query string arrives doubled); the legacy paths without /r1/ also ignore
 * query parameters they do not declare (the suite's allowedMethods steps send `serviceId1=serviceId1`).
 */
function directoryQuery(parts: string[], query: Query): Query {
  const legacy = parts.length === 5 && DIRECTORY_OPS.includes(parts[4] ?? "");
  const spec = (parts.length === 6 && parts[0] === "r1" && DIRECTORY_OPS.includes(parts[5] ?? "")) || (parts.length === 1 && parts[0] === "listClients");
  if (!legacy && !spec) return query;
  const keep = legacy ? DIRECTORY_QUERY[parts[4] ?? ""] : undefined;
  const out: Query = {};
  for (const [k, v] of Object.entries(query)) {
    if (keep && !keep.includes(k)) continue;
    const first = Array.isArray(v) ? v[0] : v;
    if (first !== undefined) out[k] = first;
  }
  return out;
}

function isDirectoryPath(rest: string[]): boolean {
  const [a, b, c] = rest;
  if (rest.length === 1 && ["listMethods", "allowedMethods", "getOpenAPI"].includes(a ?? "")) return true;
  if (a === "api" && b === "v1" && (c === "eventType" || c === "subs")) return true;
  return (a === "pub" || a === "pull") && b === "v1";
}

function rightsOf(ns: string) {
  return collection<AccessRight>({ ns, bb: "information-mediator" }, "rights");
}

/** Whether `client` may call `service` of `provider` in the namespace. */
export function isAllowed(ns: string, client: string, provider: BbId, service: string): boolean {
  const right = rightsOf(ns).get(`${client}>${provider}`);
  return !!right && (right.services.includes("*") || right.services.includes(service));
}

/**
 * Routes a call through the IM to the provider mock, enforcing the caller header and access
 * rights, and records the exchange (also when refused).
 */
export async function routeThroughIm(ns: string, req: MockRequest, forward: Forward): Promise<MockResponse> {
  const started = performance.now();
  const m = /^\/r1\/([^/]+)\/([^/]+)\/([^/]+)\/([^/]+)\/([^/]+)(\/.*)?$/.exec(req.path);
  if (!m) return problem(404, "An Information Mediator address has the form /r1/{instance}/{class}/{member}/{subsystem}/{service}/…, with no empty parts.");
  const [inst = "", cls = "", code = "", sub = "", service = ""] = m.slice(1, 6).map((s) => safeDecode(s ?? ""));
  const forwardPath = `/${m[5]}${m[6] ?? ""}`;
  const callerRaw = callerOf(req);
  const provider = findMember(inst, cls, code, sub);
  const finish = (res: MockResponse, denied = false, playedBy?: string) => {
    const id = recordExchange({
      ns,
      via: "im",
      caller: callerRaw,
      provider: provider?.bb ?? `${inst}/${cls}/${code}/${sub}`,
      service,
      req,
      path: req.path,
      res,
      latencyMs: performance.now() - started,
      denied,
      playedBy,
    });
    res.headers = { ...res.headers, "X-Sandbox-Trace-Id": String(id) };
    return res;
  };

  if (!callerRaw) {
    return finish(problem(400, "Information-Mediator-Client header is required: INSTANCE/CLASS/MEMBER/SUBSYSTEM, e.g. eGovStack/GOV/90000001/portal."), true);
  }
  const parts = callerRaw.split("/");
  if (parts.length !== 4 || parts.some((p) => !p)) {
    return finish(problem(400, `Information-Mediator-Client "${callerRaw}" must have four parts: INSTANCE/CLASS/MEMBER/SUBSYSTEM.`), true);
  }
  const client = findMember(parts[0] ?? "", parts[1] ?? "", parts[2] ?? "", parts[3] ?? "");
  if (!provider?.bb || provider.bb === "information-mediator") {
    return finish(problem(404, `No provider ${inst}/${cls}/${code}/${sub} is registered at this Information Mediator.`));
  }
  const contract = await getContract(provider.bb);
  if (!servicesOf(contract).has(service)) {
    return finish(problem(404, `${sub} offers no service "${service}". See GET /r1/${inst}/${cls}/${code}/${sub}/listMethods.`));
  }
  if (!client) {
    return finish(problem(403, `Access denied: the client ${callerRaw} is not a registered member of this Information Mediator.`), true);
  }
  const clientKey = memberKey(client);
  if (!isAllowed(ns, clientKey, provider.bb, service)) {
    return finish(problem(403, `Access denied: ${clientKey} may not call service "${service}" of ${sub}.`), true);
  }
  const forwarded = { ...req, path: forwardPath, headers: { ...req.headers, "information-mediator-client": clientKey } };
  // A visitor may have chosen a vendor's product to play this BB in their namespace (#12).
  const swap = swapFor(ns, provider.bb);
  if (swap) return finish(await forwardToProduct(swap, contract, forwarded, forwardPath), false, swap.productName);
  return finish(await forward(provider.bb, forwarded));
}

function memberOfPath(ctx: HandlerContext) {
  const p = ctx.params;
  return findMember(p.instanceId, p.memberClass, p.memberCode, p.applicationCode);
}

async function serviceList(ctx: HandlerContext, onlyAllowed: boolean): Promise<MockResponse> {
  if (ctx.profile === "suite") return json(200, { member: [] });
  const member = memberOfPath(ctx);
  if (!member?.bb || member.bb === "information-mediator") return json(200, { member: [] });
  const contract = await getContract(member.bb);
  const wanted = q1(ctx.query.serviceId);
  const caller = callerOf(ctx.req) ?? "";
  const callerMember = caller.split("/").length === 4 ? findMember(...(caller.split("/") as [string, string, string, string])) : undefined;
  const items = [...servicesOf(contract)]
    .filter(([code]) => !wanted || code === wanted)
    .filter(([code]) => !onlyAllowed || (callerMember && isAllowed(ctx.ns, memberKey(callerMember), member.bb!, code)))
    .map(([serviceCode, endpoints]) => ({
      objectType: "SERVICE",
      serviceType: "REST",
      instanceId: INSTANCE,
      memberClass: member.memberClass,
      memberCode: member.memberCode,
      applicationCode: member.subsystem,
      serviceCode,
      serviceVersion: contract.version,
      endpointList: { member: endpoints },
    }));
  return json(200, { member: items });
}

/** The OpenAPI text of a provider's service, as a JSON string (400 for an unknown service). */
async function providerOpenApi(bb: BbId, code: string): Promise<MockResponse> {
  const contract = await getContract(bb);
  const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, "");
  const known = [...servicesOf(contract).keys()].some((s) => norm(s) === norm(code));
  return known ? json(200, readOpenApiText(bb) ?? "") : json(400, `serviceCode: "${code}" is not a service of ${bb}.`);
}

async function openApiText(ctx: HandlerContext): Promise<MockResponse> {
  const member = memberOfPath(ctx);
  const code = q1(ctx.query.serviceCode) ?? "";
  if (member?.bb) return providerOpenApi(member.bb, code);
  // Unknown providers get a minimal document: the suite probes made-up tuples.
  return json(200, `openapi: 3.0.3\ninfo:\n  title: ${code}\n  version: 1.0.0\npaths: {}\n`);
}

// ---- pub/sub: the application in the path is the "room" -----------------------------------
type EventTypeRec = { eventType: string; schema: unknown };
type EventRec = { id: string; sequence: number; publisherId: Record<string, string>; eventType: string; event: unknown; status: string };
type SubRec = { id: string; subscriberId: Record<string, string>; eventType: string; delivery: string; options: unknown; acked: string[] };

const room = (ctx: HandlerContext) => `${ctx.params.instanceId}/${ctx.params.memberClass}/${ctx.params.memberCode}/${ctx.params.applicationCode}`;
const eventTypes = (ctx: HandlerContext) => collection<EventTypeRec>(ctx, `eventTypes:${room(ctx)}`);
const events = (ctx: HandlerContext) => collection<EventRec>(ctx, `events:${room(ctx)}`);
const subs = (ctx: HandlerContext) => collection<SubRec>(ctx, `subs:${room(ctx)}`);
const callerRef = (ctx: HandlerContext) => {
  const [instanceId = "", memberClass = "", memberCode = "", applicationCode = ""] = (callerOf(ctx.req) ?? "").split("/");
  return { instanceId, memberClass, memberCode, applicationCode };
};

function rightsPage(ctx: HandlerContext): MockResponse {
  const f = (k: string) => q1(ctx.query[k]);
  const list = rightsOf(ctx.ns)
    .list()
    .map((r) => {
      const p = PROVIDERS.find((x) => x.bb === r.provider)!;
      const [, memberClass, memberCode, applicationId] = r.client.split("/");
      return r.services.map((serviceId) => ({
        memberClass: p.memberClass,
        memberCode: p.memberCode,
        applicationId: p.subsystem,
        serviceId,
        rights: [{ memberClass, memberCode, applicationId }],
      }));
    })
    .flat()
    .filter(
      (r) =>
        (!f("memberClass") || r.memberClass === f("memberClass")) &&
        (!f("memberCode") || r.memberCode === f("memberCode")) &&
        (!f("applicationId") || r.applicationId === f("applicationId")) &&
        (!f("serviceId") || r.serviceId === f("serviceId")),
    );
  const size = intParam(ctx.query.pageSize, 100, 1, 1000);
  const start = intParam(ctx.query.nextPageToken, 0, 0, 1_000_000);
  const page = list.slice(start, start + size);
  return json(200, start + size < list.length ? { nextPageToken: String(start + size), allowList: page } : { allowList: page });
}

function changeRights(ctx: HandlerContext, grant: boolean): MockResponse {
  const body = ctx.req.body;
  const items = Array.isArray(body) ? body : [body];
  let changed = 0;
  for (const item of items.map(obj)) {
    const provider = PROVIDERS.find((p) => p.subsystem === item.applicationId && p.memberCode === item.memberCode);
    if (!provider?.bb) return problem(400, `No provider ${String(item.memberClass)}/${String(item.memberCode)}/${String(item.applicationId)} is registered.`);
    const service = str(item, "serviceId") ?? "*";
    for (const r of (Array.isArray(item.rights) ? item.rights : []).map(obj)) {
      const client = `${INSTANCE}/${String(r.memberClass)}/${String(r.memberCode)}/${String(r.applicationId)}`;
      const id = `${client}>${provider.bb}`;
      const existing = rightsOf(ctx.ns).get(id);
      const services = new Set(existing?.services ?? []);
      if (grant) services.add(service);
      else if (service === "*") services.clear();
      else services.delete(service);
      if (services.size) rightsOf(ctx.ns).put(id, { id, client, provider: provider.bb, services: [...services] });
      else rightsOf(ctx.ns).delete(id);
      changed++;
    }
  }
  return json(200, { changed });
}

const allMembers = () => [...PROVIDERS, ...CONSUMERS, ...APPLICATIONS];

export const informationMediator: MockModule = {
  preprocess: async (req, ns, forward) => {
    const path = unquote(req.path);
    const parts = path.split("/").filter(Boolean);
    if (parts[0] === "r1" && parts.length >= 6 && !isDirectoryPath(parts.slice(5))) return routeThroughIm(ns, { ...req, path }, forward);
    // Our own subsystems are named by bb-id ("digital-registries"), which the strict getOpenAPI
    // pattern (letters and digits) would refuse: serve registered providers directly.
    const rest = parts[0] === "r1" ? parts.slice(1) : parts;
    if (rest.length === 5 && rest[4] === "getOpenAPI" && req.method === "GET") {
      const member = findMember(safeDecode(rest[0] ?? ""), safeDecode(rest[1] ?? ""), safeDecode(rest[2] ?? ""), safeDecode(rest[3] ?? ""));
      if (member?.bb) return providerOpenApi(member.bb, q1(req.query.serviceCode) ?? "");
    }
    return { ...req, path, query: directoryQuery(parts, req.query) };
  },
  // getOpenAPI's 400 carries a JSON string: the IM documents no error body, and GovStack's suite
  // checks every getOpenAPI answer against {type: "string"}. Other operations keep the usual shape.
  validationError: (issues, { operationId }) => {
    const message = issues.map((i) => `${i.field}: ${i.message}`).join("; ") || "The request does not match the contract.";
    return operationId === "getOpenAPI" || operationId === "getOpenAPILegacy" ? json(400, message) : problem(400, message, issues);
  },
  handlers: {
    listClients: (ctx) => {
      if (ctx.profile === "suite") return json(200, { member: [] });
      const inst = q1(ctx.query.instanceId);
      if (inst && inst !== INSTANCE) return json(200, { member: [] });
      return json(200, {
        member: allMembers().map((m) => ({
          name: m.name,
          id: { objectType: "APPLICATION", instanceId: INSTANCE, memberClass: m.memberClass, memberCode: m.memberCode, applicationCode: m.subsystem },
        })),
      });
    },
    listMethods: (ctx) => serviceList(ctx, false),
    listMethodsLegacy: (ctx) => serviceList(ctx, false),
    allowedMethods: (ctx) => serviceList(ctx, true),
    allowedMethodsLegacy: (ctx) => serviceList(ctx, true),
    getOpenAPI: openApiText,
    getOpenAPILegacy: openApiText,
    createEventType: (ctx) => {
      const body = obj(ctx.req.body) as EventTypeRec;
      if (eventTypes(ctx).get(body.eventType)) return problem(409, `Event type "${body.eventType}" already exists.`);
      eventTypes(ctx).put(body.eventType, { eventType: body.eventType, schema: body.schema });
      return json(200, { eventType: body.eventType });
    },
    listEventTypes: (ctx) => {
      const names = eventTypes(ctx)
        .list()
        .map((e) => e.eventType);
      return names.length ? json(200, names) : { status: 204 };
    },
    getEventType: (ctx) => {
      const e = eventTypes(ctx).get(ctx.params.eventType);
      return e ? json(200, e) : { status: 204 };
    },
    deleteEventType: (ctx) => (eventTypes(ctx).delete(ctx.params.eventType) ? { status: 204 } : problem(404, `No event type "${ctx.params.eventType}".`)),
    publishEvent: (ctx) => {
      const type = ctx.params.eventType;
      if (!eventTypes(ctx).get(type)) return problem(404, `No event type "${type}". Create it first (POST api/v1/eventType).`);
      const id = uuid();
      const sequence = events(ctx).list().length + 1;
      events(ctx).put(id, { id, sequence, publisherId: callerRef(ctx), eventType: type, event: obj(ctx.req.body).event, status: "PUBLISHED" });
      return json(201, { id });
    },
    getPublishedEventStatus: (ctx) => {
      const e = events(ctx).get(ctx.params.eventId);
      return e && e.eventType === ctx.params.eventType ? json(200, e) : problem(404, "No such event.");
    },
    cancelPublishedEvent: (ctx) => {
      const e = events(ctx).get(ctx.params.eventId);
      if (!e) return problem(404, "No such event.");
      events(ctx).put(e.id, { ...e, status: "CANCELLED" });
      return { status: 204 };
    },
    listSubscriptions: (ctx) =>
      json(
        200,
        subs(ctx)
          .list()
          .map(({ acked: _a, ...s }) => s),
      ),
    subscribe: (ctx) => {
      const type = ctx.params.eventType;
      if (subs(ctx).get(type)) return problem(409, `Already subscribed to "${type}".`);
      const body = obj(ctx.req.body);
      subs(ctx).put(type, {
        id: uuid(),
        subscriberId: callerRef(ctx),
        eventType: type,
        delivery: str(body, "delivery") ?? "PUSH",
        options: { TTL: 3600, FIFO: false, ...obj(body.options) },
        acked: [],
      });
      return json(200, { eventType: type });
    },
    getSubscription: (ctx) => {
      const s = subs(ctx).get(ctx.params.eventType);
      if (!s) return problem(404, "Not subscribed.");
      const { acked: _a, ...rest } = s;
      return json(200, rest);
    },
    updateSubscription: (ctx) => {
      const s = subs(ctx).get(ctx.params.eventType);
      if (!s) return problem(404, "Not subscribed.");
      const body = obj(ctx.req.body);
      subs(ctx).put(s.eventType, { ...s, delivery: str(body, "delivery") ?? s.delivery, options: { ...obj(s.options), ...obj(body.options) } });
      return json(201, { eventType: s.eventType });
    },
    unsubscribe: (ctx) => (subs(ctx).delete(ctx.params.eventType) ? { status: 204 } : problem(404, "Not subscribed.")),
    pullEvent: (ctx) => {
      const s = subs(ctx).get(ctx.params.eventType);
      if (!s) return problem(404, "Not subscribed.");
      const next = events(ctx)
        .list()
        .find((e) => e.eventType === s.eventType && e.status === "PUBLISHED" && !s.acked.includes(e.id));
      return next
        ? json(200, { id: next.id, sequence: next.sequence, publisherId: next.publisherId, eventType: next.eventType, event: next.event })
        : problem(404, "No event waiting.");
    },
    acknowledgeEvent: (ctx) => {
      const s = subs(ctx).get(ctx.params.eventType);
      if (!s || !events(ctx).get(ctx.params.eventId)) return problem(404, "No such subscription or event.");
      if (s.acked.includes(ctx.params.eventId)) return problem(409, "Event already acknowledged.");
      subs(ctx).put(s.eventType, { ...s, acked: [...s.acked, ctx.params.eventId] });
      return { status: 204 };
    },
    getConfiguration: () =>
      json(200, {
        domain: "sandbox.govstack.local",
        instance: INSTANCE,
        members: Object.values(
          allMembers().reduce<Record<string, { name: string; class: string; code: string; applications: Array<{ id: string; connection: string }> }>>(
            (acc, m) => {
              const key = `${m.memberClass}/${m.memberCode}`;
              acc[key] ??= { name: m.name.replace(/ \(.*\)$/, ""), class: m.memberClass, code: m.memberCode, applications: [] };
              acc[key].applications.push({ id: m.subsystem, connection: "https" });
              return acc;
            },
            {},
          ),
        ),
      }),
    createConfiguration: () => json(201, "configuration accepted"),
    updateConfiguration: () => json(201, "configuration accepted"),
    replaceConfiguration: () => json(201, "configuration accepted"),
    getStatus: () => json(200, { status: "UP", instance: INSTANCE, time: now() }),
    listAllowedAccess: rightsPage,
    grantAccess: (ctx) => changeRights(ctx, true),
    revokeAccess: (ctx) => changeRights(ctx, false),
  },
};
