// Shared pieces of the sandbox control API (app/api/sandbox/*) and the Sandbox page.
import { getContract } from "@/sandbox/runtime/contracts";
import { JSON_TYPE } from "./runtime/respond";
import { NAMESPACE_COOKIE, NAMESPACE_COOKIE_MAX_AGE } from "./namespace-cookie";
import { DEFAULT_NAMESPACE, isValidNamespace, type NamespaceRefusal } from "@/sandbox/namespaces";
import { namespaceFromCookie } from "./http";
import { BB_IDS, type BbId } from "./types";
import { providerFor } from "./im/registry";

/** The namespace a control call acts on: ?ns=, else the visitor's cookie, else "default". */
export function resolveNamespace(request: Request): { ns: string } | { error: string } {
  const named = new URL(request.url).searchParams.get("ns");
  if (named !== null) return isValidNamespace(named) ? { ns: named } : { error: "ns: must be 1-48 lower-case letters, digits, '-' or '_'." };
  return { ns: namespaceFromCookie(request.headers.get("cookie")) ?? DEFAULT_NAMESPACE };
}

/** A JSON response with the sandbox's content type. */
export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": JSON_TYPE, "Cache-Control": "no-store", ...headers } });
}

/** Largest body the control API reads (fault switches, the page's forms): they are a few hundred bytes. */
export const CONTROL_MAX_BODY_BYTES = 16 * 1024;

/** The JSON answer when a namespace cannot be opened (429 per client, 503 when the sandbox is full). */
export function refusalResponse(refused: NamespaceRefusal): Response {
  const error = refused.status === 429 ? "too_many_requests" : "unavailable";
  return jsonResponse({ error, message: refused.message }, refused.status, { "Retry-After": String(refused.retryAfterSeconds) });
}

/** The Set-Cookie value that gives a visitor a namespace (httpOnly, SameSite=Lax, 30 days). */
export function namespaceCookie(ns: string, secure: boolean): string {
  return `${NAMESPACE_COOKIE}=${ns}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${NAMESPACE_COOKIE_MAX_AGE}${secure ? "; Secure" : ""}`;
}

/** Whether the request came from a plain HTML form (answer with a redirect rather than JSON). */
export function isFormPost(request: Request): boolean {
  const type = request.headers.get("content-type") ?? "";
  return type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data");
}

export const BB_TITLES: Record<BbId, string> = {
  "information-mediator": "Information Mediator",
  identity: "Identity and Verification",
  registration: "Registration",
  "digital-registries": "Digital Registries",
  payments: "Payments",
  messaging: "Messaging",
  consent: "Consent",
  workflow: "Workflow",
  scheduling: "Scheduler",
  "e-marketplace": "e-Marketplace",
  "e-signature": "e-Signature",
};

/** One mock as listed by the API and the page. */
export type MockInfo = {
  id: BbId;
  title: string;
  version: string;
  baseUrl: string;
  namespacedBaseUrl: string;
  imMember: string;
  operations: number;
  healthy: boolean;
};

/** Every mock with its base URLs, IM member and whether its contract loads. */
export async function listMocks(ns: string): Promise<MockInfo[]> {
  return Promise.all(
    BB_IDS.map(async (id) => {
      const p = providerFor(id);
      const base = {
        id,
        title: BB_TITLES[id],
        baseUrl: `/mock/${id}`,
        namespacedBaseUrl: `/mock/ns/${ns}/${id}`,
        imMember: `eGovStack/${p.memberClass}/${p.memberCode}/${p.subsystem}`,
      };
      try {
        const c = await getContract(id);
        return { ...base, version: c.version, operations: c.operations.length, healthy: true };
      } catch {
        return { ...base, version: "?", operations: 0, healthy: false };
      }
    }),
  );
}
