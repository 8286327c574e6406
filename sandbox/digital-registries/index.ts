// Digital Registries mock: registries of JSON records, keyed by registryName/versionNumber.
// Field names match case-insensitively, so the suite's PascalCase (FirstName, ID) and the
// spec's camelCase (firstName, id) reach the same records.
import { isDeepStrictEqual } from "node:util";
import { collection } from "../runtime/collection";
import { intParam, json, now, obj, q1, uuid } from "../runtime/respond";
import type { HandlerContext, MockModule, MockResponse } from "../types";

type Rec = { uuid: string; content: Record<string, unknown> };

const NO_RECORD: MockResponse = { status: 404, body: { detail: "no record found" } };

function registry(ctx: HandlerContext) {
  return collection<Rec>(ctx, `reg:${ctx.params.registryName}:${ctx.params.versionNumber}`);
}

/** Value of a field, matching its name case-insensitively. */
export function fieldValue(content: Record<string, unknown>, field: string): unknown {
  if (field in content) return content[field];
  const lower = field.toLowerCase();
  for (const [k, v] of Object.entries(content)) if (k.toLowerCase() === lower) return v;
  return undefined;
}

/** Whether a record has every field of the query with an equal value. */
export function matches(content: Record<string, unknown>, query: Record<string, unknown>): boolean {
  return Object.entries(query).every(([k, v]) => {
    const actual = fieldValue(content, k);
    return actual === v || (actual !== undefined && v !== undefined && String(actual) === String(v));
  });
}

/** Writes values into a record, reusing the record's own spelling of a field when it has one. */
function merge(content: Record<string, unknown>, write: Record<string, unknown>): Record<string, unknown> {
  const out = { ...content };
  for (const [k, v] of Object.entries(write)) {
    const existing = Object.keys(out).find((key) => key.toLowerCase() === k.toLowerCase());
    out[existing ?? k] = v;
  }
  return out;
}

const recordId = (content: Record<string, unknown>) => {
  const v = fieldValue(content, "id");
  return typeof v === "string" || typeof v === "number" ? String(v) : undefined;
};

/** Storage key of a record: its own id when it has one (direct lookups), else its uuid. */
const keyOf = (content: Record<string, unknown>, uuidValue: string) => recordId(content) ?? uuidValue;

/** Records matching a query; a query naming the id is a direct lookup instead of a scan. */
function find(reg: ReturnType<typeof registry>, query: Record<string, unknown>): Rec[] {
  const id = recordId(query);
  if (id !== undefined) {
    const hit = reg.get(id);
    if (hit && matches(hit.content, query)) return [hit];
    if (hit) return [];
  }
  return reg.list().filter((r) => matches(r.content, query));
}

function queryContent(body: unknown): Record<string, unknown> {
  const b = obj(body);
  if (b.query && typeof b.query === "object") return obj(obj(b.query).content);
  return b; // the suite sends `exists` queries flat
}

function identityMismatch(ctx: HandlerContext): boolean {
  return !!ctx.faults.identityMismatch;
}

function logRead(ctx: HandlerContext, rec: Rec) {
  const id = recordId(rec.content);
  if (!id) return;
  const caller = ctx.req.headers["information-mediator-client"] ?? ctx.req.headers["x-govstack-client"] ?? "anonymous";
  const parts = caller.split("/");
  collection(ctx, "usage").put(uuid(), {
    id: uuid(),
    userId: id,
    databaseId: ctx.params.registryName,
    readerId: parts[2] ?? caller,
    readerInitials: (parts[3] ?? "??").slice(0, 2).toUpperCase(),
    readerInstitutionId: parts[2] ?? "unknown",
    readerInstitutionName: parts[1] ? `${parts[1]} member ${parts[2] ?? ""}`.trim() : "Unknown institution",
    readerApplicationName: parts[3] ?? caller,
    searchDateTime: now(),
    refrences: [{ ReferenceId: rec.uuid }],
  });
}

