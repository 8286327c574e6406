// POST /api/use-cases/<id>/steps/<n>/run — runs one journey step in the visitor's sandbox namespace
// through the Information Mediator and returns the outcome and the trace entries it made.
import { getStep, getUseCase } from "@/lib/content/use-cases";
import { readLimitedText, tooLargeMessage } from "@/lib/http/body";
import { publicOrigin } from "@/lib/public-origin";
import { clientAddress } from "@/sandbox/client-address";
import { jsonResponse, namespaceCookie, refusalResponse } from "@/sandbox/control";
import { namespaceFromCookie } from "@/sandbox/http";
import { newNamespaceName } from "@/sandbox/namespace-cookie";
import { isValidNamespace, namespaceFaults, openNamespace } from "@/sandbox/namespaces";
import { describeInputIssues, runRequestSchema } from "@/sandbox/scenarios/input";
import { runStep } from "@/sandbox/scenarios/run";
import { curlFor } from "@/sandbox/trace";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ id: string; n: string }> };

/** A step's input is a handful of short fields. */
const MAX_BODY_BYTES = 32 * 1024;

export async function POST(request: Request, { params }: Ctx) {
  const { id, n } = await params;
  const uc = getUseCase(id);
  const step = uc && getStep(uc, n);
  if (!uc || !step) return jsonResponse({ error: "not_found", message: `No step ${n} in use case "${id}".` }, 404);

  const text = await readLimitedText(request, MAX_BODY_BYTES);
  if (text === "too-large") return jsonResponse({ error: "too_large", message: tooLargeMessage(MAX_BODY_BYTES) }, 413);
  let body: unknown;
  try {
    body = text.trim() ? JSON.parse(text) : {};
  } catch {
    return jsonResponse(
      { error: "bad_request", message: 'body: must be JSON, e.g. {"input": {...}}', issues: [{ field: "body", message: "body: must be JSON" }] },
      400,
    );
  }
  const paths = uc.unhappyPaths.filter((u) => u.step === step.id);
  const parsed = runRequestSchema(
    step,
    paths.map((u) => u.fault),
  ).safeParse(body);
  if (!parsed.success) {
    const issues = describeInputIssues(parsed.error);
    return jsonResponse({ error: "bad_request", message: issues.map((i) => i.message).join("; "), issues }, 400);
  }

  // Runs always use a private namespace: the cookie's, or a new one (never the shared "default").
  const fromCookie = namespaceFromCookie(request.headers.get("cookie"));
  const ns = fromCookie && isValidNamespace(fromCookie) && fromCookie !== "default" ? fromCookie : newNamespaceName();
  const refused = openNamespace(ns, clientAddress(request.headers));
  if (refused) return refusalResponse(refused);

  const unhappy = parsed.data.unhappy ? paths.find((u) => u.fault === parsed.data.unhappy) : undefined;
  const run = await runStep(ns, uc, step, parsed.data.input as Record<string, string | number | boolean>, unhappy);
  // Copied commands use the address the visitor used (or PUBLIC_ORIGIN behind a proxy), not the server's own.
  const origin = publicOrigin(request.headers.get("host"));
  const headers: Record<string, string> =
    fromCookie === ns ? {} : { "Set-Cookie": namespaceCookie(ns, origin.startsWith("https:") || (process.env.BETTER_AUTH_URL ?? "").startsWith("https://")) };
  return jsonResponse(
    {
      namespace: ns,
      step: Number(n),
      scenario: step.scenario.name,
      unhappy: unhappy?.fault ?? null,
      // The sandbox's own switched-on faults, so the player can name them and offer to clear them.
      faults: namespaceFaults(ns),
      outcome: run.outcome,
      notes: run.notes,
      calls: run.calls,
      serverMs: Math.round(run.ms * 10) / 10,
      trace: run.trace.map((e) => ({ ...e, curl: curlFor(e, origin, ns) })),
    },
    200,
    headers,
  );
}
