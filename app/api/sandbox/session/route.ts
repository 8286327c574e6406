// The visitor's sandbox namespace. GET reads it; POST names a new private one and sets the cookie
// (nothing is stored until the namespace is used: its fixtures are shared).
import { newNamespaceName } from "@/sandbox/namespace-cookie";
import { isFormPost, jsonResponse, namespaceCookie, resolveNamespace } from "@/sandbox/control";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const r = resolveNamespace(request);
  if ("error" in r) return jsonResponse({ error: "bad_request", message: r.error }, 400);
  return jsonResponse({ namespace: r.ns, shared: r.ns === "default", baseUrl: `/mock/ns/${r.ns}` });
}

export async function POST(request: Request) {
  const ns = newNamespaceName();
  const cookie = namespaceCookie(ns, new URL(request.url).protocol === "https:");
  if (isFormPost(request)) return new Response(null, { status: 303, headers: { Location: "/sandbox?created=1", "Set-Cookie": cookie } });
  return jsonResponse({ namespace: ns, shared: false, baseUrl: `/mock/ns/${ns}` }, 201, { "Set-Cookie": cookie });
}
