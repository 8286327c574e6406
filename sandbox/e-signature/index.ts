// e-Signature mock: certificates bound to a person (named by the Identity token) and a pseudonym, signing by
// pseudonym (the device step is simulated as an immediate "yes"), one-time signatures with a one-minute
// certificate, status changes with the published transitions, and a signing history per person.
// Keys, certificates and time-stamps are synthetic: HMACs over the request, never real cryptography.
import { createHash, createHmac, randomBytes } from "node:crypto";
import { collection } from "../runtime/collection";
import { json, now, obj, q1, str } from "../runtime/respond";
import type { HandlerContext, MockModule, MockResponse, ValidationIssue } from "../types";

export type CertStatus = "ACTIVE" | "ERROR" | "EXPIRED" | "SUSPENDED" | "REVOKED";
export type Cert = {
  certificateId: string;
  owner: string;
  pseudonym: string;
  scdType: string;
  status: CertStatus;
  statusMessage: string;
  /** Secret of the simulated key: signatures are HMACs with it. */
  key: string;
  oneTime: boolean;
  notAfter: string;
  createdAt: string;
};
export type Signature = {
  signatureId: string;
  owner: string;
  certificateId: string;
  signatureType: "SCD" | "ONETIME";
  format: string;
  hash: string;
  hashType: string;
  signature: string;
  signatureTimestamp: string;
  code: "OK" | "ERROR";
  message: string;
  nonce?: string;
  state?: string;
  at: string;
};
type TokenRecord = { token: string; pseudonym: string; expiresAt: string };

/** Digest length in bytes of each published hash type (BLAKE2B is the 512-bit variant). */
export const HASH_BYTES: Record<string, number> = {
  "SHA2-256": 32,
  "SHA2-384": 48,
  "SHA2-512": 64,
  "SHA3-256": 32,
  "SHA3-384": 48,
  "SHA3-512": 64,
  BLAKE2B: 64,
};
const PSEUDONYM_TOKEN_MINUTES = 10;
const ONE_TIME_VALIDITY_MS = 60_000;

const error = (status: number, message: string): MockResponse => json(status, { status: { code: "ERROR", message } });
const certs = (ctx: HandlerContext) => collection<Cert>(ctx, "certificates");
const signatures = (ctx: HandlerContext) => collection<Signature>(ctx, "signatures");
const tokens = (ctx: HandlerContext) => collection<TokenRecord>(ctx, "pseudonym-tokens");
const callbacks = (ctx: HandlerContext) => collection<Record<string, unknown>>(ctx, "callbacks");

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");
const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

/** The person an Identity token names: `sub` (or `individualId`, `pub`) of its payload. */
export function subjectOf(token: string | undefined): string | undefined {
  const parts = (token ?? "").split(".");
  if (parts.length !== 3 || !parts[1]) return undefined;
  try {
    const payload = obj(JSON.parse(Buffer.from(parts[1], "base64url").toString("utf8")));
    const subject = str(payload, "sub") ?? str(payload, "individualId") ?? str(payload, "pub");
    return subject && subject.length <= 256 ? subject : undefined;
  } catch {
    return undefined;
  }
}

function caller(ctx: HandlerContext): string | MockResponse {
  return (
    subjectOf(ctx.req.headers["x-govstack-authenticationtoken"]) ??
    error(401, "X-GovStack-AuthenticationToken: must be the JWT the Identity Building Block issued, with the person in its sub claim.")
  );
}

/** A synthetic PEM "certificate": base64 of the subject, pseudonym and validity, clearly not a real X.509. */
function pem(cert: Pick<Cert, "certificateId" | "pseudonym" | "owner" | "createdAt" | "notAfter">): string {
  const body = Buffer.from(
    JSON.stringify({
      sandbox: "synthetic certificate",
      serial: cert.certificateId.slice(0, 16),
      subject: cert.owner,
      pseudonym: cert.pseudonym,
      notBefore: cert.createdAt,
      notAfter: cert.notAfter,
    }),
  ).toString("base64");
  return `-----BEGIN CERTIFICATE-----\n${body.match(/.{1,64}/g)!.join("\n")}\n-----END CERTIFICATE-----`;
}

