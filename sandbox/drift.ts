// "Contract drift" faults: a namespace can make its mocks misbehave the way a non-conforming product
// would, so the conformance runner can be shown to catch it. Each kind is one switch in `faults.drift`.
import type { MockRequest, MockResponse } from "./types";

export const DRIFT_KINDS = ["renamed-fields", "wrong-status", "no-pagination"] as const;
export type DriftKind = (typeof DRIFT_KINDS)[number];

export const DRIFT_LABELS: Record<DriftKind, string> = {
  "renamed-fields": "Renamed fields: every key in a successful JSON answer changes the case of its first letter",
  "wrong-status": "Wrong status codes: 200 and 201 swapped, 204 becomes 200, 400 becomes 422, 404 becomes 400",
  "no-pagination": "Missing pagination: paging parameters are ignored, lists come back whole",
};

/** Query parameters the ten contracts use for paging. */
const PAGING = new Set(["page", "pageSize", "pageNo", "offset", "limit", "pageStart", "pageFetch", "firstResult", "maxResult"]);

/** The request a drifting mock acts on (paging parameters dropped under "no-pagination"). */
export function driftRequest(req: MockRequest, drift: readonly DriftKind[] | undefined): MockRequest {
  if (!drift?.includes("no-pagination")) return req;
  return { ...req, query: Object.fromEntries(Object.entries(req.query).filter(([k]) => !PAGING.has(k))) };
}

const flipFirst = (key: string) => (key[0] === key[0]?.toUpperCase() ? key[0]!.toLowerCase() : key[0]!.toUpperCase()) + key.slice(1);

function renameKeys(value: unknown, depth = 0): unknown {
  if (depth > 64 || !value || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((v) => renameKeys(v, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [flipFirst(k), renameKeys(v, depth + 1)]));
}

const STATUS_SWAP: Record<number, number> = { 200: 201, 201: 200, 204: 200, 400: 422, 404: 400 };

/** The answer a drifting mock gives instead of the right one. */
export function driftResponse(res: MockResponse, drift: readonly DriftKind[] | undefined): MockResponse {
  if (!drift?.length) return res;
  let out = res;
  if (drift.includes("renamed-fields") && out.status < 300 && out.body !== undefined && out.raw === undefined) out = { ...out, body: renameKeys(out.body) };
  if (drift.includes("wrong-status") && STATUS_SWAP[out.status]) {
    const status = STATUS_SWAP[out.status]!;
    out = { ...out, status, body: out.status === 204 && out.body === undefined ? {} : out.body };
  }
  return out;
}
