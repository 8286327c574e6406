// The namespace's exchange trace, newest first.
import { jsonResponse, resolveNamespace } from "@/sandbox/control";
import { readTrace } from "@/sandbox/trace";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const r = resolveNamespace(request);
  if ("error" in r) return jsonResponse({ error: "bad_request", message: r.error }, 400);
  const params = new URL(request.url).searchParams;
  const limit = Number.parseInt(params.get("limit") ?? "100", 10);
  const after = Number.parseInt(params.get("after") ?? "0", 10);
  return jsonResponse({ namespace: r.ns, entries: readTrace(r.ns, Number.isFinite(limit) ? limit : 100, Number.isFinite(after) ? after : 0) });
}