/** The stored status, with certificates past their end date read as EXPIRED. */
function effective(cert: Cert): Pick<Cert, "status" | "statusMessage"> {
  if (cert.status !== "REVOKED" && Date.parse(cert.notAfter) <= Date.now())
    return { status: "EXPIRED", statusMessage: `Certificate expired on ${cert.notAfter}` };
  return { status: cert.status, statusMessage: cert.statusMessage };
}

const certView = (cert: Cert) => {
  const s = effective(cert);
  return { certificateId: cert.certificateId, certificate: pem(cert), status: { code: s.status, message: s.statusMessage } };
};

/** Checks the hash against its type: hex or base64 of exactly the digest length. */
export function hashProblem(hash: string, hashType: string): string | undefined {
  const bytes = HASH_BYTES[hashType];
  if (!bytes) return `hashType: must be one of ${Object.keys(HASH_BYTES).join(", ")}`;
  if (/^[0-9a-fA-F]+$/.test(hash) && hash.length === bytes * 2) return undefined;
  if (/^[A-Za-z0-9+/_-]+={0,2}$/.test(hash) && Buffer.from(hash, "base64").length === bytes) return undefined;
  return `hash: must be the ${bytes}-byte ${hashType} digest, as ${bytes * 2} hex characters or base64`;
}

function sign(ctx: HandlerContext, cert: Cert, type: Signature["signatureType"], extra: { nonce?: string; state?: string } = {}): Signature | MockResponse {
  const body = obj(ctx.req.body);
  const hash = String(body.hash);
  const hashType = String(body.hashType);
  const problem = hashProblem(hash, hashType);
  if (problem) return error(400, problem);
  const at = now();
  const state = effective(cert);
  const usable = state.status === "ACTIVE";
  const signature = usable ? createHmac("sha256", cert.key).update(`${body.format}|${hashType}|${hash}`).digest("base64") : "";
  const record: Signature = {
    signatureId: sha256(`${cert.certificateId}|${hash}|${at}|${randomBytes(8).toString("hex")}`),
    owner: cert.owner,
    certificateId: cert.certificateId,
    signatureType: type,
    format: String(body.format),
    hash,
    hashType,
    signature,
    signatureTimestamp: usable ? createHash("sha256").update(`${signature}|${at}`).digest("base64") : "",
    code: usable ? "OK" : "ERROR",
    message: usable ? "Signature created" : `Certificate is ${state.status}: ${state.statusMessage}`,
    ...extra,
    at,
  };
  signatures(ctx).put(record.signatureId, record);
  return record;
}

function signatureView(ctx: HandlerContext, s: Signature) {
  const cert = certs(ctx).get(s.certificateId);
  return {
    signature: s.signature,
    certificate: cert ? pem(cert) : "",
    responseTimestamp: now(),
    signatureTimestamp: s.signatureTimestamp,
    status: { code: s.code, message: s.message },
  };
}

function certFromPseudonymToken(ctx: HandlerContext): Cert | MockResponse {
  const token = ctx.req.headers["x-pseodonym-token"];
  const record = token ? tokens(ctx).get(sha256(token)) : undefined;
  if (!record || Date.parse(record.expiresAt) <= Date.now())
    return error(404, "X-Pseodonym-Token: unknown or expired; get a new one from /v1/token/pseodonym/{pseudonym}.");
  const cert = certs(ctx)
    .list()
    .find((c) => c.pseudonym === record.pseudonym && !c.oneTime);
  return cert ?? error(404, `No certificate carries the pseudonym "${record.pseudonym}".`);
}

const isResponse = (x: unknown): x is MockResponse => typeof (x as MockResponse).status === "number";

/** Allowed status changes: command → from which states → the new state. */
const TRANSITIONS: Record<string, { from: CertStatus[]; to: CertStatus; answer: string }> = {
  SUSPEND: { from: ["ACTIVE"], to: "SUSPENDED", answer: "SUSPENDED" },
  REVOKE: { from: ["ACTIVE", "SUSPENDED"], to: "REVOKED", answer: "REVOKED" },
  ACTIVATE: { from: ["SUSPENDED"], to: "ACTIVE", answer: "ACTIVATED" },
};

