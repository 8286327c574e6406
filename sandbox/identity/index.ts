// Identity mock (an OIDC provider modelled on eSignet): relying-party clients, authorize/token,
// userinfo, linked authorization (link code → transaction → authenticate → consent → auth code),
// wallet binding. Business errors are HTTP 200 with one entry in `errors[]`, as the BB documents.
import { collection } from "../runtime/collection";
import { json, now, obj, str, uuid } from "../runtime/respond";
import type { Handler, HandlerContext, MockModule, MockResponse } from "../types";

type Client = { clientId: string; status: "ACTIVE" | "INACTIVE" } & Record<string, unknown>;
type Link = { transactionId: string; linkCode: string; expires: number; state: "LINKED" | "AUTHENTICATED" | "CONSENTED" | "DONE" | "PENDING"; linkTransactionId?: string };

const clients = (ctx: HandlerContext) => collection<Client>(ctx, "clients");
const links = (ctx: HandlerContext) => collection<Link>(ctx, "links");
const txs = (ctx: HandlerContext) => collection<{ id: string; ended?: boolean }>(ctx, "transactions");
const bindings = (ctx: HandlerContext) => collection<{ key: string }>(ctx, "bindings");

/** The Identity envelope for success. */
const ok = (response: unknown): MockResponse => json(200, { responseTime: now(), response, errors: [] });
/** The Identity envelope for a business error: HTTP 200 and exactly one error. */
export const fail = (errorCode: string, errorMessage = errorCode.replace(/_/g, " ")): MockResponse => json(200, { responseTime: now(), response: null, errors: [{ errorCode, errorMessage }] });

const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;
const ACRS = ["generated-code", "static-code", "linked-wallet-static-code", "biometrics-generated-code", "biometrics", "linked-wallet", "wallet", "pin", "otp"];
const CLAIMS = ["name", "given_name", "family_name", "middle_name", "preferred_username", "nickname", "email", "email_verified", "gender", "birthdate", "phone_number", "phone_number_verified", "address", "picture", "locale", "individual_id"];

function isJwk(v: unknown): boolean {
  const k = obj(v);
  return typeof k.kty === "string" && (k.kty !== "RSA" || (typeof k.n === "string" && typeof k.e === "string"));
}

/** Client-field rules of create and update, in the order the suite expects. */
function clientError(r: Record<string, unknown>, creating: boolean): string | undefined {
  const arr = (k: string) => (Array.isArray(r[k]) ? (r[k] as unknown[]).map(String) : undefined);
  if (creating && !str(r, "clientId")) return "invalid_client_id";
  if ("clientName" in r && !str(r, "clientName")) return "invalid_client_name";
  if (creating && !str(r, "relyingPartyId")) return "invalid_rp_id";
  if ("logoUri" in r && !str(r, "logoUri")) return "invalid_uri";
  if ("redirectUris" in r && !arr("redirectUris")?.length) return "invalid_redirect_uri";
  if (arr("authContextRefs")?.some((a) => !ACRS.includes(a.replace(/^idbb:acr:/, "").replace(/^mosip:idp:acr:/, "")))) return "invalid_acr";
  if (arr("userClaims")?.some((c) => !CLAIMS.includes(c))) return "invalid_claim";
  if (arr("grantTypes")?.some((g) => g !== "authorization_code")) return "invalid_grant_type";
  if (arr("clientAuthMethods")?.some((m) => m !== "private_key_jwt")) return "invalid_client_auth";
  if (creating && !isJwk(r.publicKey)) return "invalid_public_key";
  return undefined;
}

function requestTimeError(body: Record<string, unknown>): boolean {
  return "requestTime" in body && !(typeof body.requestTime === "string" && ISO_DATETIME.test(body.requestTime));
}

const envelope = (fn: (ctx: HandlerContext, request: Record<string, unknown>) => MockResponse): Handler => (ctx) => {
  const body = obj(ctx.req.body);
  if (requestTimeError(body)) return fail("invalid_request", "requestTime must be an ISO-8601 date-time");
  return fn(ctx, obj(body.request));
};

const isPendingTx = (ctx: HandlerContext, id: string) => !!id && !!txs(ctx).get(id) && !txs(ctx).get(id)?.ended;

function findLinkByCode(ctx: HandlerContext, code: string): Link | undefined {
  const link = links(ctx).get(code);
  if (!link) return undefined;
  return link.expires < Date.now() ? undefined : link;
}

