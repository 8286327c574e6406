// HTTP edge of the sandbox: turns a web Request under /mock/... into a mock call and back.
import { SANDBOX_LIMITS } from "@/db/sandbox";
import { readLimitedBody } from "@/lib/http/body";
import { clientAddress } from "./client-address";
import { NAMESPACE_COOKIE } from "./namespace-cookie";
import { DEFAULT_NAMESPACE, isValidNamespace, openNamespace, resetNamespace, sharedNamespaceRefusal } from "@/sandbox/namespaces";
import { dispatch, toResponse } from "./runtime/dispatch";
import { MAX_JSON_DEPTH, json, problem, safeDecode, tooDeep } from "./runtime/respond";
import { recordExchange } from "@/sandbox/trace";
import { isBbId, type BbId, type MockRequest, type MockResponse, type Query } from "./types";

/** Reads the visitor's namespace from the Cookie header, if it holds a valid one. */
export function namespaceFromCookie(cookieHeader: string | null): string | undefined {
  if (!cookieHeader) return undefined;
  for (const part of cookieHeader.split(";")) {
    const [k, ...v] = part.trim().split("=");
    if (k === NAMESPACE_COOKIE) {
      const value = safeDecode(v.join("="));
      return isValidNamespace(value) ? value : undefined;
    }
  }
  return undefined;
}

/** Query string → object; repeated keys become arrays. */
export function parseQuery(params: URLSearchParams): Query {
  const query: Query = {};
  for (const [k, v] of params) {
    const existing = query[k];
    query[k] = existing === undefined ? v : Array.isArray(existing) ? [...existing, v] : [existing, v];
  }
  return query;
}

/** What the /mock edge needs from an HTTP request, whichever server received it. */
export type EdgeRequest = {
  method: string;
  /** Path and query, e.g. "/mock/payments/batches?x=1". */
  url: string;
  /** Header names in lower case. */
  headers: Record<string, string>;
  /** Reads the whole body; resolves "too-large" as soon as it passes `limit` bytes. */
  readBody(limit: number): Promise<Uint8Array | "too-large">;
  /** The caller's address, for per-client limits (undefined: an in-process caller, not limited). */
  client?: string;
};

type Body = { body?: unknown; invalid?: string; tooLarge?: boolean };

async function readBody(request: EdgeRequest): Promise<Body> {
  if (request.method === "GET" || request.method === "HEAD") return {};
  const declared = Number(request.headers["content-length"] ?? 0);
  if (declared > SANDBOX_LIMITS.maxBodyBytes) return { tooLarge: true };
  let bytes: Uint8Array | "too-large";
  try {
    bytes = await request.readBody(SANDBOX_LIMITS.maxBodyBytes);
  } catch {
    return { invalid: "could not be read" };
  }
  if (bytes === "too-large") return { tooLarge: true };
  const type = (request.headers["content-type"] ?? "").toLowerCase();
  if (type.startsWith("multipart/form-data")) return readForm(bytes, request.headers["content-type"] ?? "");
  const text = new TextDecoder().decode(bytes);
  if (text.length === 0) return {};
  if (type.startsWith("application/x-www-form-urlencoded")) return { body: Object.fromEntries(new URLSearchParams(text)) };
  if (type.includes("json") || type === "" || type.startsWith("text/plain")) {
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return type.includes("json") ? { invalid: "is not valid JSON" } : { body: text };
    }
    return tooDeep(body) ? { invalid: `nests deeper than ${MAX_JSON_DEPTH} levels` } : { body };
  }
  return { body: text };
}

// Files are described (name, size, type), never stored.
async function readForm(bytes: Uint8Array, contentType: string): Promise<Body> {
  try {
    const form = await new Response(bytes as Uint8Array<ArrayBuffer>, { headers: { "content-type": contentType } }).formData();
    const body: Record<string, unknown> = {};
    for (const [k, v] of form) body[k] = typeof v === "string" ? v : { filename: v.name, size: v.size, type: v.type };
    return { body };
  } catch {
    return { invalid: "is not valid multipart/form-data" };
  }
}

/** Which namespace and BB a /mock path names, and the path inside the mock. */
export function parseMockPath(pathname: string): { ns?: string; bb: string; path: string } | undefined {
  const rest = pathname.replace(/^\/mock(?=\/|$)/, "");
  const named = /^\/ns\/([^/]+)\/([^/]+)(.*)$/.exec(rest);
  if (named) return { ns: safeDecode(named[1] ?? ""), bb: named[2] ?? "", path: named[3] || "/" };
  const plain = /^\/([^/]+)(.*)$/.exec(rest);
  return plain ? { bb: plain[1] ?? "", path: plain[2] || "/" } : undefined;
}

