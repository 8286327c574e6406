// Scheduler mock: nine resources (event, appointment, entity, resource, subscriber, message,
// affiliation, alert_schedule, log), each with new / modifications / delete / list_details.
// Parameters arrive form-exploded in the query string, even on POST and PUT.
import { collection } from "../runtime/collection";
import { json, obj, parseClientJson } from "../runtime/respond";
import type { HandlerContext, Handler, MockModule, MockRequest, MockResponse, Query } from "../types";

export const RESOURCES = ["event", "appointment", "entity", "resource", "subscriber", "message", "affiliation", "alert_schedule", "log"] as const;
type Resource = (typeof RESOURCES)[number];
type Item = { id: string; details: Record<string, unknown> };

const OWN_PARAMS = new Set(["requestor_id", "request_token", "qry", ...RESOURCES.map((r) => `${r}_id`)]);

function parseValue(v: string): unknown {
  if (/^[[{]/.test(v.trim())) {
    try {
      return parseClientJson(v);
    } catch {
      return v;
    }
  }
  return v;
}

function setDeep(target: Record<string, unknown>, keys: string[], value: unknown) {
  let node = target;
  keys.forEach((k, i) => {
    if (i === keys.length - 1) node[k] = value;
    else node = (node[k] = obj(node[k])) as Record<string, unknown>;
  });
}

/**
 * Regroups a form-exploded `qry` object: members may come as top-level keys with JSON values,
 * bracket keys (qry[details][name]=…, details[name]=…), dotted keys, a JSON `qry`, or a JSON body.
 */
export function regroupQry(query: Query, body: unknown): Query {
  const qry: Record<string, unknown> = {};
  const rest: Query = {};
  for (const [key, value] of Object.entries(query)) {
    const v = Array.isArray(value) ? (value[0] ?? "") : value;
    if (key === "qry") {
      Object.assign(qry, obj(parseValue(v)));
      continue;
    }
    if (OWN_PARAMS.has(key)) {
      rest[key] = value;
      continue;
    }
    const path = key.replace(/\]/g, "").split(/\[|\./).filter(Boolean);
    if (path[0] === "qry") path.shift();
    if (path.length) setDeep(qry, path, parseValue(v));
  }
  if (!Object.keys(qry).length && body && typeof body === "object") Object.assign(qry, body);
  const explicit = "qry" in query;
  return explicit || Object.keys(qry).length ? { ...rest, qry: qry as unknown as string } : rest;
}

const store = (ctx: HandlerContext, r: Resource) => collection<Item>(ctx, r);
const notFound = (what: string): MockResponse => json(404, { error: "not_found", message: `No ${what}.` });

function detailsOf(qry: Record<string, unknown>): Record<string, unknown> {
  const key = Object.keys(qry).find((k) => k.endsWith("details") && !k.endsWith("_required"));
  return key ? obj(qry[key]) : qry;
}

function matchesFilter(item: Item, filter: Record<string, unknown>, r: Resource): boolean {
  return Object.entries(filter).every(([k, v]) => {
    if (k === `${r}_id`) return Array.isArray(v) ? v.includes(item.id) : v === item.id;
    if (k === "from" || k === "to") return true;
    if (v && typeof v === "object") return true;
    return String(item.details[k] ?? "") === String(v);
  });
}

function handlersFor(r: Resource): Record<"create" | "modify" | "remove" | "list", Handler> {
  const idParam = `${r}_id`;
  return {
    create: (ctx) => {
      const list = store(ctx, r).list();
      const n = list.reduce((max, i) => Math.max(max, Number(i.id.split(":")[1]) || 0), 1000) + 1;
      const id = `${idParam}:${n}`;
      store(ctx, r).put(id, { id, details: detailsOf(obj(ctx.query.qry)) });
      return json(200, id);
    },
    modify: (ctx) => {
      const id = String(ctx.query[idParam] ?? "");
      const item = store(ctx, r).get(id);
      if (!item) return notFound(`${r} with id "${id}"`);
      store(ctx, r).put(id, { id, details: { ...item.details, ...detailsOf(obj(ctx.query.qry)) } });
      return json(200, id);
    },
    remove: (ctx) => {
      const id = String(ctx.query[idParam] ?? "");
      return store(ctx, r).delete(id) ? json(200, id) : notFound(`${r} with id "${id}"`);
    },
    list: (ctx) => {
      const qry = obj(ctx.query.qry);
      const filter = obj(qry[Object.keys(qry).find((k) => k.endsWith("_filter")) ?? ""]);
      const required = obj(qry[Object.keys(qry).find((k) => k.endsWith("_required")) ?? ""]);
      const wanted = Object.entries(required)
        .filter(([, on]) => on === true)
        .map(([k]) => k);
      const rows = store(ctx, r)
        .list()
        .filter((i) => matchesFilter(i, filter, r))
        .map((i) => ({
          [idParam]: i.id,
          details: wanted.length ? Object.fromEntries(Object.entries(i.details).filter(([k]) => wanted.includes(k))) : i.details,
        }));
      return json(200, rows);
    },
  };
}

const camel = (r: Resource) => r.replace(/(^|_)([a-z])/g, (_, __, c: string) => c.toUpperCase());

const handlers: Record<string, Handler> = {};
for (const r of RESOURCES) {
  const h = handlersFor(r);
  handlers[`create${camel(r)}`] = h.create;
  handlers[`modify${camel(r)}`] = h.modify;
  handlers[`delete${camel(r)}`] = h.remove;
  handlers[`list${camel(r)}Details`] = h.list;
}
handlers.getResourceAvailability = (ctx) => {
  const filter = obj(obj(ctx.query.qry).free_resource_filter ?? obj(ctx.query.qry));
  const resources = store(ctx, "resource")
    .list()
    .filter((i) => !filter.resource_id || i.id === filter.resource_id);
  const booked = store(ctx, "appointment")
    .list()
    .map((a) => String(a.details.from ?? ""));
  const from = typeof filter.from === "string" ? filter.from : "2025-05-12T08:00:00Z";
  const base = Date.parse(from) || Date.parse("2025-05-12T08:00:00Z");
  const slots = [0, 1, 2, 3].map((h) => new Date(base + h * 3600_000).toISOString()).filter((s) => !booked.includes(s));
  return json(
    200,
    resources.map((i) => ({ resource_id: i.id, resource_name: String(i.details.name ?? i.id), free_slots: slots })),
  );
};

export const scheduling: MockModule = {
  preprocess: (req: MockRequest) => ({ ...req, query: regroupQry(req.query, req.body) }),
  handlers,
};
