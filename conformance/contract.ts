// Contract checks generated from a BB's OpenAPI document: every operation called with a request
// built from the contract's examples (status, content type and body checked against the contract's
// schemas with ajv), and every operation with a JSON body sent a body of the wrong type (a 4xx in the
// BB's documented error shape expected).
import type { OpenAPIValidator, Operation } from "openapi-backend";
import { openContract } from "@/lib/content/openapi-backend";
import { CheckFailure, type BbId, type CheckDef, type Reply } from "./types";

type Schema = Record<string, unknown>;
type Param = {
  name: string;
  in: string;
  required?: boolean;
  example?: unknown;
  examples?: Record<string, { value?: unknown }>;
  schema?: Schema;
  content?: Record<string, { schema?: Schema; example?: unknown }>;
};

/** A loaded contract for checking answers. */
export type LoadedContract = { bb: BbId; version: string; operations: Operation[]; validator: OpenAPIValidator; byId: Map<string, Operation> };

// A cache, not shared state: a copy of this module in another bundle compiles its own.
const cache = new Map<BbId, Promise<LoadedContract>>();

/** The BB's contract, dereferenced, with lazily compiled response validators (cached per process). */
export function loadContract(bb: BbId): Promise<LoadedContract> {
  let p = cache.get(bb);
  if (!p) {
    p = (async () => {
      const { document, api, validator } = await openContract(bb, { strict: false });
      const operations = api.getOperations().filter((op) => op.operationId);
      const version = String((document.info as { version?: string } | undefined)?.version ?? "0");
      return { bb, version, operations, validator, byId: new Map(operations.map((op) => [op.operationId!, op])) };
    })();
    p.catch(() => cache.delete(bb));
    cache.set(bb, p);
  }
  return p;
}

/** Statuses the contract documents for an operation ("default" and "4XX" included as written). */
export function documentedStatuses(op: Operation): string[] {
  return Object.keys((op.responses ?? {}) as Record<string, unknown>);
}

function statusDocumented(op: Operation, status: number): boolean {
  const codes = documentedStatuses(op);
  return codes.includes(String(status)) || codes.includes(`${String(status)[0]}XX`) || codes.includes("default");
}

/** Media types documented for a status, if any. */
function documentedTypes(op: Operation, status: number): string[] | undefined {
  const responses = (op.responses ?? {}) as Record<string, { content?: Record<string, unknown> }>;
  const r = responses[String(status)] ?? responses[`${String(status)[0]}XX`] ?? responses.default;
  return r?.content ? Object.keys(r.content) : undefined;
}

/** Checks a reply against the contract for an operation: documented status, content type and body schema. */
export function assertMatchesContract(contract: LoadedContract, reply: Reply, operationId: string): void {
  const op = contract.byId.get(operationId);
  if (!op) throw new Error(`unknown operation ${operationId}`);
  if (!statusDocumented(op, reply.status)) {
    throw new CheckFailure(
      `${operationId} answered a status its contract does not document.`,
      `one of ${documentedStatuses(op).join(", ")}`,
      String(reply.status),
    );
  }
  const types = documentedTypes(op, reply.status);
  if (!types?.length) return;
  const base = reply.contentType.split(";")[0]!.trim().toLowerCase();
  const typeOk = types.some(
    (t) =>
      t === "*/*" ||
      t.toLowerCase() === base ||
      (t.endsWith("/*") && base.startsWith(t.slice(0, -1))) ||
      (t.toLowerCase().endsWith("+json") && base === "application/json"),
  );
  if (!typeOk)
    throw new CheckFailure(`${operationId} answered ${reply.status} with a content type its contract does not document.`, types.join(" or "), base || "(none)");
  if (!/json/i.test(base)) return;
  if (reply.body === undefined && reply.text !== "")
    throw new CheckFailure(`${operationId} answered ${reply.status} with a body that is not JSON.`, "JSON", reply.text.slice(0, 200));
  const result = contract.validator.validateResponse(reply.body, op, reply.status);
  if (result.errors?.length) {
    const issues = result.errors
      .slice(0, 5)
      .map(
        (e) =>
          `${e.instancePath || "(body)"} ${e.message ?? "is invalid"}${(e.params as { additionalProperty?: string })?.additionalProperty ? ` (${(e.params as { additionalProperty?: string }).additionalProperty})` : ""}${(e.params as { missingProperty?: string })?.missingProperty ? "" : ""}`,
      );
    throw new CheckFailure(
      `The ${reply.status} body of ${operationId} does not match the contract's schema.`,
      "the schema of the documented response",
      issues.join("; "),
    );
  }
}

/**
 * Checks an error answer: against the operation's own documented response when it has one for that
 * status, else against the BB's error shape (the same status documented by another operation).
 */
