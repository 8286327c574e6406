// Identity mock (an OIDC provider modelled on eSignet): relying-party clients, authorize/token,
// userinfo, discovery, linked authorization (link code → wallet picks up the transaction →
// authenticate → consent → auth code), wallet binding, and the stateful credential management in
// ./credentials. Business errors are HTTP 200 with one entry in `errors[]`, as the BB documents.
import { createHash } from "node:crypto";
import { json, now, obj, parseClientJson, q1, safeDecode, str, uuid } from "../runtime/respond";
import type { Handler, HandlerContext, MockModule, MockResponse } from "../types";
import { credentialHandlers, isBlocked } from "./credentials";
import { bindings, clients, codes, credFail, fail, links, ok, transactions, type Link, type OidcTransaction } from "./model";

export { fail } from "./model";

const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;
const ACRS = ["generated-code", "static-code", "linked-wallet-static-code", "biometrics-generated-code", "biometrics", "linked-wallet", "wallet", "pin", "otp"];
const CLAIMS = [
  "name",
  "given_name",
  "family_name",
  "middle_name",
  "preferred_username",
  "nickname",
  "email",
  "email_verified",
  "gender",
  "birthdate",
  "phone_number",
  "phone_number_verified",
  "address",
  "picture",
  "locale",
  "zoneinfo",
  "individual_id",
];
const SCOPES = ["openid", "profile", "email", "address", "phone", "offline_access"];
const CHALLENGE_FORMATS = ["alpha-numeric", "jwt", "encoded-json", "number"];
const DEFAULT_LINK_TTL_S = 180;
/** The challenge the sandbox treats as wrong (the suite's failing PIN). */
const WRONG_CHALLENGE = "9999";
const CREDENTIAL_OPS = new Set(Object.keys(credentialHandlers));

/**
 * A public key as a JWK: an object, its JSON text, or base64 of its JSON text (wallets and the
 * suite send all three). It needs a `kty`; an RSA key also needs its modulus `n`.
 */
function parseJwk(v: unknown): Record<string, unknown> | undefined {
  let k: unknown = v;
  if (typeof v === "string") {
    const text = v.trim().startsWith("{") ? v : Buffer.from(v, "base64").toString("utf8");
    try {
      k = parseClientJson(text);
    } catch {
      return undefined;
    }
  }
  const o = obj(k);
  if (typeof o.kty !== "string" || !o.kty) return undefined;
  if (o.kty === "RSA" && typeof o.n !== "string") return undefined;
  return o;
}