function list(ctx: HandlerContext): MockResponse {
  let rows = registry(ctx)
    .list()
    .map((r) => r.content);
  const search = q1(ctx.query.search);
  const filter = q1(ctx.query.filter);
  if (search) {
    const needle = search.toLowerCase();
    rows = filter
      ? rows.filter((c) => String(fieldValue(c, filter) ?? "").toLowerCase() === needle)
      : rows.filter((c) => Object.values(c).some((v) => typeof v === "string" && v.toLowerCase().includes(needle)));
  }
  // Exact-match filters as query.<field>=value (or query[field]=value).
  for (const [key, value] of Object.entries(ctx.query)) {
    const m = /^query(?:\.|\[)([^\]]+)\]?$/.exec(key);
    if (m?.[1]) {
      const field = m[1];
      rows = rows.filter((c) => String(fieldValue(c, field) ?? "") === q1(value));
    }
  }
  const nested = ctx.query.query;
  if (nested && typeof nested === "object" && !Array.isArray(nested)) {
    for (const [k, v] of Object.entries(nested as Record<string, unknown>)) rows = rows.filter((c) => String(fieldValue(c, k) ?? "") === String(v));
  }
  const ordering = q1(ctx.query.ordering);
  if (ordering) {
    const desc = ordering.startsWith("-") || ordering === "descending";
    const field = ordering === "ascending" || ordering === "descending" ? (filter ?? "id") : ordering.replace(/^-/, "");
    rows = [...rows].sort((a, b) => String(fieldValue(a, field) ?? "").localeCompare(String(fieldValue(b, field) ?? "")) * (desc ? -1 : 1));
  }
  const pageSize = intParam(ctx.query.pageSize, 20, 1, 1000);
  const page = intParam(ctx.query.page, 1, 1, 1_000_000);
  const count = rows.length;
  const results = rows.slice((page - 1) * pageSize, page * pageSize);
  const base = `/data/${encodeURIComponent(ctx.params.registryName)}/${encodeURIComponent(ctx.params.versionNumber)}`;
  const link = (p: number) => `${base}?page=${p}&pageSize=${pageSize}`;
  // `next` is left out on the last page: the spec allows null, but GovStack's suite requires a
  // string whenever the field is present, so leaving it out satisfies both.
  return json(200, {
    count,
    ...(page * pageSize < count ? { next: link(page + 1) } : {}),
    previous: page > 1 ? link(page - 1) : null,
    results,
  });
}

function create(ctx: HandlerContext): MockResponse {
  const body = obj(ctx.req.body);
  // Spec: `{write:{content}}`. The suite's older create calls send the record unwrapped
  // (the contract only lets that through when it carries the legacy `ID`).
  const content = body.write !== undefined ? obj(obj(body.write).content) : body;
  const reg = registry(ctx);
  const id = recordId(content);
  const existing = id ? reg.get(id) : undefined;
  if (existing) {
    // Re-sending the same record is harmless (GovStack's suite sends each create more than
    // once: its pactum steps re-send the request every time a step returns the request).
    if (isDeepStrictEqual(existing.content, content)) return json(200, { content });
    return json(400, { detail: `id: a record with id "${id}" already exists in ${ctx.params.registryName}` });
  }
  const u = uuid();
  reg.put(keyOf(content, u), { uuid: u, content });
  return json(200, { content });
}

function exists(ctx: HandlerContext): MockResponse {
  const query = queryContent(ctx.req.body);
  const found = !identityMismatch(ctx) && find(registry(ctx), query).length > 0;
  return json(200, { answer: { status: found, message: found ? "Object found" : "Object not found" } });
}

function read(ctx: HandlerContext): MockResponse {
  if (identityMismatch(ctx)) return NO_RECORD;
  const query = queryContent(ctx.req.body);
  const rec = find(registry(ctx), query)[0];
  if (!rec) return NO_RECORD;
  logRead(ctx, rec);
  return json(200, { content: rec.content });
}

function update(ctx: HandlerContext, all: boolean): MockResponse {
  const body = obj(ctx.req.body);
  const query = obj(obj(body.query).content);
  const write = obj(obj(body.write).content);
  const reg = registry(ctx);
  const hits = find(reg, query);
  const targets = all ? hits : hits.slice(0, 1);
  for (const r of targets) {
    const content = merge(r.content, write);
    const oldKey = keyOf(r.content, r.uuid);
    const newKey = keyOf(content, r.uuid);
    if (newKey !== oldKey) reg.delete(oldKey);
    reg.put(newKey, { uuid: r.uuid, content });
  }
  // The suite profile answers 200 when nothing matches: GovStack's suite updates one record
  // several times, each time querying its original values.
  if (!all && targets.length === 0 && ctx.profile !== "suite") return NO_RECORD;
  return json(200, { updated: targets.length });
}

function upsert(ctx: HandlerContext): MockResponse {
  const body = obj(ctx.req.body);
  const query = obj(obj(body.query).content);
  const write = obj(obj(body.write).content);
  const reg = registry(ctx);
  const hit = Object.keys(query).length ? find(reg, query)[0] : undefined;
  if (hit) {
    const content = merge(hit.content, write);
    const oldKey = keyOf(hit.content, hit.uuid);
    if (keyOf(content, hit.uuid) !== oldKey) reg.delete(oldKey);
    reg.put(keyOf(content, hit.uuid), { uuid: hit.uuid, content });
    return json(200, { content });
  }
  const content = merge(query, write);
  const u = uuid();
  reg.put(keyOf(content, u), { uuid: u, content });
  return json(200, { content });
}

function remove(ctx: HandlerContext): MockResponse {
  const reg = registry(ctx);
  const id = ctx.params.id;
  if (!reg.delete(id)) {
    const hit = reg.list().find((r) => r.uuid === id);
    if (hit) reg.delete(keyOf(hit.content, hit.uuid));
  }
  return { status: 204 }; // idempotent, as the suite expects
}