export const eSignature: MockModule = {
  validationError: (issues: ValidationIssue[]) => {
    if (issues.some((i) => /authenticationtoken/i.test(i.field)))
      return error(401, "X-GovStack-AuthenticationToken: is required (the Identity Building Block's token).");
    const text = issues.map((i) => `${i.field}: ${i.message}`).join("; ");
    return error(issues.some((i) => /required/.test(i.message)) ? 422 : 400, text);
  },
  notFound: (req) => error(404, `No e-Signature endpoint ${req.method} ${req.path}.`),
  handlers: {
    getPseudonymToken: (ctx) => {
      const pseudonym = ctx.params.pseudonym ?? "";
      if (
        !certs(ctx)
          .list()
          .some((c) => c.pseudonym === pseudonym && !c.oneTime)
      )
        return error(404, `No certificate carries the pseudonym "${pseudonym}".`);
      const jwt = `${b64url({ typ: "JWT", alg: "HS256" })}.${b64url({ pseudonym, iat: Math.floor(Date.now() / 1000) })}.${randomBytes(24).toString("base64url")}`;
      tokens(ctx).put(sha256(jwt), { token: sha256(jwt), pseudonym, expiresAt: new Date(Date.now() + PSEUDONYM_TOKEN_MINUTES * 60_000).toISOString() });
      return json(200, { jwt });
    },
    createCertificate: (ctx) => {
      const owner = caller(ctx);
      if (typeof owner !== "string") return owner;
      const body = obj(ctx.req.body);
      const asked = str(body, "pseudonym") ?? str(body, "pseodonym");
      const existing = asked
        ? certs(ctx)
            .list()
            .find((c) => c.pseudonym === asked && !c.oneTime)
        : undefined;
      if (existing && existing.owner !== owner) return error(400, `pseudonym: "${asked}" is taken; choose another.`);
      const createdAt = now();
      const certificateId = sha256(`${owner}|${String(body.CSR)}|${createdAt}|${randomBytes(8).toString("hex")}`);
      const pseudonym = asked ?? `signer-${certificateId.slice(0, 8)}`;
      const cert: Cert = {
        certificateId,
        owner,
        pseudonym,
        scdType: String(body.SCDType),
        status: "ACTIVE",
        statusMessage: "Certificate active",
        key: randomBytes(32).toString("hex"),
        oneTime: false,
        notAfter: new Date(Date.now() + 2 * 365 * 86_400_000).toISOString(),
        createdAt,
      };
      certs(ctx).put(certificateId, cert);
      return json(200, {
        certificateId,
        pseudonym,
        certificate: pem(cert),
        responseTimestamp: createdAt,
        status: { code: "ACTIVE", message: "Certificate active" },
      });
    },
    listCertificates: (ctx) => {
      const owner = caller(ctx);
      if (typeof owner !== "string") return owner;
      const filter = q1(ctx.query.filter);
      const mine = certs(ctx)
        .list()
        .filter((c) => c.owner === owner && !c.oneTime)
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
      return json(
        200,
        mine.map(certView).filter((c) => !filter || c.status.code === filter),
      );
    },
    getCertificateByPseudonym: (ctx) => {
      const cert = certFromPseudonymToken(ctx);
      return isResponse(cert) ? cert : json(200, certView(cert));
    },
    updateCertificateStatus: (ctx) => {
      const owner = caller(ctx);
      if (typeof owner !== "string") return owner;
      const cert = certs(ctx).get(ctx.params.certificateId ?? "");
      // Someone else's certificate reads as missing: its id tells a stranger nothing.
      if (!cert || cert.owner !== owner || cert.oneTime) return error(404, `No certificate "${ctx.params.certificateId}" of yours.`);
      const status = obj(obj(ctx.req.body).status);
      const command = String(status.code);
      const rule = TRANSITIONS[command]!;
      const current = effective(cert).status;
      if (!rule.from.includes(current))
        return error(400, `status.code: a ${current} certificate cannot be ${rule.to.toLowerCase()} (allowed from ${rule.from.join(" or ")}).`);
      const message = str(status, "message") ?? `Certificate ${rule.to.toLowerCase()} by its owner`;
      certs(ctx).put(cert.certificateId, { ...cert, status: rule.to, statusMessage: message });
      return json(200, { responseTimestamp: now(), status: { code: rule.answer, message } });
    },
    signWithCertificateId: (ctx) => {
      const cert = certs(ctx).get(ctx.params.certificateId ?? "");
      if (!cert || cert.oneTime) return error(404, `No certificate "${ctx.params.certificateId}".`);
      const s = sign(ctx, cert, "SCD");
      return isResponse(s) ? s : json(200, signatureView(ctx, s));
    },
    signWithPseudonym: (ctx) => {
      const cert = certFromPseudonymToken(ctx);
      if (isResponse(cert)) return cert;
      const body = obj(ctx.req.body);
      const s = sign(ctx, cert, "SCD", { nonce: str(body, "nonce"), state: str(body, "state") });
      return isResponse(s) ? s : json(200, { signatureId: s.signatureId, nonce: s.nonce ?? "", state: s.state ?? "" });
    },
    getSignatureResponse: (ctx) => {
      const s = signatures(ctx).get(ctx.params.signatureId ?? "");
      return s ? json(200, signatureView(ctx, s)) : error(404, `No signature "${ctx.params.signatureId}".`);
    },
    signInteractively: (ctx) => {
      const problem = hashProblem(String(q1(ctx.query.hash)), String(q1(ctx.query.hashType)));
      if (problem) return error(400, problem);
      const shown = String(q1(ctx.query.dataToBeDisplayed) ?? "a document").replace(/[<>&"']/g, "");
      const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sign with your pseudonym</title></head><body><main><h1>Sign: ${shown}</h1><p>Sandbox page: a real e-Signature BB asks for your pseudonym here, then for the PIN on your device.</p></main></body></html>`;
      return { status: 200, raw: html, contentType: "text/html; charset=utf-8" };
    },
    receiveSignatureCallback: (ctx) => {
      const signatureId = String(q1(ctx.query.signatureId));
      callbacks(ctx).put(sha256(`${signatureId}|${now()}`), { signatureId, nonce: q1(ctx.query.nonce), state: q1(ctx.query.state), at: now() });
      return { status: 200, raw: "OK", contentType: "text/plain; charset=utf-8" };
    },
    signOnce: (ctx) => {
      const owner = caller(ctx);
      if (typeof owner !== "string") return owner;
      const createdAt = now();
      const certificateId = sha256(`onetime|${owner}|${createdAt}|${randomBytes(8).toString("hex")}`);
      const cert: Cert = {
        certificateId,
        owner,
        pseudonym: `onetime-${certificateId.slice(0, 8)}`,
        scdType: "HSM",
        status: "ACTIVE",
        statusMessage: "One-time certificate",
        key: randomBytes(32).toString("hex"),
        oneTime: true,
        notAfter: new Date(Date.now() + ONE_TIME_VALIDITY_MS).toISOString(),
        createdAt,
      };
      certs(ctx).put(certificateId, cert);
      const s = sign(ctx, cert, "ONETIME");
      // The key is destroyed after this one signature; the certificate stays so the signature can be checked.
      certs(ctx).put(certificateId, { ...cert, key: "" });
      return isResponse(s) ? s : json(200, signatureView(ctx, s));
    },
    getAuditLog: (ctx) => {
      const owner = caller(ctx);
      if (typeof owner !== "string") return owner;
      const start = q1(ctx.query.start);
      const end = q1(ctx.query.end);
      if (start && end && Date.parse(start) > Date.parse(end)) return error(400, "start: must not be after end.");
      const mine = signatures(ctx)
        .list()
        .filter((s) => s.owner === owner && (!start || Date.parse(s.at) >= Date.parse(start)) && (!end || Date.parse(s.at) <= Date.parse(end)))
        .sort((a, b) => a.at.localeCompare(b.at));
      return json(
        200,
        mine.map((s) => ({ signatureType: s.signatureType, ...signatureView(ctx, s) })),
      );
    },
  },
};