/** A stable text of a JSON value (object keys sorted), to compare two requests. */
function fingerprint(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(fingerprint).join(",")}]`;
  if (v && typeof v === "object")
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${fingerprint((v as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  return JSON.stringify(v) ?? "null";
}

/** A space-separated string or a list, as a list. */
function words(v: unknown): string[] {
  if (Array.isArray(v)) return v.map(String);
  return typeof v === "string" ? v.split(/\s+/).filter(Boolean) : [];
}

/** Client-field rules of create and update, in the order the suite expects. */
function clientError(r: Record<string, unknown>, creating: boolean): string | undefined {
  const arr = (k: string) => (Array.isArray(r[k]) ? (r[k] as unknown[]).map(String) : undefined);
  if (creating && !str(r, "clientId")) return "invalid_client_id";
  if ("clientName" in r && !str(r, "clientName")) return "invalid_client_name";
  if (creating && !str(r, "relyingPartyId")) return "invalid_rp_id";
  if ("logoUri" in r && !str(r, "logoUri")) return "invalid_uri";
  // redirectUris may be left out at registration (and set later), but a given list may not be empty.
  if ("redirectUris" in r && (!arr("redirectUris")?.length || arr("redirectUris")?.some((u) => !u.trim()))) return "invalid_redirect_uri";
  if (arr("authContextRefs")?.some((a) => !ACRS.includes(a.replace(/^idbb:acr:/, "").replace(/^mosip:idp:acr:/, "")))) return "invalid_acr";
  if (arr("userClaims")?.some((c) => !CLAIMS.includes(c))) return "invalid_claim";
  if (arr("grantTypes")?.some((g) => g !== "authorization_code")) return "invalid_grant_type";
  if (arr("clientAuthMethods")?.some((m) => m !== "private_key_jwt")) return "invalid_client_auth";
  if (creating && !parseJwk(r.publicKey)) return "invalid_public_key";
  return undefined;
}

function requestTimeError(body: Record<string, unknown>): boolean {
  return "requestTime" in body && !(typeof body.requestTime === "string" && ISO_DATETIME.test(body.requestTime));
}

/** Unwraps `{requestTime, request}`; a malformed requestTime is `invalid_request`. */
const envelope =
  (fn: (ctx: HandlerContext, request: Record<string, unknown>) => MockResponse, withResponse = true): Handler =>
  (ctx) => {
    const body = obj(ctx.req.body);
    if (requestTimeError(body)) return fail("invalid_request", "requestTime must be a full ISO-8601 date-time, e.g. 2025-03-12T10:00:00.000Z.", withResponse);
    return fn(ctx, obj(body.request));
  };

const linkTtl = (tx: OidcTransaction | undefined) => (tx?.linkCodeTtlSeconds ?? DEFAULT_LINK_TTL_S) * 1000;

/** A link code that is still usable: unknown codes, and codes no wallet picked up before expiry, are not. */
function usableLink(ctx: HandlerContext, code: string): Link | undefined {
  const link = code ? links(ctx).get(code) : undefined;
  if (!link) return undefined;
  return link.state === "PENDING" && link.expires < Date.now() ? undefined : link;
}

const linkByTransaction = (ctx: HandlerContext, linkedTransactionId: string) =>
  linkedTransactionId
    ? links(ctx)
        .list()
        .find((l) => l.linkTransactionId === linkedTransactionId)
    : undefined;

function tokenError(error: string, description: string): MockResponse {
  return json(400, { error, error_description: description });
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Base URL of this mock as the caller reached it (absolute when the Host header is known). */
function baseUrl(ctx: HandlerContext): string {
  const host = ctx.req.headers["x-forwarded-host"] ?? ctx.req.headers.host;
  const proto = ctx.req.headers["x-forwarded-proto"] ?? "http";
  return `${host ? `${proto}://${host}` : ""}/mock/ns/${ctx.ns}/identity`;
}

/** The login page: opens an OIDC transaction when the client and redirect URI are registered. */
const authorize: Handler = (ctx) => {
  const clientId = q1(ctx.query.client_id) ?? "";
  const redirectUri = q1(ctx.query.redirect_uri) ?? "";
  const client = clients(ctx).get(clientId);
  const page = (title: string, body: string): MockResponse => ({
    status: 200,
    contentType: "text/html; charset=utf-8",
    raw: `<!doctype html><html><head><title>${escapeHtml(title)}</title></head><body><h1>${escapeHtml(title)}</h1>${body}</body></html>`,
  });
  // OIDC: with an unknown client or unregistered redirect URI the page shows the error instead of redirecting.
  if (!client)
    return page("Sign-in error", `<p>Unknown client <code>${escapeHtml(clientId)}</code>: register it with POST /client-mgmt/oidc-client first.</p>`);
  if (client.status !== "ACTIVE") return page("Sign-in error", `<p>The client <code>${escapeHtml(clientId)}</code> is inactive.</p>`);
  const registered = Array.isArray(client.redirectUris) ? client.redirectUris.map(String) : [];
  if (!registered.includes(redirectUri))
    return page("Sign-in error", `<p>The redirect URI <code>${escapeHtml(redirectUri)}</code> is not registered for <code>${escapeHtml(clientId)}</code>.</p>`);
  const tx: OidcTransaction = {
    id: `tx-${uuid()}`,
    clientId,
    redirectUri,
    scope: q1(ctx.query.scope),
    state: q1(ctx.query.state),
    nonce: q1(ctx.query.nonce),
    createdAt: now(),
  };
  transactions(ctx).put(tx.id, tx);
  return page(
    `Sign in to ${String(client.clientName ?? clientId)}`,
    `<p>Simulated login page. Transaction <code data-transaction-id="${tx.id}">${tx.id}</code>: scan the QR code with a wallet (POST /linked-authorization/link-code with this transactionId).</p>`,
  );
};

export const identity: MockModule = {
  // Business validation lives in the handlers; a schema failure is still answered the Identity way.
  validationError: (issues, { operationId }) => {
    const message = issues.map((i) => `${i.field}: ${i.message}`).join("; ");
    if (operationId === "exchangeToken") return tokenError(issues.some((i) => i.field === "body") ? "invalid_payload" : "invalid_input", message);
    // The contract documents a plain JSON string for a rejected card template.
    if (operationId === "downloadPersonalizedCard") return json(400, `Invalid HTML template: ${message}`);
    if (CREDENTIAL_OPS.has(operationId)) return credFail(`govstack.${operationId}`, "invalid_input", message, 400);
    return fail("invalid_request", message, operationId !== "getLinkAuthCode");
  },
  preprocess: (req) => {
    // The suite posts to "<base>/" + "/binding-otp"; collapse duplicate slashes.
    const path = req.path.replace(/\/{2,}/g, "/");
    if (path === "/oauth/token" && req.method === "POST") {
      const b = req.body;
      if (b === undefined || b === "" || (typeof b === "object" && b !== null && !Object.keys(b).length))
        return tokenError("invalid_payload", "The request has no body.");
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
      const registration = fingerprint(r);
      const existing = clients(ctx).get(clientId);
      // Registering is safe to retry: the same registration again answers the existing client.
      if (existing?.registration === registration) return ok({ clientId, status: existing.status });
      if (existing) return fail("duplicate_client_id", `A client with clientId ${clientId} already exists (with other details).`);
      clients(ctx).put(clientId, {
        ...r,
        clientId,
        publicKey: parseJwk(r.publicKey),
        redirectUris: Array.isArray(r.redirectUris) ? r.redirectUris : [],
        status: "ACTIVE",
        registration,
      });
      return ok({ clientId, status: "ACTIVE" });
    }),
    updateOidcClient: envelope((ctx, r) => {
      const existing = clients(ctx).get(ctx.params.client_id);
      if (!existing) return fail("invalid_client_id", `No client ${ctx.params.client_id}.`);
      const error = clientError(r, false);
      if (error) return fail(error);
      const wanted = String(r.status ?? "").toUpperCase();
      const status = wanted === "INACTIVE" ? "INACTIVE" : wanted === "ACTIVE" ? "ACTIVE" : existing.status;
      // The public key (and the ids) cannot be changed by an update.
      const { publicKey: _key, clientId: _id, relyingPartyId: _rp, ...changes } = r;
      clients(ctx).put(existing.clientId, { ...existing, ...changes, clientId: existing.clientId, status });
      return ok({ clientId: existing.clientId, status });
    }),
    authorize,
    exchangeToken: (ctx) => {
      if (ctx.faults.identityMismatch) return tokenError("invalid_grant", "The code does not belong to this identity (sandbox fault injection).");
      return json(200, { id_token: "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9", access_token: `sandbox-${uuid()}`, token_type: "Bearer", expires_in: 0 });
    },
    getUserInfo: () => ({
      status: 200,
      raw: "eyJhbGciOiJub25lIn0.eyJzdWIiOiJzYW5kYm94LXVzZXIiLCJuYW1lIjoiU293bXlhIFJhbyJ9.",
      contentType: "application/jwt; charset=utf-8",
    }),
    getOpenIdConfiguration: (ctx) => {
      const base = baseUrl(ctx);
      return json(200, {
        issuer: base,
        authorization_endpoint: `${base}/authorize`,
        token_endpoint: `${base}/oauth/token`,
        userinfo_endpoint: `${base}/oidc/userinfo`,
        jwks_uri: `${base}/.well-known/jwks.json`,
        registration_endpoint: `${base}/client-mgmt/oidc-client`,
        scopes_supported: SCOPES,
        response_types_supported: ["code"],
        response_modes_supported: ["query"],
        subject_types_supported: ["pairwise"],
        acr_values_supported: ACRS.slice(0, 6).map((a) => `idbb:acr:${a}`),
        userinfo_signing_alg_values_supported: ["RS256"],
        userinfo_encryption_alg_values_supported: ["RSA-OAEP-256"],
        userinfo_encryption_enc_values_supported: ["A256GCM"],
        id_token_signing_alg_values_supported: ["RS256"],
        token_endpoint_auth_methods_supported: ["private_key_jwt"],
        token_endpoint_auth_signing_alg_values_supported: ["RS256"],
        display_values_supported: ["page", "popup", "touch", "wap"],
        claim_types_supported: ["normal"],
        claims_supported: ["sub", ...CLAIMS.filter((c) => c !== "individual_id")],
        claims_locales_supported: ["en", "fr", "sw"],
        ui_locales_supported: ["en", "fr", "sw"],
      });
    },
    generateLinkCode: (ctx) => {
      const header = ctx.req.headers["x-xsrf-token"];
      const cookie = /(?:^|;\s*)XSRF-TOKEN=([^;]*)/.exec(ctx.req.headers.cookie ?? "")?.[1];
      if (cookie !== undefined && header !== safeDecode(cookie))
        return { status: 403, body: { error: "invalid_xsrf_token", message: "X-XSRF-TOKEN does not match the XSRF-TOKEN cookie." } };
      const body = obj(ctx.req.body);
      if (requestTimeError(body)) return fail("invalid_request", "requestTime must be a full ISO-8601 date-time.");
      const transactionId = String(obj(body.request).transactionId ?? "");
      const tx = transactionId ? transactions(ctx).get(transactionId) : undefined;
      if (!tx) return fail("invalid_transaction_id", transactionId ? `No login transaction ${transactionId}.` : "request.transactionId is empty.");
      if (tx.ended) return fail("invalid_transaction_id", `The login transaction ${transactionId} has already completed.`);
      const linkCode = uuid().replace(/-/g, "").slice(0, 12);
      const expires = Date.now() + linkTtl(tx);
      links(ctx).put(linkCode, { transactionId, linkCode, expires, state: "PENDING" });
      return ok({ transactionId, linkCode, expireDateTime: new Date(expires).toISOString() });
    },
    getLinkStatus: envelope((ctx, r) => {
      const transactionId = String(r.transactionId ?? "");
      const tx = transactionId ? transactions(ctx).get(transactionId) : undefined;
      if (!tx || tx.ended)
        return fail(
          "invalid_transaction_id",
          !tx ? `No open login transaction ${transactionId || "(empty)"}.` : `The login transaction ${transactionId} has already completed.`,
        );
      const link = usableLink(ctx, String(r.linkCode ?? ""));
      if (!link || link.transactionId !== transactionId)
        return fail("invalid_link_code", "The link code is unknown, expired or belongs to another transaction.");
      if (link.state === "DONE") return fail("invalid_transaction_id", "The authorization of this link code has already completed.");
      // The sandbox answers at once instead of holding the long poll: no linkStatus until a wallet has linked.
      if (link.state === "PENDING") return ok({ transactionId });
      return ok({ transactionId, linkStatus: "LINKED", linkedDateTime: link.linkedDateTime ?? now() });
    }),
    linkTransaction: envelope((ctx, r) => {
      const link = usableLink(ctx, String(r.linkCode ?? ""));
      if (!link || link.state === "DONE") return fail("invalid_link_code", "The link code is unknown, expired or already used.");
      const tx = transactions(ctx).get(link.transactionId);
      if (!tx || tx.ended) return fail("invalid_transaction", `The login transaction ${link.transactionId} is no longer open.`);
      // A wallet that fetches the same link again gets the same linked transaction.
      const linked: Link = link.linkTransactionId ? link : { ...link, state: "LINKED", linkTransactionId: `ltx-${uuid()}`, linkedDateTime: now() };
      links(ctx).put(link.linkCode, linked);
      const client = tx.clientId ? clients(ctx).get(tx.clientId) : undefined;
      const claims = Array.isArray(client?.userClaims) ? client.userClaims.map(String) : ["name"];
      return ok({
        linkTransactionId: linked.linkTransactionId,
        clientName: String(client?.clientName ?? "Sandbox relying party"),
        logoUrl: String(client?.logoUri ?? ""),
        authorizeScopes: tx.scope ? words(tx.scope).filter((s) => s !== "openid") : ["profile"],
        essentialClaims: claims.slice(0, 1),
        voluntaryClaims: claims.slice(1),
        authFactors: [[{ type: "PIN", count: 0 }], [{ type: "OTP", count: 0 }]],
        configs: {},
      });
    }),
    linkedAuthenticate: envelope((ctx, r) => {
      const id = String(r.linkedTransactionId ?? "");
      const link = linkByTransaction(ctx, id);
      if (!link) return fail("invalid_transaction_id", `No linked transaction ${id || "(empty)"}.`);
      if (r.individualId === null || r.individualId === undefined || r.individualId === "") return fail("invalid_identifier", "request.individualId is empty.");
      const challenges = Array.isArray(r.challengeList) ? r.challengeList.map(obj) : [];
      if (!challenges.length) return fail("invalid_no_of_challenges", "request.challengeList is empty.");
      if (link.state !== "LINKED") return fail("invalid_transaction_id", "This linked transaction has already been authenticated.");
      const individualId = String(r.individualId);
      if (ctx.faults.identityMismatch || isBlocked(ctx, individualId) || challenges.some((c) => !c.challenge || c.challenge === WRONG_CHALLENGE))
        return fail("auth_failed", "The challenge could not be verified.");
      links(ctx).put(link.linkCode, { ...link, state: "AUTHENTICATED", individualId });
      return ok({ linkedTransactionId: id });
    }),
    linkedConsent: envelope((ctx, r) => {
      const id = String(r.linkedTransactionId ?? "");
      const link = linkByTransaction(ctx, id);
      if (!link || link.state === "DONE") return fail("invalid_transaction_id", `No open linked transaction ${id || "(empty)"}.`);
      const scopes = words(r.permittedAuthorizeScopes);
      const claims = words(r.acceptedClaims);
      if (scopes.some((s) => !SCOPES.includes(s))) return fail("invalid_permitted_scope", `Unknown scope in ${scopes.join(" ")}.`);
      if (claims.some((c) => !CLAIMS.includes(c))) return fail("invalid_accepted_claim", `Unknown claim in ${claims.join(" ")}.`);
      links(ctx).put(link.linkCode, { ...link, consent: { scopes, claims, at: now() } });
      return ok({ linkedTransactionId: id });
    }),
    getLinkAuthCode: envelope((ctx, r) => {
      const quiet = (code: string, message: string) => fail(code, message, false);
      const transactionId = String(r.transactionId ?? "");
      const tx = transactionId ? transactions(ctx).get(transactionId) : undefined;
      const link = usableLink(ctx, String(r.linkedCode ?? r.linkCode ?? ""));
      // A repeated poll for a link whose code was issued gets the same code again.
      const issuedBefore = link?.state === "DONE" && link.transactionId === transactionId && link.code ? codes(ctx).get(link.code) : undefined;
      if (issuedBefore) return ok({ code: issuedBefore.code, redirectUri: issuedBefore.redirectUri, state: issuedBefore.state, nonce: issuedBefore.nonce });
      if (tx?.ended) return quiet("invalid_transaction_id", `The login transaction ${transactionId} has already completed.`);
      if (!link) return quiet("invalid_link_code", "The link code is unknown or expired.");
      if (link.transactionId !== transactionId)
        return tx
          ? quiet("invalid_link_code", `The link code belongs to another transaction than ${transactionId}.`)
          : quiet("invalid_transaction_id", `No login transaction ${transactionId || "(empty)"}.`);
      if (link.state === "DONE") return quiet("invalid_transaction_id", "The code of this link has already been issued.");
      if (link.state !== "AUTHENTICATED") return quiet("response_timeout", "The wallet has not authenticated this link yet; poll again.");
      const issued = {
        code: uuid().replace(/-/g, ""),
        redirectUri: tx?.redirectUri ?? "https://sandbox.example/callback",
        state: tx?.state ?? "sandbox",
        nonce: tx?.nonce ?? "sandbox",
      };
      codes(ctx).put(issued.code, { ...issued, transactionId, clientId: tx?.clientId, individualId: link.individualId, issuedAt: now() });
      links(ctx).put(link.linkCode, { ...link, state: "DONE", code: issued.code });
      if (tx && !tx.persistent) transactions(ctx).put(transactionId, { ...tx, ended: true });
      return ok(issued);
    }, false),
    bindWallet: envelope((ctx, r) => {
      const challenges = Array.isArray(r.challengeList) ? r.challengeList.map(obj) : [];
      const formats = [r.format, ...challenges.map((c) => c.format)].filter((f) => f !== undefined).map(String);
      if (formats.some((f) => !CHALLENGE_FORMATS.includes(f)))
        return fail("unsupported_challenge_format", `Supported challenge formats: ${CHALLENGE_FORMATS.join(", ")}.`);
      const key = parseJwk(r.publicKey);
      if (!key) return fail("invalid_public_key", "request.publicKey must be a JWK (object, JSON text or base64 of it).");
      if (!challenges.length || challenges.some((c) => !c.challenge))
        return fail("invalid_auth_challenge", "request.challengeList needs a non-empty challenge.");
      const individualId = String(r.individualId);
      if (ctx.faults.identityMismatch || isBlocked(ctx, individualId))
        return fail("key_binding_failed", `The individual ${individualId} could not be authenticated.`);
      const canonical = JSON.stringify(Object.fromEntries(Object.entries(key).sort(([a], [b]) => a.localeCompare(b))));
      const id = createHash("sha256").update(`${individualId}|${canonical}`).digest("base64url");
      if (bindings(ctx).get(id)) return fail("duplicate_public_key", `This public key is already bound to ${individualId}.`);
      const walletUserId = `wallet-${uuid()}`;
      bindings(ctx).put(id, { individualId, publicKey: canonical, walletUserId, boundAt: now() });
      return ok({
        walletUserId,
        certificate: "-----BEGIN CERTIFICATE-----\nU0FOREJPWA==\n-----END CERTIFICATE-----",
        expireDateTime: new Date(Date.now() + 365 * 86400_000).toISOString(),
      });
    }),
    requestBindingOtp: () => ok({ maskedEmail: "s*****@example.org", maskedMobile: "******0142" }),
    ...credentialHandlers,
  },
};
