// Fault switches of a namespace. GET reads them, PUT replaces them (JSON), POST takes the page's form.
// Refused on the shared "default" namespace: it serves every caller without a namespace of their own.
import { readLimitedForm, readLimitedText, tooLargeMessage } from "@/lib/http/body";
import { clientAddress } from "@/sandbox/client-address";
import { CONTROL_MAX_BODY_BYTES, isFormPost, jsonResponse, refusalResponse, resolveNamespace } from "@/sandbox/control";
import { namespaceFaults, openNamespace, setFaults, sharedNamespaceRefusal } from "@/sandbox/namespaces";
import { BB_IDS, type Faults } from "@/sandbox/types";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const r = resolveNamespace(request);
  if ("error" in r) return jsonResponse({ error: "bad_request", message: r.error }, 400);
  return jsonResponse({ namespace: r.ns, faults: namespaceFaults(r.ns) });
}

/** The namespace a write acts on, or the answer refusing it (bad name, the shared namespace, caps). */
function writableNamespace(request: Request): { ns: string } | Response {
  const r = resolveNamespace(request);
  if ("error" in r) return jsonResponse({ error: "bad_request", message: r.error }, 400);
  const shared = sharedNamespaceRefusal(r.ns, "faults");
  if (shared) return jsonResponse({ error: "forbidden", message: shared }, 403);
  const refused = openNamespace(r.ns, clientAddress(request.headers));
  return refused ? refusalResponse(refused) : r;
}

const tooLarge = () => jsonResponse({ error: "too_large", message: tooLargeMessage(CONTROL_MAX_BODY_BYTES) }, 413);

export async function PUT(request: Request) {
  const target = writableNamespace(request);
  if (target instanceof Response) return target;
  const text = await readLimitedText(request, CONTROL_MAX_BODY_BYTES);
  if (text === "too-large") return tooLarge();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return jsonResponse({ error: "bad_request", message: 'body: must be a JSON object such as {"down":["payments"],"insufficientFunds":true}.' }, 400);
  }
  if (!body || typeof body !== "object" || Array.isArray(body)) return jsonResponse({ error: "bad_request", message: "body: must be a JSON object." }, 400);
  return jsonResponse({ namespace: target.ns, faults: setFaults(target.ns, body as Faults) });
}

export async function POST(request: Request) {
  if (!isFormPost(request)) {
    const r = resolveNamespace(request);
    if ("error" in r) return jsonResponse({ error: "bad_request", message: r.error }, 400);
    return jsonResponse({ error: "bad_request", message: "Use PUT with a JSON body, or POST the Sandbox page's form." }, 400);
  }
  const target = writableNamespace(request);
  if (target instanceof Response) return target;
  let form: FormData | "too-large";
  try {
    form = await readLimitedForm(request, CONTROL_MAX_BODY_BYTES);
  } catch {
    return jsonResponse({ error: "bad_request", message: "body: is not a valid form post." }, 400);
  }
  if (form === "too-large") return tooLarge();
  const slowMs = Number(form.get("slowMs") ?? 2000);
  const faults: Faults = {
    down: BB_IDS.filter((bb) => form.get(`down-${bb}`) === "on"),
    slow: Object.fromEntries(BB_IDS.filter((bb) => form.get(`slow-${bb}`) === "on").map((bb) => [bb, Number.isFinite(slowMs) ? slowMs : 2000])),
    identityMismatch: form.get("identityMismatch") === "on",
    consentRefused: form.get("consentRefused") === "on",
    insufficientFunds: form.get("insufficientFunds") === "on",
  };
  setFaults(target.ns, faults);
  return new Response(null, { status: 303, headers: { Location: "/sandbox?faults=1#faults" } });
}