export function assertErrorShape(contract: LoadedContract, reply: Reply, operationId: string): void {
  const op = contract.byId.get(operationId)!;
  if (statusDocumented(op, reply.status)) return assertMatchesContract(contract, reply, operationId);
  const documenting = contract.operations.filter((o) => documentedStatuses(o).includes(String(reply.status)));
  const others = documenting.filter((o) => documentedTypes(o, reply.status)?.some((t) => /json/i.test(t)));
  // A BB that documents no error body for this status (or documents it without one) has no shape to hold the answer to.
  if (!others.length || others.length < documenting.length) return;
  let first: unknown;
  for (const other of others) {
    try {
      return assertMatchesContract(contract, reply, other.operationId!);
    } catch (error) {
      first ??= error;
    }
  }
  throw new CheckFailure(
    `The ${reply.status} body of ${operationId} matches none of the error shapes the ${contract.bb} contract documents for ${reply.status}.`,
    "a documented error body",
    (first as CheckFailure).actual,
  );
}

/** An in-body error envelope sent with a 4xx: it must match the envelope some operation of the BB documents with its 200. */
function assertInBodyEnvelope(contract: LoadedContract, reply: Reply, operationId: string): void {
  const ops = [contract.byId.get(operationId)!, ...contract.operations.filter((o) => o.operationId !== operationId && documentedStatuses(o).includes("200"))];
  let first: unknown;
  for (const o of ops) {
    try {
      return assertMatchesContract(contract, { ...reply, status: 200 }, o.operationId!);
    } catch (error) {
      first ??= error;
    }
  }
  throw first;
}

/** BBs whose contracts answer a refused request with 200 and the error inside the body. */
const ERROR_IN_BODY: Partial<Record<BbId, (body: unknown) => boolean>> = {
  // MOSIP-style envelopes: { errors: [{ errorCode, errorMessage }] }.
  identity: (b) => Array.isArray((b as { errors?: unknown[] })?.errors) && (b as { errors: unknown[] }).errors.length > 0,
  // Beckn-style acknowledgements: { message: { ack: { status: "NACK" } }, error: {...} }.
  "e-marketplace": (b) => (b as { message?: { ack?: { status?: string } } })?.message?.ack?.status === "NACK" && !!(b as { error?: unknown }).error,
};

// ---- Building requests from examples --------------------------------------------------------------

/** A value for a schema: its example, default or first enum value, else a typed placeholder. */
export function sample(schema: Schema | undefined, depth = 0): unknown {
  if (!schema || depth > 8) return undefined;
  if (schema.example !== undefined) return schema.example;
  if (Array.isArray(schema.examples) && schema.examples.length) return schema.examples[0];
  if (schema.default !== undefined) return schema.default;
  if (Array.isArray(schema.enum) && schema.enum.length) return schema.enum[0];
  for (const key of ["allOf", "oneOf", "anyOf"] as const) {
    const list = schema[key] as Schema[] | undefined;
    if (!list?.length) continue;
    if (key === "allOf") return Object.assign({}, ...list.map((s) => sample(s, depth + 1)).filter((v) => v && typeof v === "object"));
    return sample(list[0], depth + 1);
  }
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case "object":
    case undefined: {
      const props = (schema.properties ?? {}) as Record<string, Schema>;
      if (type === undefined && !schema.properties) return undefined;
      const required = new Set((schema.required ?? []) as string[]);
      return Object.fromEntries(
        Object.entries(props)
          .filter(([k]) => required.has(k))
          .map(([k, s]) => [k, sample(s, depth + 1)]),
      );
    }
    case "array":
      return [sample(schema.items as Schema, depth + 1)].filter((v) => v !== undefined);
    case "integer":
    case "number":
      return typeof schema.minimum === "number" ? schema.minimum : 1;
    case "boolean":
      return true;
    default:
      if (schema.format === "uuid") return "3fa85f64-5717-4562-b3fc-2c963f66afa6";
      if (schema.format === "date-time") return "2025-06-01T09:00:00Z";
      if (schema.format === "date") return "2025-06-01";
      if (schema.format === "email") return "someone@example.org";
      if (schema.format === "uri") return "https://example.org/";
      return "example";
  }
}

function paramValue(p: Param): unknown {
  if (p.example !== undefined) return p.example;
  const first = p.examples && Object.values(p.examples)[0];
  if (first?.value !== undefined) return first.value;
  if (p.content) {
    const media = Object.values(p.content)[0];
    const v = media?.example ?? sample(media?.schema);
    return v === undefined ? undefined : JSON.stringify(v);
  }
  return sample(p.schema);
}

/** Example request body of an operation and its media type, or undefined when it takes none. */
export function exampleBody(op: Operation): { type: string; value: unknown; schema?: Schema } | undefined {
  const rb = op.requestBody as { content?: Record<string, { example?: unknown; examples?: Record<string, { value?: unknown }>; schema?: Schema }> } | undefined;
  if (!rb?.content) return undefined;
  const [type, media] = Object.entries(rb.content).find(([t]) => /json/i.test(t)) ?? Object.entries(rb.content)[0]!;
  const named = media.examples && Object.values(media.examples)[0]?.value;
  return { type, value: media.example ?? named ?? sample(media.schema), schema: media.schema };
}

