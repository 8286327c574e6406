// Restores a namespace to its seed data (all, or only the "demo" or "suite" fixture set).
import { isFormPost, jsonResponse, resolveNamespace } from "@/sandbox/control";
import { resetNamespace } from "@/sandbox/namespaces";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  const r = resolveNamespace(request);
  if ("error" in r) return jsonResponse({ error: "bad_request", message: r.error }, 400);
  const scope = new URL(request.url).searchParams.get("scope") ?? "all";
  if (scope !== "all" && scope !== "demo" && scope !== "suite") return jsonResponse({ error: "bad_request", message: "scope: must be all, demo or suite." }, 400);
  resetNamespace(r.ns, scope);
  if (isFormPost(request)) return new Response(null, { status: 303, headers: { Location: "/sandbox?reset=1" } });
  return jsonResponse({ namespace: r.ns, reset: scope });
}
