// Restores a namespace to its fixtures (all, or only the "demo" or "suite" set). Refused on the
// shared "default" namespace: it serves every caller without a namespace of their own.
import { isFormPost, jsonResponse, resolveNamespace } from "@/sandbox/control";
import { resetNamespace, sharedNamespaceRefusal } from "@/sandbox/namespaces";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  const r = resolveNamespace(request);
  if ("error" in r) return jsonResponse({ error: "bad_request", message: r.error }, 400);
  const scope = new URL(request.url).searchParams.get("scope") ?? "all";
  if (scope !== "all" && scope !== "demo" && scope !== "suite")
    return jsonResponse({ error: "bad_request", message: "scope: must be all, demo or suite." }, 400);
  const shared = sharedNamespaceRefusal(r.ns, "reset");
  if (shared) return jsonResponse({ error: "forbidden", message: shared }, 403);
  // Resetting forgets changes; a namespace nobody changed has nothing to forget and gets no row.
  resetNamespace(r.ns, scope);
  if (isFormPost(request)) return new Response(null, { status: 303, headers: { Location: "/sandbox?reset=1" } });
  return jsonResponse({ namespace: r.ns, reset: scope });
}
