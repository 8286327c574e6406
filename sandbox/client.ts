// In-process client for the journey player and other server code: call mocks through the
// Information Mediator exactly as an HTTP client would, and read back the trace of those calls.
import { callAndTrace } from "./http";
import { providerFor } from "./im/registry";
import { queryString, readTrace, type TraceEntry } from "@/sandbox/trace";
import type { BbId, MockRequest, Query } from "./types";

/** The caller the journey player uses by default. */
export const PORTAL_CLIENT = "eGovStack/GOV/90000001/portal";

export type CallOptions = {
  ns: string;
  /** Provider BB. */
  bb: BbId;
  method?: string;
  /** Path inside the provider, e.g. "/data/mcts/1.0/create"; its first segment is the IM service code. */
  path: string;
  query?: Query;
  body?: unknown;
  headers?: Record<string, string>;
  /** Caller as INSTANCE/CLASS/MEMBER/SUBSYSTEM (default: the portal). */
  caller?: string;
};

export type CallResult = { status: number; body: unknown; headers: Record<string, string>; traceId?: number; url: string };

/**
 * Calls a mock BB through the IM in-process (same routing, rights, validation and trace as HTTP).
 * `url` is the equivalent public address, for showing or copying.
 */
export async function callThroughIm(opts: CallOptions): Promise<CallResult> {
  const p = providerFor(opts.bb);
  const imPath = `/r1/eGovStack/${p.memberClass}/${p.memberCode}/${p.subsystem}${opts.path.startsWith("/") ? "" : "/"}${opts.path}`;
  const headers: Record<string, string> = { "content-type": "application/json" };
  for (const [k, v] of Object.entries(opts.headers ?? {})) headers[k.toLowerCase()] = v;
  headers["information-mediator-client"] = opts.caller ?? PORTAL_CLIENT;
  const req: MockRequest = { method: (opts.method ?? "GET").toUpperCase(), path: imPath, query: opts.query ?? {}, headers, body: opts.body };
  const res = await callAndTrace(opts.ns, "information-mediator", req);
  const traceId = Number(res.headers?.["X-Sandbox-Trace-Id"]);
  return {
    status: res.status,
    body: res.raw ?? res.body,
    headers: res.headers ?? {},
    traceId: Number.isFinite(traceId) ? traceId : undefined,
    url: `/mock/ns/${opts.ns}/information-mediator${imPath}${queryString(req.query)}`,
  };
}

/** Trace entries of a namespace newer than `afterId` (oldest first), e.g. the calls one journey step made. */
export function traceSince(ns: string, afterId: number): TraceEntry[] {
  return readTrace(ns, 500, afterId).reverse();
}

/** Id of the newest trace entry (0 when empty): remember it before a step, then call traceSince. */
export function lastTraceId(ns: string): number {
  return readTrace(ns, 1)[0]?.id ?? 0;
}