function readValue(ctx: HandlerContext): MockResponse {
  const reg = registry(ctx);
  const rec = reg.get(ctx.params.uuid) ?? reg.list().find((r) => r.uuid === ctx.params.uuid);
  const value = rec ? fieldValue(rec.content, ctx.params.field) : undefined;
  if (value === undefined) return NO_RECORD;
  return json(200, typeof value === "string" ? value : JSON.stringify(value));
}

const SAFE_ID = /^[A-Za-z0-9_.:-]{1,128}$/;

function personalDataUsage(ctx: HandlerContext, userKey: string, dbKey: string): MockResponse {
  const userId = q1(ctx.query[userKey]) ?? "";
  const databaseId = q1(ctx.query[dbKey]) ?? "";
  for (const [name, value] of [
    [userKey, userId],
    [dbKey, databaseId],
  ] as const) {
    if (!SAFE_ID.test(value) || /^\.+$/.test(value)) return json(400, { detail: `${name}: "${value}" is not a valid identifier` });
  }
  const rows = collection<Record<string, unknown>>(ctx, "usage")
    .list()
    .filter((u) => u.userId === userId && (String(u.databaseId).toLowerCase() === databaseId.toLowerCase() || databaseId.toUpperCase() === "MCTS"))
    .map(({ userId: _u, databaseId: _d, ...rest }) => rest);
  return json(200, rows);
}

function databases(ctx: HandlerContext) {
  return collection<Record<string, unknown>>({ ns: ctx.ns, bb: ctx.bb }, "databases");
}

export const digitalRegistries: MockModule = {
  validationError: (issues) => json(400, { detail: issues.map((i) => `${i.field}: ${i.message}`).join("; ") }),
  notFound: (req) => json(404, { detail: `no endpoint ${req.method} ${req.path}` }),
  handlers: {
    listRecords: list,
    createRecord: create,
    recordExists: exists,
    readRecord: read,
    updateRecord: (ctx) => update(ctx, false),
    updateRecords: (ctx) => update(ctx, true),
    updateRecordsLegacy: (ctx) => update(ctx, true),
    upsertRecord: upsert,
    upsertRecordLegacy: upsert,
    deleteRecord: remove,
    readFieldValue: readValue,
    readFieldValueLegacy: readValue,
    getPersonalDataUsage: (ctx) => personalDataUsage(ctx, "userId", "databaseId"),
    getPersonalDataUsageLowercase: (ctx) => personalDataUsage(ctx, "userId", "databaseId"),
    getPersonalDataUsageLegacy: (ctx) => personalDataUsage(ctx, "userID", "DatabaseID"),
    createMctsEntries: (ctx) => {
      const reg = collection<Rec>(ctx, "reg:mcts:1.0");
      const receive = (obj(ctx.req.body).write as Array<{ content: Record<string, unknown> }>).map((item) => {
        const content = { ...obj(item.content), id: `MCTS${reg.list().length + 1}` };
        const u = uuid();
        reg.put(keyOf(content, u), { uuid: u, content });
        return { content };
      });
      return json(201, { receive });
    },
    listDatabases: (ctx) => {
      const group = { id: 1, name: "Sandbox registries", code: "sandbox", order: 1 };
      // The suite's schema allows only snake_case group fields (additionalProperties: false),
      // the spec names them in camelCase: the two cannot be served at once.
      const extra = ctx.profile === "suite" ? { group_id: 1, data_index_increment: 1 } : { groupId: 1, dataIndexIncrement: 1 };
      return json(200, { ...group, ...extra, databases: databases(ctx).list() });
    },
    getDatabase: (ctx) => {
      const hit = databases(ctx)
        .list()
        .find((d) => String(d.id) === ctx.params.id || d.name === ctx.params.id);
      if (hit) return json(200, hit);
      if (/^\d{1,12}$/.test(ctx.params.id)) {
        return json(200, {
          id: Number(ctx.params.id),
          version: "1.0",
          name: `database-${ctx.params.id}`,
          institution: "Sandbox",
          schema: { type: "object", properties: {} },
          isDraft: false,
          isDisabled: false,
          isArchived: false,
          modifiedAt: now(),
        });
      }
      return NO_RECORD;
    },
    deleteDatabase: (ctx) => {
      const hit = databases(ctx)
        .list()
        .find((d) => String(d.id) === ctx.params.id);
      if (hit) databases(ctx).delete(String(hit.id));
      return json(200, "Success");
    },
    modifyDatabase: (ctx) => {
      const body = obj(ctx.req.body);
      const list = databases(ctx).list();
      const existing = list.find((d) => d.name === body.code);
      const id = existing ? Number(existing.id) : Math.max(99, ...list.map((d) => Number(d.id) || 0)) + 1;
      // GovStack's suite spells the group field `group_name` (snake_case).
      const institution = body.groupName ?? body.group_name ?? "Sandbox";
      databases(ctx).put(String(id), {
        id,
        version: "1.0",
        name: body.code,
        institution,
        schema: body.schema,
        isDraft: false,
        isDisabled: false,
        isArchived: false,
        modifiedAt: now(),
      });
      return json(200, body.schema);
    },
  },
};
