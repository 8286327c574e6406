// Swap-in: in one visitor's namespace, a vendor's implementation plays a Building Block instead of the
// reference mock. The IM forwards that BB's calls to the product's endpoint through the same outbound guard
// as conformance runs, and explains any failure in words, at the step where it happened.
import { guardedFetch, OutboundRefused } from "@/conformance/guard";
import { swapEndpoint } from "@/db/swap";
import { collection } from "../runtime/collection";
import { matchRoute, type Contract } from "@/sandbox/runtime/contracts";
import { problem } from "../runtime/respond";
import { queryString } from "@/sandbox/trace";
import type { BbId, MockRequest, MockResponse } from "../types";

/** Who plays a BB in a namespace (the reference mock when there is no entry). */
export type Swap = { bb: BbId; targetId: string; productName: string };

const HOP_HEADERS =
  /^(host|cookie|authorization|proxy-authorization|content-length|connection|keep-alive|transfer-encoding|upgrade|te|trailer|x-forwarded-.*|forwarded|x-sandbox-.*)$/i;

/** Limits of one forwarded call: the journey waits for it, so it must be short. */
export const SWAP_LIMITS = { timeoutMs: 8_000, maxBytes: 512 * 1024 };

const swaps = (ns: string) => collection<Swap>({ ns, bb: "information-mediator" }, "swaps");

/** The namespace's swapped BBs. */
export function swapsOf(ns: string): Swap[] {
  return swaps(ns).list();
}

/** The product playing `bb` in the namespace, if any. */
export function swapFor(ns: string, bb: BbId): Swap | undefined {
  return swaps(ns).get(bb);
}

/** Lets a product play `bb` in the namespace (null: back to the reference mock). The caller checks eligibility. */
export function setSwap(ns: string, bb: BbId, swap: Swap | null): void {
  if (swap) swaps(ns).put(bb, swap);
  else swaps(ns).delete(bb);
}

/** Header the IM adds to a forwarded call's trace entry, naming the product that answered. */
export const PLAYED_BY_HEADER = "x-sandbox-played-by";

/** Why a product's answer could not be used, in words for the journey page. */
export const EXTERNAL_FAILURE_HEADER = "X-Sandbox-External-Failure";

function encodeBody(req: MockRequest): string | undefined {
  if (req.body === undefined) return undefined;
  if (/x-www-form-urlencoded/i.test(req.headers["content-type"] ?? "")) {
    return new URLSearchParams(Object.entries(req.body as Record<string, unknown>).map(([k, v]) => [k, String(v)])).toString();
  }
  return typeof req.body === "string" ? req.body : JSON.stringify(req.body);
}

function failure(status: number, productName: string, words: string): MockResponse {
  const res = problem(status, `${productName}: ${words}`);
  res.headers = { ...res.headers, [EXTERNAL_FAILURE_HEADER]: encodeURIComponent(words) };
  return res;
}

/**
 * Sends one routed call to the product playing the BB. The answer must be one the contract documents for
 * the operation (status code, and a JSON body where the contract promises one); otherwise the visitor gets
 * a 502 that says what was wrong.
 */
export async function forwardToProduct(swap: Swap, contract: Contract, req: MockRequest, forwardPath: string): Promise<MockResponse> {
  const endpoint = swapEndpoint(swap.targetId);
  if (!endpoint)
    return failure(
      503,
      swap.productName,
      "this product no longer passes the Building Block's required conformance checks, so the sandbox stopped calling it. Choose the reference mock or another product.",
    );
  // The caller's headers travel on, as they would through X-Road, except those that belong to this hop
  // (cookies, host, length) and any credential: the product gets only the one its vendor stored.
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) if (!HOP_HEADERS.test(name)) headers[name] = value;
  if (endpoint.authorization) headers.authorization = endpoint.authorization;
  let reply;
  try {
    reply = await guardedFetch({
      url: `${endpoint.baseUrl}${forwardPath}${queryString(req.query)}`,
      method: req.method,
      headers,
      body: encodeBody(req),
      timeoutMs: SWAP_LIMITS.timeoutMs,
      maxBytes: SWAP_LIMITS.maxBytes,
    });
  } catch (error) {
    if (error instanceof OutboundRefused) return failure(502, swap.productName, `the sandbox may not call its address (${error.message}).`);
    const message = (error as Error).message;
    if (/within|timed? ?out/i.test(message)) return failure(504, swap.productName, `did not answer within ${SWAP_LIMITS.timeoutMs / 1000} seconds.`);
    if (/larger than/i.test(message)) return failure(502, swap.productName, "sent an answer too large for the sandbox to read.");
    return failure(502, swap.productName, `could not be reached (${message}).`);
  }
  const contentType = String(reply.headers["content-type"] ?? "");
  const route = matchRoute(contract, req.method, forwardPath);
  if (route.kind === "match") {
    const documented = Object.keys(route.op.operation.responses ?? {});
    if (!documented.includes(String(reply.status)) && !documented.includes(`${String(reply.status)[0]}XX`) && !documented.includes("default")) {
      return failure(
        502,
        swap.productName,
        `answered ${reply.status}, which the contract does not document for ${req.method} ${route.op.path} (it documents ${documented.join(", ")}).`,
      );
    }
  }
  let body: unknown = reply.body;
  if (/json/i.test(contentType) && reply.body) {
    try {
      body = JSON.parse(reply.body);
    } catch {
      return failure(502, swap.productName, "said its answer was JSON, but it is not valid JSON.");
    }
    return { status: reply.status, body, headers: { [PLAYED_BY_HEADER]: encodeURIComponent(swap.productName) } };
  }
  return {
    status: reply.status,
    raw: reply.body,
    contentType: contentType || undefined,
    headers: { [PLAYED_BY_HEADER]: encodeURIComponent(swap.productName) },
  };
}
