// Fault switches of a namespace. GET reads them, PUT replaces them (JSON), POST takes the page's form.
import { isFormPost, jsonResponse, resolveNamespace } from "@/sandbox/control";
import { namespaceFaults, setFaults } from "@/sandbox/namespaces";
import { BB_IDS, type Faults } from "@/sandbox/types";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const r = resolveNamespace(request);
  if ("error" in r) return jsonResponse({ error: "bad_request", message: r.error }, 400);
  return jsonResponse({ namespace: r.ns, faults: namespaceFaults(r.ns) });
}

export async function PUT(request: Request) {
  const r = resolveNamespace(request);
  if ("error" in r) return jsonResponse({ error: "bad_request", message: r.error }, 400);
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return jsonResponse({ error: "bad_request", message: "body: must be a JSON object such as {\"down\":[\"payments\"],\"insufficientFunds\":true}." }, 400);
  }
  if (!body || typeof body !== "object" || Array.isArray(body)) return jsonResponse({ error: "bad_request", message: "body: must be a JSON object." }, 400);
  return jsonResponse({ namespace: r.ns, faults: setFaults(r.ns, body as Faults) });
}

export async function POST(request: Request) {
  const r = resolveNamespace(request);
  if ("error" in r) return jsonResponse({ error: "bad_request", message: r.error }, 400);
  if (!isFormPost(request)) return jsonResponse({ error: "bad_request", message: "Use PUT with a JSON body, or POST the Sandbox page's form." }, 400);
  const form = await request.formData();
  const slowMs = Number(form.get("slowMs") ?? 2000);
  const faults: Faults = {
    down: BB_IDS.filter((bb) => form.get(`down-${bb}`) === "on"),
    slow: Object.fromEntries(BB_IDS.filter((bb) => form.get(`slow-${bb}`) === "on").map((bb) => [bb, Number.isFinite(slowMs) ? slowMs : 2000])),
    identityMismatch: form.get("identityMismatch") === "on",
    consentRefused: form.get("consentRefused") === "on",
    insufficientFunds: form.get("insufficientFunds") === "on",
  };
  setFaults(r.ns, faults);
  return new Response(null, { status: 303, headers: { Location: "/sandbox?faults=1#faults" } });
}
