// The exchange trace: what crossed the Information Mediator (and direct mock calls), per namespace,
// with sensitive values masked before they are stored.
import { insertTrace, listTrace, type TraceRow } from "@/db/sandbox";
import type { MockRequest, MockResponse } from "./types";
import { callerName } from "./im/registry";

const SENSITIVE_KEY =
  /pass(word)?|secret|token|^pin$|otp|challenge|api[-_]?key|authori[sz]ation|assertion|cookie|card.?number|iban|accountnumber|financialaddress/i;
const SENSITIVE_HEADER = /^(authorization|cookie|set-cookie|apikey|api_key|x-xsrf-token|partner-api-key|x-api-key)$/i;
const KEPT_HEADERS =
  /^(content-type|information-mediator-client|x-govstack-client|x-road-client|x-correlationid|platform-tenantid|x-platform-tenantid|x-callback-url|apikey|api_key|requestuid|authorization|x-xsrf-token|partner-id|partner-api-key)$/i;
const MAX_BODY_CHARS = 8_000;
/** Stored with a forwarded call's request headers: the product that answered (see im/swap.ts). */
const PLAYED_BY = "x-sandbox-played-by";

const maskReplacer = (key: string, value: unknown) => (key && SENSITIVE_KEY.test(key) && value !== null && value !== "" ? "***" : value);

/** JSON text of a value with sensitive fields replaced by "***", in one pass (no masked copy is built). */
export function maskedJson(value: unknown): string {
  return JSON.stringify(value, maskReplacer);
}

function clip(text: string | undefined): string | null {
  if (text === undefined) return null;
  return text.length > MAX_BODY_CHARS ? `${text.slice(0, MAX_BODY_CHARS)}…` : text;
}

function headersForTrace(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) if (KEPT_HEADERS.test(k)) out[k] = SENSITIVE_HEADER.test(k) ? "***" : v;
  return out;
}

/** Builds the query string of a request ("" or "?a=1&b=2"). */
export function queryString(query: MockRequest["query"]): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query))
    for (const item of Array.isArray(v) ? v : [v]) params.append(k, typeof item === "string" ? item : JSON.stringify(item));
  const s = params.toString();
  return s ? `?${s}` : "";
}

/** Stores one exchange in the namespace's trace and returns its id. */
export function recordExchange(e: {
  ns: string;
  via: "im" | "direct";
  caller?: string;
  provider: string;
  service?: string;
  req: MockRequest;
  /** Path as the caller sent it (the IM path for routed calls). */
  path: string;
  res: MockResponse;
  latencyMs: number;
  denied?: boolean;
  /** The vendor's product that answered instead of the reference mock (swap-in). */
  playedBy?: string;
}): number {
  const responseBody = e.res.raw !== undefined ? e.res.raw : e.res.body === undefined ? undefined : maskedJson(e.res.body);
  return insertTrace({
    ns: e.ns,
    at: new Date().toISOString(),
    via: e.via,
    caller: e.caller ?? null,
    provider: e.provider,
    service: e.service ?? null,
    method: e.req.method,
    path: e.path + queryString(e.req.query),
    status: e.res.status,
    latencyMs: Math.round(e.latencyMs),
    requestHeaders: JSON.stringify({ ...headersForTrace(e.req.headers), ...(e.playedBy ? { [PLAYED_BY]: e.playedBy } : {}) }),
    requestBody: e.req.body === undefined ? null : clip(maskedJson(e.req.body)),
    responseBody: clip(responseBody),
    denied: e.denied ? 1 : 0,
  });
}

/** A trace entry as the API returns it. */
export type TraceEntry = {
  id: number;
  at: string;
  via: string;
  caller: string | null;
  /** The caller in words ("Buyer's marketplace app", "Registration (mock)"), for people reading the trace. */
  callerName: string | null;
  /** The vendor's product that answered instead of the reference mock (an external hop), if any. */
  playedBy: string | null;
  provider: string;
  service: string | null;
  method: string;
  path: string;
  status: number;
  latencyMs: number;
  denied: boolean;
  request: { headers: Record<string, string>; body: unknown };
  response: { body: unknown };
};