/** Builds the framework-free request a mock sees. */
export async function toMockRequest(request: EdgeRequest, path: string, url: URL): Promise<MockRequest | MockResponse> {
  const { body, invalid, tooLarge } = await readBody(request);
  if (tooLarge) return problem(413, `The request body is larger than the sandbox limit of ${SANDBOX_LIMITS.maxBodyBytes} bytes.`);
  return { method: request.method.toUpperCase(), path, query: parseQuery(url.searchParams), headers: request.headers, body, bodyInvalid: invalid };
}

/** Calls a mock in-process and records the exchange in the trace as a direct call (IM calls trace themselves). */
export async function callAndTrace(ns: string, bb: BbId, req: MockRequest): Promise<MockResponse> {
  const started = performance.now();
  const res = await dispatch(ns, bb, req);
  if (!res.headers?.["X-Sandbox-Trace-Id"]) {
    const caller = req.headers["information-mediator-client"] ?? req.headers["x-govstack-client"] ?? req.headers["x-road-client"];
    const id = recordExchange({ ns, via: "direct", caller, provider: bb, req, path: req.path, res, latencyMs: performance.now() - started });
    res.headers = { ...res.headers, "X-Sandbox-Trace-Id": String(id) };
  }
  return res;
}

/**
 * The two calls every mock base answers besides its contract, so a test harness needs nothing else:
 * `GET healthcheck` (GovStack's suite runners poll it before they start) and `POST __reset` (restores
 * the namespace to its seed, so a second suite run starts clean). Not traced: they are not BB calls.
 */
function serviceCall(ns: string, bb: BbId, method: string, path: string): MockResponse | undefined {
  const p = path.replace(/\/+$/, "");
  if (p === "/healthcheck" && (method === "GET" || method === "HEAD")) return json(200, { status: "ok", bb, namespace: ns });
  if (p === "/__reset") {
    if (method !== "POST") return { ...problem(405, "Use POST to reset the namespace."), headers: { Allow: "POST" } };
    const shared = sharedNamespaceRefusal(ns, "reset");
    if (shared) return problem(403, shared);
    resetNamespace(ns);
    return json(200, { reset: ns, message: `Namespace "${ns}" is back to its seed data; its trace is empty.` });
  }
  return undefined;
}

/**
 * Answers one /mock/... request, whether it came over HTTP (sandbox/node-http.ts, the listener of
 * `npm start` and `npm run dev`) or from inside the portal (handleMockHttp). Never throws.
 */
export async function handleMock(request: EdgeRequest): Promise<MockResponse> {
  try {
    const url = new URL(request.url, "http://sandbox.invalid");
    const parsed = parseMockPath(url.pathname);
    if (!parsed || !isBbId(parsed.bb)) {
      return problem(404, `No mock Building Block at ${url.pathname}. Known ids: see GET /api/sandbox/mocks.`);
    }
    const ns = parsed.ns ?? namespaceFromCookie(request.headers.cookie ?? null) ?? DEFAULT_NAMESPACE;
    if (!isValidNamespace(ns)) {
      return problem(400, "The namespace name must be 1-48 lower-case letters, digits, '-' or '_', starting with a letter or digit.");
    }
    const service = serviceCall(ns, parsed.bb, request.method, parsed.path);
    if (service) return service;
    const req = await toMockRequest(request, parsed.path, url);
    if ("status" in req) return req;
    // Every call is traced, so it opens the namespace (a row; the fixtures are shared): within the caps.
    const refused = openNamespace(ns, request.client);
    if (refused) return { ...problem(refused.status, refused.message), headers: { "Retry-After": String(refused.retryAfterSeconds) } };
    return await callAndTrace(ns, parsed.bb, req);
  } catch (error) {
    console.error("[sandbox] request failed:", error);
    return problem(500, "The sandbox failed unexpectedly.");
  }
}

/** Web Request → EdgeRequest (route handlers, tests). */
export function fromWebRequest(request: Request): EdgeRequest {
  const url = new URL(request.url);
  const headers: Record<string, string> = {};
  request.headers.forEach((v, k) => (headers[k.toLowerCase()] = v));
  return {
    method: request.method.toUpperCase(),
    url: url.pathname + url.search,
    headers,
    readBody: (limit) => readLimitedBody(request, limit),
    client: clientAddress(request.headers),
  };
}

/** The /mock edge for a web Request: in-process callers (the reference conformance runs, tests). Never throws. */
export async function handleMockHttp(request: Request): Promise<Response> {
  return toResponse(await handleMock(fromWebRequest(request)), request.method);
}
