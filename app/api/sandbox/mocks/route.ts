// Every mock BB with its base URLs, contract version, IM member and health.
import { jsonResponse, listMocks, resolveNamespace } from "@/sandbox/control";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const r = resolveNamespace(request);
  if ("error" in r) return jsonResponse({ error: "bad_request", message: r.error }, 400);
  return jsonResponse({ namespace: r.ns, mocks: await listMocks(r.ns) });
}
