// Messaging mock (email). Accepts the spec's and the suite's spellings: apiKey or api_key,
// requestUid or requestUID, the email in the `body` query parameter or as a JSON body, and
// status or status[]. Everything wrong is a 405, as the BB documents.
import { collection } from "../runtime/collection";
import { json, now, obj, parseClientJson, uuid } from "../runtime/respond";
import type { HandlerContext, MockModule, MockRequest, MockResponse } from "../types";

type Sent = { requestUid: string; kind: "single" | "batch"; to: string[]; title: string; status: string; at: string };

const ROUTES: Record<string, string> = { "/send/email/single": "POST", "/send/email/batch": "POST", "/callback/email": "POST", "/status/email": "GET" };

const invalid = (message: string, allow?: string): MockResponse => ({
  status: 405,
  body: { response: "Invalid input", message },
  headers: allow ? { Allow: allow } : undefined,
});

const sent = (ctx: HandlerContext) => collection<Sent>(ctx, "sent");

function requestUidOf(req: MockRequest): string | undefined {
  return req.headers.requestuid || undefined;
}

const SEPARATORS = /[\s,;"'<>()[\]{}:]+/;

/** Whether a token reads as an address: text, "@", text, ".", text. */
function isAddress(token: string): boolean {
  const at = token.indexOf("@", 1);
  return at > 0 && token.lastIndexOf(".", token.length - 2) > at + 1;
}

/**
 * Addresses in a base64 recipient list: "email,name;email,name" text or a JSON list of recipients.
 * Split, then checked token by token: one regex over the whole list backtracks cubically on
 * tens of kilobytes of "@" (a request could hold the server for hours).
 */
function decodeBatch(value: unknown): string[] {
  if (typeof value !== "string") return [];
  return Buffer.from(value, "base64").toString("utf8").split(SEPARATORS).filter(isAddress);
}

/** Every address a send reaches: the single recipient with copies, and/or the decoded recipient list. */
function recipients(body: Record<string, unknown>): string[] {
  const info = obj(body.recipientInfo);
  const list = [info.email, info.emailCC, info.emailBCC].filter((x): x is string => typeof x === "string" && x.length > 0);
  const direct = list.flatMap((x) =>
    x
      .split(/[;,]/)
      .map((s) => s.trim())
      .filter(Boolean),
  );
  return [...direct, ...decodeBatch(info.batchEmailAsBase64)];
}

function send(kind: Sent["kind"]) {
  return (ctx: HandlerContext): MockResponse => {
    const body = obj(ctx.req.body);
    const requestUid = uuid();
    const to = recipients(body);
    const title = String(obj(body.emailContent).title ?? "");
    // Addresses containing "bounce" or "off" show the unhappy delivery path.
    const status = to.some((t) => /bounce/i.test(t)) ? "bounced" : to.some((t) => /off/i.test(t)) ? "notSent" : "delivered";
    sent(ctx).put(requestUid, { requestUid, kind, to, title, status, at: now() });
    return json(200, { response: `Email accepted for ${to.length || 1} recipient(s)`, requestUid, requestUID: requestUid });
  };
}

const canonical = (s: string) => s.toLowerCase().replace(/[\s_]/g, "");

export const messaging: MockModule = {
  preprocess: (req) => {
    // GovStack's published Messaging document declares the base path /v1: accept paths with or without it.
    const unprefixed = req.path.replace(/^\/v1(?=\/|$)/, "") || "/";
    const path = unprefixed.length > 1 ? unprefixed.replace(/\/+$/, "") : unprefixed;
    const allowed = ROUTES[path];
    if (!allowed) return json(404, { response: "Not found", message: `No Messaging endpoint ${req.method} ${req.path}.` });
    if (req.method !== allowed) return invalid(`${req.method} is not allowed on ${path}.`, allowed);
    if (!req.headers.apikey && !req.headers.api_key) return invalid("Missing header: apiKey (or api_key).");
    const next: MockRequest = { ...req, path, headers: { ...req.headers } };
    const uid = req.headers.requestuid;
    if (path === "/callback/email" || path === "/status/email") {
      if (!uid) return invalid("Missing header: requestUid (or requestUID).");
    }
    if (req.method === "POST") {
      const fromQuery = typeof req.query.body === "string" ? req.query.body : undefined;
      if (fromQuery !== undefined && (next.body === undefined || next.body === "")) {
        try {
          next.body = parseClientJson(fromQuery);
        } catch (error) {
          return invalid(`The body query parameter is not usable JSON: ${(error as Error).message}.`);
        }
      }
      const { body: _b, ...query } = next.query;
      next.query = query;
      if (next.body === undefined || next.body === null || (typeof next.body === "object" && !Object.keys(next.body).length)) return invalid("Missing body.");
      if (next.bodyInvalid) return invalid(`The body ${next.bodyInvalid}.`);
    }
    if (path === "/status/email" && next.query.status === undefined && next.query["status[]"] === undefined)
      return invalid("Missing status (status or status[]).");
    return next;
  },
  validationError: (issues) => invalid(issues.map((i) => `${i.field}: ${i.message}`).join("; ")),
  handlers: {
    sendSingleEmail: send("single"),
    sendBatchEmail: send("batch"),
    receiveEmailCallback: (ctx) => {
      collection(ctx, "callbacks").put(uuid(), { requestUid: requestUidOf(ctx.req), payload: ctx.req.body, at: now() });
      return json(200, { response: "Callback received" });
    },
    getEmailStatus: (ctx) => {
      const raw = ctx.query["status[]"] ?? ctx.query.status ?? [];
      const wanted = (Array.isArray(raw) ? raw : [raw]).map(String);
      const record = sent(ctx).get(requestUidOf(ctx.req) ?? "");
      const counts: Record<string, number> = {};
      for (const s of wanted) counts[s] = record && canonical(record.status) === canonical(s) ? record.to.length || 1 : 0;
      return json(200, counts);
    },
  },
};
