// Runs one BB's suite against a target and returns the evidence (RunReport). Used by the CLI, the
// portal's background queue, the reference seed and the self-test; the transport is pluggable (the
// guarded HTTP client for real targets, in-process for the reference run).
import { getBuildingBlock } from "@/lib/content/building-blocks";
import { allowListFrom, guardedFetch, OutboundRefused, type AllowList } from "./guard";
import { assertMatchesContract, contractChecks, exampleBody, exampleRequest, loadContract } from "./contract";
import { scenarioChecks } from "./scenarios/index";
import {
  CheckFailure,
  SUITE_VERSION,
  TOOL_VERSION,
  type BbId,
  type CallOptions,
  type CheckContext,
  type CheckDef,
  type CheckResult,
  type Exchange,
  type Reply,
  type RequirementLevel,
  type RequirementResult,
  type RunReport,
} from "./types";

/** A raw HTTP exchange, however it travels. */
export type Transport = (req: {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}) => Promise<{ status: number; headers: Record<string, string>; body: string }>;

/** The guarded outbound transport: SSRF rules, timeout and body cap per call. */
export function guardedTransport(opts: { allow?: AllowList; timeoutMs?: number; maxBytes?: number } = {}): Transport {
  const allow = opts.allow ?? allowListFrom();
  return async (req) => {
    const res = await guardedFetch({ ...req, allow, timeoutMs: opts.timeoutMs ?? 10_000, maxBytes: opts.maxBytes ?? 1_048_576 });
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(", ") : v;
    return { status: res.status, headers, body: res.body };
  };
}

export type RunOptions = {
  bb: BbId;
  baseUrl: string;
  /** Value of the Authorization header to send; never recorded. */
  authorization?: string;
  transport?: Transport;
  /** Whole-run time cap (default 120 s). */
  maxDurationMs?: number;
  /** Request cap (default 2000). */
  maxRequests?: number;
  /** Only these checks (ids or id prefixes), for focused runs. */
  only?: string[];
  onProgress?: (done: number, total: number, last: CheckResult) => void;
  /** Called with the number of checks before the first one runs. */
  onStart?: (total: number) => void;
};

const MAX_RECORDED_BODY = 4096;
const SECRET_HEADERS = /^(authorization|proxy-authorization|cookie|set-cookie|x-api-key|api[-_]?key|apikey)$/i;

/** Masks a credential wherever it would appear in evidence. */
export function maskSecrets(text: string, secret?: string): string {
  if (!secret) return text;
  let out = text.split(secret).join("***");
  const token = secret.replace(/^\S+\s+/, "");
  if (token.length >= 4 && token !== secret) out = out.split(token).join("***");
  return out;
}

function recordHeaders(headers: Record<string, string>, secret?: string): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, SECRET_HEADERS.test(k) ? "***" : maskSecrets(v, secret)]));
}

const clip = (s: string) => (s.length > MAX_RECORDED_BODY ? `${s.slice(0, MAX_RECORDED_BODY)}… (${s.length} characters, cut)` : s);

class RunAborted extends Error {}

const UNREACHABLE = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH"]);

/** Every check of a BB's suite: hand-written scenarios first (they create fresh state), then the generated contract checks. */
export async function suiteChecks(bb: BbId): Promise<CheckDef[]> {
  const contract = await loadContract(bb);
  const spec = getBuildingBlock(bb);
  return [...scenarioChecks(bb), ...contractChecks(contract, spec?.requirements ?? [])];
}

