// Small helpers every mock uses to build answers.
import type { MockResponse } from "../types";

export const JSON_TYPE = "application/json; charset=utf-8";

/** A JSON answer. */
export function json(status: number, body?: unknown, headers?: Record<string, string>): MockResponse {
  return { status, body, headers };
}

/** The `error` word of each status the mocks answer with; other 4xx are "bad_request", other 5xx "internal_error". */
const ERROR_CODES: Record<number, string> = {
  401: "unauthorized",
  403: "forbidden",
  404: "not_found",
  405: "method_not_allowed",
  409: "conflict",
  413: "too_large",
  429: "too_many_requests",
  503: "unavailable",
};

/** The default error body when a BB documents none: an error code, a readable message and optional details. */
export function problem(status: number, message: string, details?: unknown): MockResponse {
  const error = ERROR_CODES[status] ?? (status >= 500 ? "internal_error" : "bad_request");
  return json(status, details === undefined ? { error, message } : { error, message, details });
}

/** A fresh random id (UUID v4). */
export function uuid(): string {
  return crypto.randomUUID();
}

/** Current time as ISO-8601. */
export function now(): string {
  return new Date().toISOString();
}

/** Deepest JSON nesting the sandbox takes from a client: deeper values overflow the stack of the recursive code that validates, stores and traces them. */
export const MAX_JSON_DEPTH = 64;

/** Whether a value nests deeper than MAX_JSON_DEPTH (walked without recursion). */
export function tooDeep(value: unknown): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const [v, depth] = item;
    if (!v || typeof v !== "object") continue;
    if (depth >= MAX_JSON_DEPTH) return true;
    for (const child of Object.values(v)) stack.push([child, depth + 1]);
  }
  return false;
}

/** JSON.parse for JSON a client put inside a value (a query parameter, base64 text): too deep a value throws like malformed JSON. */
export function parseClientJson(text: string): unknown {
  const value: unknown = JSON.parse(text);
  if (tooDeep(value)) throw new SyntaxError(`nests deeper than ${MAX_JSON_DEPTH} levels`);
  return value;
}

/** decodeURIComponent that keeps malformed percent-encoding ("%ZZ") as it is instead of throwing. */
export function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Reads a string member of an unknown value. */
export function str(value: unknown, key: string): string | undefined {
  if (value && typeof value === "object" && key in value) {
    const v = (value as Record<string, unknown>)[key];
    return typeof v === "string" ? v : typeof v === "number" ? String(v) : undefined;
  }
  return undefined;
}

/** The object form of an unknown value ({} when it is not a plain object). */
export function obj(value: unknown): Record<string, unknown> {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** First value of a query parameter. */
export function q1(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Integer from a query value, clamped, with a default. */
export function intParam(value: string | string[] | undefined, fallback: number, min: number, max: number): number {
  const n = Number.parseInt(q1(value) ?? "", 10);
  return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : fallback;
}
