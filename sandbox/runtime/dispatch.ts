// The mock runtime: route a request to a BB's operation, validate it against the contract,
// apply the namespace's faults, run the handler, and shape the answer.
import { SandboxQuotaError } from "@/db/sandbox";
import { getModules } from "../modules";
import { namespaceFaults } from "@/sandbox/namespaces";
import { driftRequest, driftResponse } from "../drift";
import type { BbId, Faults, HandlerContext, MockRequest, MockResponse, ValidationIssue } from "../types";
import { getContract, matchRoute, type Contract } from "@/sandbox/runtime/contracts";
import { profileOf } from "./profile";
import { JSON_TYPE, json, problem } from "./respond";

type AjvLikeError = { instancePath?: string; message?: string; params?: Record<string, unknown>; keyword?: string };

/** Turns ajv errors into "field: message" issues a person can act on. */
export function describeValidation(errors: AjvLikeError[] | null | undefined): ValidationIssue[] {
  const seen = new Set<string>();
  const issues: ValidationIssue[] = [];
  for (const e of errors ?? []) {
    let field = (e.instancePath ?? "").replace(/^\//, "").replace(/\//g, ".") || "request";
    field = field.replace(/^requestBody/, "body").replace(/^header\./, "header ");
    const p = e.params ?? {};
    if (typeof p.missingProperty === "string")
      field = field === "request" || field === "body" ? (field === "body" ? `body.${p.missingProperty}` : p.missingProperty) : `${field}.${p.missingProperty}`;
    let message = e.message ?? "is invalid";
    if (typeof p.additionalProperty === "string") message = `has an unknown property "${p.additionalProperty}"`;
    if (Array.isArray(p.allowedValues)) message = `must be one of: ${p.allowedValues.join(", ")}`;
    if (e.keyword === "parse") message = "is not valid JSON";
    const key = `${field}|${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push({ field, message });
  }
  return issues.slice(0, 10);
}

function defaultValidationError(issues: ValidationIssue[]): MockResponse {
  const message = issues.map((i) => `${i.field}: ${i.message}`).join("; ");
  return problem(400, message || "The request does not match the contract.", issues);
}

function exampleFor(contract: Contract, operationId: string) {
  return (status?: number): MockResponse => {
    try {
      const { status: code, mock } = contract.api.mockResponseForOperation(operationId, status ? { code: status } : undefined);
      return json(code, mock);
    } catch {
      return json(status ?? 200, {});
    }
  };
}

/** GovStack-suite shapes for namespaces named suite…, or when a request asks for them. */

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs one request against a BB mock in a namespace and returns the answer, never throwing:
 * any unexpected error becomes a JSON 500 without internals.
 */
export async function dispatch(ns: string, bb: BbId, req: MockRequest): Promise<MockResponse> {
  let contract: Contract | undefined;
  let res: MockResponse;
  try {
    contract = await getContract(bb);
    res = await run(contract, ns, bb, req);
  } catch (error) {
    if (error instanceof SandboxQuotaError) {
      res = problem(413, error.message);
    } else {
      console.error(`[sandbox] ${bb} ${req.method} ${req.path} failed:`, error);
      res = problem(500, "The mock failed unexpectedly. This is a fault in the sandbox, not in your request.");
    }
  }
  // A response routed by the IM keeps the provider's tag.
  res.headers = { "X-Sandbox-Mock": `${bb}@${contract?.version ?? "unknown"}`, ...res.headers };
  return res;
}

async function run(contract: Contract, ns: string, bb: BbId, original: MockRequest): Promise<MockResponse> {
  const faults = namespaceFaults(ns);
  return driftResponse(await answer(contract, ns, bb, driftRequest(original, faults.drift), faults), faults.drift);
}

async function answer(contract: Contract, ns: string, bb: BbId, original: MockRequest, faults: Faults): Promise<MockResponse> {
  const mod = getModules()[bb];
  if (faults.down?.includes(bb)) {
    return problem(503, `The ${bb} Building Block is switched off in this sandbox namespace (fault injection "down").`);
  }
  const slow = faults.slow?.[bb];
  if (slow) await sleep(Math.min(10_000, Math.max(0, slow)));

  // Malformed percent-encoding ("%ZZ") is a client mistake, not something to hand to the router.
  for (const segment of original.path.split("/")) {
    try {
      decodeURIComponent(segment);
    } catch {
      return problem(400, `The path segment "${segment.slice(0, 60)}" is not valid percent-encoding.`);
    }
  }
  let req = original;
  if (mod.preprocess) {
    const pre = await mod.preprocess(req, ns, (to, forwarded) => dispatch(ns, to, forwarded));
    if ("status" in pre) return pre;
    req = pre;
  }

  const route = matchRoute(contract, req.method, req.path);
  if (route.kind === "none") {
    return mod.notFound?.(req) ?? problem(404, `No ${bb} endpoint matches ${req.method} ${req.path}.`);
  }
  if (route.kind === "method") {
    const res = problem(405, `${req.method} is not allowed on ${req.path}. Allowed: ${route.allow.join(", ")}.`);
    res.headers = { Allow: route.allow.join(", ") };
    return res;
  }
  const { op, params } = route;
  if (req.bodyInvalid) {
    const issues = [{ field: "body", message: req.bodyInvalid }];
    return (mod.validationError ?? defaultValidationError)(issues, { operationId: op.operationId, req });
  }

  // openapi-backend sees the path in the contract's own trailing-slash form.
  const path =
    op.path.endsWith("/") && !req.path.endsWith("/") ? `${req.path}/` : !op.path.endsWith("/") && req.path.length > 1 ? req.path.replace(/\/+$/, "") : req.path;
  let validation;
  try {
    validation = contract.validator.validateRequest(
      { method: req.method.toLowerCase(), path, query: req.query, headers: req.headers, body: req.body as never },
      op.operation,
    );
  } catch (error) {
    // openapi-backend re-splits a segment holding two parameters ("{field}.{ext}") greedily and
    // decodes the pieces: a value ending in a %-escape is cut in half there (our own match was fine).
    const last = /\{(\w+)\}[^/{]*$/.exec(op.path.split("/").find((s) => s.split("{").length > 2) ?? "")?.[1];
    if (!(error instanceof URIError) || !last) throw error;
    const issues = [{ field: `path.${last}`, message: "must end with a letter, digit or one of - . _ ~" }];
    return (mod.validationError ?? defaultValidationError)(issues, { operationId: op.operationId, req });
  }
  if (!validation.valid) {
    const issues = describeValidation(validation.errors as AjvLikeError[]);
    return (mod.validationError ?? defaultValidationError)(issues, { operationId: op.operationId, req });
  }

  const ctx: HandlerContext = {
    ns,
    bb,
    req,
    params,
    query: req.query,
    operationId: op.operationId,
    faults,
    profile: profileOf(ns, req),
    example: exampleFor(contract, op.operationId),
  };
  const handler = mod.handlers[op.operationId];
  return handler ? handler(ctx) : ctx.example();
}

/** A mock answer ready for the wire: status, headers (with the sandbox's own) and the payload (null: none). */
export type SerializedMock = { status: number; headers: Record<string, string>; payload: string | null };

/** Serialises a mock answer; an answer that cannot be serialised becomes a JSON 500. Never throws. */
export function serializeMock(res: MockResponse, method = "GET"): SerializedMock {
  let payload: string | null = null;
  try {
    if (res.raw !== undefined) payload = res.raw;
    else if (res.body !== undefined && res.status !== 204) payload = JSON.stringify(res.body);
  } catch (error) {
    console.error("[sandbox] answer could not be serialised:", error);
    return serializeMock(problem(500, "The sandbox failed unexpectedly."), method);
  }
  const headers: Record<string, string> = { ...res.headers };
  if (res.status !== 204) headers["Content-Type"] = res.contentType ?? JSON_TYPE;
  headers["Cache-Control"] = "no-store";
  return { status: res.status, headers, payload: method === "HEAD" || res.status === 204 ? null : payload };
}

/** Serialises a mock answer into a web Response with the sandbox's headers. */
export function toResponse(res: MockResponse, method = "GET"): Response {
  const { status, headers, payload } = serializeMock(res, method);
  return new Response(payload, { status, headers });
}