function tokenError(error: string, description: string): MockResponse {
  return json(400, { error, error_description: description });
}

export const identity: MockModule = {
  // Business validation lives in the handlers; a schema failure is still answered the Identity way.
  validationError: (issues, { operationId }) => {
    const message = issues.map((i) => `${i.field}: ${i.message}`).join("; ");
    if (operationId === "exchangeToken") return tokenError(issues.some((i) => i.field === "body") ? "invalid_payload" : "invalid_input", message);
    return fail("invalid_request", message);
  },
  preprocess: (req) => {
    // The suite posts to "<base>/" + "/binding-otp"; collapse duplicate slashes.
    const path = req.path.replace(/\/{2,}/g, "/");
    if (path === "/oauth/token" && req.method === "POST") {
      const b = req.body;
      if (b === undefined || b === "" || (typeof b === "object" && b !== null && !Object.keys(b).length)) return tokenError("invalid_payload", "The request has no body.");
      const o = obj(b);
      if (Object.values(o).every((v) => v === "")) return tokenError("invalid_input", "Every field is empty.");
      if (!o.redirect_uri) return tokenError("invalid_redirect_uri", "redirect_uri is required.");
      if (!o.client_assertion_type) return tokenError("invalid_assertion_type", "client_assertion_type is required.");
      if (!o.client_assertion) return tokenError("invalid_assertion", "client_assertion is required.");
    }
    return { ...req, path };
  },
  handlers: {
    createOidcClient: envelope((ctx, r) => {
      const error = clientError(r, true);
      if (error) return fail(error);
      const clientId = String(r.clientId);
      if (clients(ctx).get(clientId)) return fail("duplicate_client_id");
      clients(ctx).put(clientId, { ...r, clientId, status: "ACTIVE" });
      return ok({ clientId, status: "ACTIVE" });
    }),
    updateOidcClient: envelope((ctx, r) => {
      const existing = clients(ctx).get(ctx.params.client_id);
      if (!existing) return fail("invalid_client_id");
      const error = clientError(r, false);
      if (error) return fail(error);
      const status = r.status === "INACTIVE" ? "INACTIVE" : r.status === "ACTIVE" ? "ACTIVE" : existing.status;
      clients(ctx).put(existing.clientId, { ...existing, ...r, clientId: existing.clientId, status });
      return ok({ clientId: existing.clientId, status });
    }),
    authorize: (ctx) => json(200, `Sign-in page for client ${String(ctx.query.client_id)} (simulated).`),
    exchangeToken: (ctx) => {
      if (ctx.faults.identityMismatch) return tokenError("invalid_grant", "The code does not belong to this identity (sandbox fault injection).");
      return json(200, { id_token: "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9", access_token: `sandbox-${uuid()}`, token_type: "Bearer", expires_in: 0 });
    },
    getUserInfo: () => ({
      status: 200,
      raw: "eyJhbGciOiJub25lIn0.eyJzdWIiOiJzYW5kYm94LXVzZXIiLCJuYW1lIjoiU293bXlhIFJhbyJ9.",
      contentType: "application/jwt; charset=utf-8",
    }),
    generateLinkCode: (ctx) => {
      const header = ctx.req.headers["x-xsrf-token"];
      const cookie = /(?:^|;\s*)XSRF-TOKEN=([^;]*)/.exec(ctx.req.headers.cookie ?? "")?.[1];
      if (cookie !== undefined && header !== decodeURIComponent(cookie)) return { status: 403, body: { error: "invalid_xsrf_token", message: "X-XSRF-TOKEN does not match the XSRF-TOKEN cookie." } };
      const body = obj(ctx.req.body);
      if (requestTimeError(body)) return fail("invalid_request");
      const transactionId = String(obj(body.request).transactionId ?? "");
      if (!isPendingTx(ctx, transactionId)) return fail("invalid_transaction_id");
      const linkCode = uuid().replace(/-/g, "").slice(0, 12);
      // Links for "transactionIdToBeExpired" live 5 s so the suite's 30 s wait sees them expire.
      const ttl = transactionId === "transactionIdToBeExpired" ? 5_000 : 120_000;
      links(ctx).put(linkCode, { transactionId, linkCode, expires: Date.now() + ttl, state: "PENDING" });
      return ok({ transactionId, linkCode, expireDateTime: new Date(Date.now() + ttl).toISOString() });
    },
    getLinkStatus: envelope((ctx, r) => {
      const transactionId = String(r.transactionId ?? "");
      const link = findLinkByCode(ctx, String(r.linkCode ?? ""));
      if (!link || link.transactionId !== transactionId) return fail("invalid_link_code");
      if (link.state === "DONE" || txs(ctx).get(transactionId)?.ended) return fail("invalid_transaction_id");
      return ok({ transactionId, linkStatus: link.state === "PENDING" ? "PENDING" : "LINKED", linkedDateTime: now() });
    }),
    linkTransaction: envelope((ctx, r) => {
      const link = findLinkByCode(ctx, String(r.linkCode ?? ""));
      if (!link) return fail("invalid_link_code");
      const linkTransactionId = link.linkTransactionId ?? `ltx-${uuid()}`;
      links(ctx).put(link.linkCode, { ...link, state: "LINKED", linkTransactionId });
      return ok({ linkTransactionId, clientName: "Sandbox relying party", logoUrl: "", authorizeScopes: ["openid", "profile"], essentialClaims: ["name"], voluntaryClaims: ["email"], authFactors: [[{ type: "PIN", count: 0, subTypes: [] }]], configs: {} });
    }),
    linkedAuthenticate: envelope((ctx, r) => {
      const id = String(r.linkedTransactionId ?? "");
      const link = links(ctx).list().find((l) => l.linkTransactionId === id);
      if (!link || link.state !== "LINKED") return fail("invalid_transaction_id");
      if (r.individualId === null || r.individualId === undefined || r.individualId === "") return fail("invalid_identifier");
      const challenges = Array.isArray(r.challengeList) ? r.challengeList.map(obj) : [];
      if (!challenges.length) return fail("invalid_no_of_challenges");
      if (ctx.faults.identityMismatch || challenges.some((c) => c.challenge === "9999")) return fail("auth_failed");
      links(ctx).put(link.linkCode, { ...link, state: "AUTHENTICATED" });
      return ok({ linkedTransactionId: id });
    }),
    linkedConsent: envelope((ctx, r) => {
      const id = String(r.linkedTransactionId ?? "");
      const link = links(ctx).list().find((l) => l.linkTransactionId === id);
      if (!link || link.state !== "AUTHENTICATED") return fail("invalid_transaction_id");
      links(ctx).put(link.linkCode, { ...link, state: "CONSENTED" });
      return ok({ linkedTransactionId: id });
    }),
    getLinkAuthCode: envelope((ctx, r) => {
      const link = findLinkByCode(ctx, String(r.linkedCode ?? r.linkCode ?? ""));
      if (!link) return fail("invalid_link_code");
      const transactionId = String(r.transactionId ?? "");
      if (link.transactionId !== transactionId || link.state === "DONE" || txs(ctx).get(transactionId)?.ended) return fail("invalid_transaction_id");
      links(ctx).put(link.linkCode, { ...link, state: "DONE" });
      txs(ctx).put(transactionId, { id: transactionId, ended: true });
      return ok({ code: uuid().replace(/-/g, ""), redirectUri: "https://sandbox.example/callback", state: "sandbox", nonce: "sandbox" });
    }),
    bindWallet: envelope((ctx, r) => {
      if (r.format === "invalid_format") return fail("unsupported_challenge_format");
      if (!isJwk(r.publicKey)) return fail("invalid_public_key");
      const challenges = Array.isArray(r.challengeList) ? r.challengeList.map(obj) : [];
      if (!challenges.length || challenges.some((c) => !c.challenge)) return fail("invalid_auth_challenge");
      const key = `${String(r.individualId)}|${JSON.stringify(r.publicKey)}`;
      const id = Buffer.from(key).toString("base64url").slice(0, 120);
      if (bindings(ctx).get(id)) return fail("duplicate_public_key");
      bindings(ctx).put(id, { key });
      return ok({ walletUserId: `wallet-${uuid()}`, certificate: "-----BEGIN CERTIFICATE-----\nU0FOREJPWA==\n-----END CERTIFICATE-----", expireDateTime: new Date(Date.now() + 365 * 86400_000).toISOString() });
    }),
    requestBindingOtp: () => ok({ maskedEmail: "s*****@example.org", maskedMobile: "******0142" }),
  },
};