function parse(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function toEntry(r: TraceRow): TraceEntry {
  const { [PLAYED_BY]: playedBy, ...headers } = (parse(r.request_headers) as Record<string, string>) ?? {};
  return {
    id: r.id,
    at: r.at,
    via: r.via,
    caller: r.caller,
    callerName: r.caller ? callerName(r.caller) : null,
    playedBy: playedBy ?? null,
    provider: r.provider,
    service: r.service,
    method: r.method,
    path: r.path,
    status: r.status,
    latencyMs: r.latency_ms,
    denied: !!r.denied,
    request: { headers, body: parse(r.request_body) },
    response: { body: parse(r.response_body) },
  };
}

/** The namespace's trace, newest first (only entries newer than `afterId` when given). */
export function readTrace(ns: string, limit = 100, afterId = 0): TraceEntry[] {
  return listTrace(ns, Math.min(500, Math.max(1, limit)), afterId).map(toEntry);
}

/** The curl command that repeats a trace entry against this portal. */
export function curlFor(entry: TraceEntry, origin: string, ns: string): string {
  const base = entry.via === "im" ? "information-mediator" : entry.provider;
  const url = `${origin}/mock/ns/${ns}/${base}${entry.path}`;
  const parts = [`curl -X ${entry.method} '${url.replace(/'/g, "'\\''")}'`];
  for (const [k, v] of Object.entries(entry.request.headers)) parts.push(`-H '${k}: ${String(v).replace(/'/g, "'\\''")}'`);
  if (entry.request.body !== null && entry.request.body !== undefined) {
    if (!Object.keys(entry.request.headers).some((k) => k.toLowerCase() === "content-type")) parts.push("-H 'Content-Type: application/json'");
    parts.push(`--data '${JSON.stringify(entry.request.body).replace(/'/g, "'\\''")}'`);
  }
  return parts.join(" \\\n  ");
}

/** Caps on live trace streams (server-sent events): each holds a connection and polls the database. */
export const TRACE_STREAM_LIMITS = {
  total: Number(process.env.SANDBOX_MAX_TRACE_STREAMS ?? 200),
  perClient: Number(process.env.SANDBOX_MAX_TRACE_STREAMS_PER_CLIENT ?? 4),
  /** A stream ends after this long; the browser's EventSource reconnects by itself (Last-Event-ID). */
  maxAgeMs: 30 * 60_000,
};

// One count per process, whichever route opened the stream: this module is shared (scripts/shared-modules.mjs).
const streams = { total: 0, byClient: new Map<string, number>() };

/**
 * Takes a live-stream slot for a client (undefined: an unknown address, counted in the total only).
 * Returns a release function to call exactly once when the stream ends, or a message when a cap is reached.
 */
export function acquireTraceStream(client: string | undefined): { release: () => void } | { refused: string } {
  const mine = client === undefined ? 0 : (streams.byClient.get(client) ?? 0);
  if (streams.total >= TRACE_STREAM_LIMITS.total)
    return {
      refused: `The sandbox has its maximum of ${TRACE_STREAM_LIMITS.total} live trace streams open. Try again in a minute, or read GET /api/sandbox/trace.`,
    };
  if (client !== undefined && mine >= TRACE_STREAM_LIMITS.perClient) {
    return {
      refused: `Your address already has ${TRACE_STREAM_LIMITS.perClient} live trace streams open. Close one (another tab) or read GET /api/sandbox/trace.`,
    };
  }
  streams.total++;
  if (client !== undefined) streams.byClient.set(client, mine + 1);
  let released = false;
  return {
    release() {
      if (released) return;
      released = true;
      streams.total--;
      if (client === undefined) return;
      const left = (streams.byClient.get(client) ?? 1) - 1;
      if (left > 0) streams.byClient.set(client, left);
      else streams.byClient.delete(client);
    },
  };
}