/** The request the contract's examples describe: path with parameters filled in, query, headers. */
export function exampleRequest(op: Operation): { path: string; query: Record<string, string>; headers: Record<string, string> } {
  const params = (op.parameters ?? []) as Param[];
  let path = op.path;
  const query: Record<string, string> = {};
  const headers: Record<string, string> = {};
  for (const p of params) {
    const value = paramValue(p);
    if (value === undefined) continue;
    const text = typeof value === "string" ? value : typeof value === "object" ? JSON.stringify(value) : String(value);
    if (p.in === "path") path = path.replace(`{${p.name}}`, encodeURIComponent(text));
    // Optional query parameters change what a list returns; only the required ones are sent.
    else if (p.in === "query" && p.required) query[p.name] = text;
    else if (p.in === "header" && (p.required || p.example !== undefined || p.schema?.example !== undefined)) headers[p.name] = text;
  }
  return { path, query, headers };
}

// ---- Requirement mapping ---------------------------------------------------------------------------

const normalise = (path: string) =>
  path
    .toLowerCase()
    .replace(/\{[^}]*\}/g, "{}")
    .replace(/\/+$/, "")
    .replace(/^(?!\/)/, "/");

/** API paths a requirement's text names ("Expose POST /batchtransactions", "service/policy/{policyId}/"). */
export function pathsNamed(text: string): string[] {
  return [...text.matchAll(/(?:^|[\s(`'"])(\/?[a-z_][\w{}.-]*(?:\/[\w{}.-]+)+\/?)/gi)].map((m) => normalise(m[1]!)).filter((p) => p.length > 1);
}

/** The API-section requirements whose text names an operation's path (exactly or as a parent path). */
export function requirementsForOperation(op: Operation, requirements: ReadonlyArray<{ id: string; section: string; text: string }>): string[] {
  const path = normalise(op.path);
  return requirements.filter((r) => r.section === "api" && pathsNamed(r.text).some((named) => path === named || path.startsWith(`${named}/`))).map((r) => r.id);
}

const METHOD_ORDER = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"];

/** Generates the contract checks of a BB: one per operation, plus one invalid-input check per JSON body. */
export function contractChecks(
  contract: LoadedContract,
  requirements: ReadonlyArray<{ id: string; section: string; text: string }>,
  extraRequirements: string[] = [],
): CheckDef[] {
  const ops = [...contract.operations]
    .filter((op) => !op.deprecated)
    .sort((a, b) => METHOD_ORDER.indexOf(a.method.toUpperCase()) - METHOD_ORDER.indexOf(b.method.toUpperCase()));
  const checks: CheckDef[] = [];
  for (const op of ops) {
    const id = op.operationId!;
    const reqs = [...new Set([...requirementsForOperation(op, requirements), ...extraRequirements])];
    const method = op.method.toUpperCase();
    const body = exampleBody(op);
    checks.push({
      id: `contract.${id}`,
      title: `${method} ${op.path} answers as the contract documents`,
      kind: "contract",
      requirements: reqs,
      run: async (ctx) => {
        const req = exampleRequest(op);
        const reply = await ctx.call(method, req.path, { query: req.query, headers: req.headers, body: body?.value, contentType: body?.type });
        if (reply.status >= 500) throw new CheckFailure(`${method} ${req.path} failed on the server.`, "a documented answer", String(reply.status));
        ctx.matchesContract(reply, id);
      },
    });
    const type = (body?.schema?.type as string | undefined) ?? (body?.schema?.properties ? "object" : undefined);
    if (body && /json/i.test(body.type) && (type === "object" || type === "array")) {
      checks.push({
        id: `contract.${id}.invalid`,
        title: `${method} ${op.path} refuses a body of the wrong type with a documented 4xx`,
        kind: "invalid-input",
        requirements: reqs,
        run: async (ctx) => {
          const req = exampleRequest(op);
          const wrong = type === "object" ? ["not", "an", "object"] : { not: "an array" };
          const reply = await ctx.call(method, req.path, { query: req.query, headers: req.headers, body: wrong, contentType: body.type });
          const inBody = ERROR_IN_BODY[contract.bb];
          if (reply.status === 200 && inBody?.(reply.body)) return ctx.matchesContract(reply, id);
          if (reply.status < 400 || reply.status >= 500)
            throw new CheckFailure(
              `${method} ${req.path} accepted a body of the wrong type.`,
              inBody ? "a 4xx status or the BB's in-body error" : "a 4xx status",
              String(reply.status),
            );
          // The operation's own error envelope (documented with its 200) sent with a 4xx status.
          if (inBody?.(reply.body) && !statusDocumented(op, reply.status)) return assertInBodyEnvelope(contract, reply, id);
          assertErrorShape(contract, reply, id);
        },
      });
    }
  }
  return checks;
}