/** Runs a suite. Never throws for a target's misbehaviour: that is what the report records. */
export async function runSuite(opts: RunOptions): Promise<RunReport> {
  const started = Date.now();
  const startedAt = new Date(started).toISOString();
  const { bb } = opts;
  const spec = getBuildingBlock(bb);
  const contract = await loadContract(bb);
  const transport = opts.transport ?? guardedTransport();
  const maxDuration = opts.maxDurationMs ?? 120_000;
  const maxRequests = opts.maxRequests ?? 2000;
  const base = opts.baseUrl.replace(/\/+$/, "");
  const runTag = `${started.toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  let counter = 0;
  let requestCount = 0;
  let aborted: string | undefined;

  let checks = await suiteChecks(bb);
  if (opts.only?.length) checks = checks.filter((c) => opts.only!.some((o) => c.id === o || c.id.startsWith(`${o}.`) || c.id.startsWith(o)));
  opts.onStart?.(checks.length);

  const results: CheckResult[] = [];
  for (const check of checks) {
    const exchanges: Exchange[] = [];
    const call = async (method: string, path: string, o: CallOptions = {}): Promise<Reply> => {
      if (aborted) throw new RunAborted(aborted);
      if (Date.now() - started > maxDuration) throw new RunAborted((aborted = `time cap of ${Math.round(maxDuration / 1000)} s reached`));
      if (requestCount >= maxRequests) throw new RunAborted((aborted = `request cap of ${maxRequests} reached`));
      requestCount++;
      const qs = new URLSearchParams();
      for (const [k, v] of Object.entries(o.query ?? {})) for (const one of Array.isArray(v) ? v : [v]) qs.append(k, one);
      const url = `${base}${path.startsWith("/") ? path : `/${path}`}${qs.size ? `?${qs}` : ""}`;
      const headers: Record<string, string> = { accept: "application/json", ...o.headers };
      let payload: string | undefined = o.raw;
      if (payload === undefined && o.body !== undefined)
        payload = typeof o.body === "string" && o.contentType && !/json/i.test(o.contentType) ? o.body : JSON.stringify(o.body);
      if (payload !== undefined) headers["content-type"] = o.contentType ?? "application/json";
      if (o.contentType && /x-www-form-urlencoded/i.test(o.contentType) && o.body && typeof o.body === "object") {
        payload = new URLSearchParams(
          Object.entries(o.body as Record<string, unknown>).map(([k, v]) => [k, typeof v === "string" ? v : JSON.stringify(v)]),
        ).toString();
      }
      const sent = { ...headers };
      if (opts.authorization && !Object.keys(headers).some((h) => h.toLowerCase() === "authorization")) sent.authorization = opts.authorization;
      const t0 = performance.now();
      const exchange: Exchange = {
        method,
        url: maskSecrets(url, opts.authorization),
        requestHeaders: recordHeaders(sent, opts.authorization),
        requestBody: payload === undefined ? undefined : clip(maskSecrets(payload, opts.authorization)),
        durationMs: 0,
      };
      exchanges.push(exchange);
      try {
        const res = await transport({ method, url, headers: sent, body: payload });
        exchange.durationMs = Math.round(performance.now() - t0);
        exchange.status = res.status;
        exchange.responseHeaders = recordHeaders(res.headers, opts.authorization);
        exchange.responseBody = clip(maskSecrets(res.body, opts.authorization));
        const contentType = res.headers["content-type"] ?? "";
        let body: unknown;
        if (res.body !== "") {
          try {
            body = JSON.parse(res.body);
          } catch {
            body = undefined;
          }
        }
        return { status: res.status, headers: res.headers, text: res.body, body, contentType };
      } catch (error) {
        exchange.durationMs = Math.round(performance.now() - t0);
        exchange.error = maskSecrets((error as Error).message, opts.authorization);
        if (error instanceof OutboundRefused) throw new RunAborted((aborted = error.message));
        // A target that cannot be reached at all gives no evidence: stop instead of failing every check.
        const code = (error as { code?: string }).code;
        if (code && UNREACHABLE.has(code))
          throw new RunAborted((aborted = `the target cannot be reached (${maskSecrets((error as Error).message, opts.authorization)})`));
        throw error;
      }
    };
    const ctx: CheckContext = {
      bb,
      unique: (prefix = "conf") => `${prefix}-${runTag}-${++counter}`,
      call,
      matchesContract: (reply, operationId) => assertMatchesContract(contract, reply, operationId),
      example: (operationId) => {
        const op = contract.byId.get(operationId);
        if (!op) throw new Error(`The ${bb} contract has no operation ${operationId}.`);
        return { ...exampleRequest(op), body: structuredClone(exampleBody(op)?.value) };
      },
    };
    const t0 = performance.now();
    const result: CheckResult = {
      id: check.id,
      title: check.title,
      kind: check.kind,
      requirements: check.requirements,
      status: "passed",
      durationMs: 0,
      exchanges,
    };
    if (aborted) {
      result.status = "skipped";
      result.message = `Not run: ${aborted}.`;
    } else {
      try {
        await check.run(ctx);
      } catch (error) {
        if (error instanceof RunAborted) {
          result.status = "skipped";
          result.message = `Not run: ${error.message}.`;
        } else if (error instanceof CheckFailure) {
          result.status = "failed";
          result.message = maskSecrets(error.message, opts.authorization);
          result.expected = error.expected;
          result.actual = error.actual === undefined ? undefined : maskSecrets(error.actual, opts.authorization);
        } else {
          result.status = "error";
          result.message = maskSecrets((error as Error).message ?? String(error), opts.authorization);
        }
      }
    }
    result.durationMs = Math.round(performance.now() - t0);
    results.push(result);
    opts.onProgress?.(results.length, checks.length, result);
  }

  const finished = Date.now();
  const requirements = requirementResults(spec?.requirements ?? [], results);
  return {
    tool: TOOL_VERSION,
    suiteVersion: SUITE_VERSION,
    bb,
    bbTitle: spec?.title ?? bb,
    specVersion: spec?.version ?? contract.version,
    contractVersion: contract.version,
    target: { baseUrl: maskSecrets(opts.baseUrl, opts.authorization), credential: opts.authorization ? "provided (masked)" : "none" },
    startedAt,
    finishedAt: new Date(finished).toISOString(),
    durationMs: finished - started,
    requestCount,
    aborted,
    summary: {
      passed: results.filter((r) => r.status === "passed").length,
      failed: results.filter((r) => r.status === "failed").length,
      errored: results.filter((r) => r.status === "error").length,
      skipped: results.filter((r) => r.status === "skipped").length,
      total: results.length,
    },
    requirements,
    level: verifiedLevel(requirements),
    checks: results,
  };
}

/** Per requirement: passed when every check naming it passed, failed when any did not, else not tested. */
export function requirementResults(requirements: ReadonlyArray<{ id: string; level: string; text: string }>, results: CheckResult[]): RequirementResult[] {
  return requirements.map((r) => {
    const mine = results.filter((c) => c.requirements.includes(r.id));
    const ran = mine.filter((c) => c.status !== "skipped");
    const status = ran.length === 0 ? "not-tested" : mine.every((c) => c.status === "passed") ? "passed" : "failed";
    return { id: r.id, level: r.level as RequirementLevel, text: r.text, status, checks: mine.map((c) => c.id) };
  });
}

/** GovStack's level rule applied to test evidence only: share of REQUIRED requirements verified by passing checks. */
export function verifiedLevel(requirements: RequirementResult[]): RunReport["level"] {
  const required = requirements.filter((r) => r.level === "REQUIRED");
  const verified = required.filter((r) => r.status === "passed").length;
  const share = required.length ? verified / required.length : 0;
  return {
    level: share > 0.9 ? 2 : share > 0.5 ? 1 : 0,
    requiredTotal: required.length,
    requiredVerified: verified,
    requiredFailed: required.filter((r) => r.status === "failed").length,
  };
}

/** Whether a run shows the target passing every check tied to a REQUIRED requirement (for #12: may this product stand in for the BB?). */
export function passesRequired(report: RunReport): boolean {
  return !report.aborted && failedRequired(report).length === 0;
}

/**
 * The REQUIRED checks that did not pass (the CLI's exit status): checks giving evidence for a REQUIRED
 * requirement, and contract checks of operations no requirement names (the contract itself is required).
 */
export function failedRequired(report: RunReport): CheckResult[] {
  const required = new Set(report.requirements.filter((r) => r.level === "REQUIRED").map((r) => r.id));
  return report.checks.filter(
    (c) => c.status !== "passed" && (c.requirements.some((id) => required.has(id)) || (c.kind !== "scenario" && c.requirements.length === 0)),
  );
}
