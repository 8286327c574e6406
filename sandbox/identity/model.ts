// Records of the Identity mock and the two answer envelopes it speaks.
import { collection } from "../runtime/collection";
import { json, now } from "../runtime/respond";
import type { HandlerContext, MockResponse } from "../types";

/** A relying party. */
export type Client = { clientId: string; status: "ACTIVE" | "INACTIVE" } & Record<string, unknown>;

/** An OIDC login transaction (what the login page holds open while the user signs in). */
export type OidcTransaction = {
  id: string;
  /** Stays open after a code is issued (the suite's standing login pages). */
  persistent?: boolean;
  /** Completed: no new link codes, no codes. */
  ended?: boolean;
  /** Lifetime of its link codes (default 180 s). */
  linkCodeTtlSeconds?: number;
  clientId?: string;
  redirectUri?: string;
  scope?: string;
  state?: string;
  nonce?: string;
  createdAt?: string;
};

/** One QR-code link of a transaction: PENDING until a wallet picks it up, DONE once its code is issued. */
export type Link = {
  linkCode: string;
  transactionId: string;
  expires: number;
  state: "PENDING" | "LINKED" | "AUTHENTICATED" | "DONE";
  linkTransactionId?: string;
  linkedDateTime?: string;
  individualId?: string;
  consent?: { scopes: string[]; claims: string[]; at: string };
  /** The authorization code issued for this link. */
  code?: string;
};

/** An issued authorization code. */
export type AuthCode = {
  code: string;
  transactionId: string;
  clientId?: string;
  redirectUri: string;
  individualId?: string;
  nonce: string;
  state: string;
  issuedAt: string;
};

/** A resident's identity record. */
export type Identity = {
  uin: string;
  registrationId?: string;
  vids: string[];
  status: "ACTIVATED" | "DEACTIVATED" | "BLOCKED";
  /** Status to return to when unblocked. */
  statusBeforeBlock?: "ACTIVATED" | "DEACTIVATED";
  /** A block lifts itself at this time (ISO-8601), if set. */
  blockedUntil?: string;
  identity: Record<string, unknown>;
  documents?: Array<{ category?: string; name?: string; value?: string }>;
  updatedAt: string;
};

/** Something done for or to a resident, readable by event id and listed in the service history. */
export type IdentityEvent = {
  eventId: string;
  eventType: string;
  eventStatus: "SUCCESS" | "IN_PROGRESS" | "FAILED";
  individualId: string;
  summary: string;
  timestamp: string;
  info: Record<string, string>;
};

export const clients = (ctx: HandlerContext) => collection<Client>(ctx, "clients");
export const transactions = (ctx: HandlerContext) => collection<OidcTransaction>(ctx, "transactions");
export const links = (ctx: HandlerContext) => collection<Link>(ctx, "links");
export const codes = (ctx: HandlerContext) => collection<AuthCode>(ctx, "codes");
export const bindings = (ctx: HandlerContext) =>
  collection<{ individualId: string; publicKey: string; walletUserId: string; boundAt: string }>(ctx, "bindings");
export const identities = (ctx: HandlerContext) => collection<Identity>(ctx, "identities");
export const events = (ctx: HandlerContext) => collection<IdentityEvent>(ctx, "events");

/** The OIDC / linked-authorization envelope for success. */
export const ok = (response: unknown): MockResponse => json(200, { responseTime: now(), response, errors: [] });

/**
 * The OIDC / linked-authorization envelope for a business error: HTTP 200 and exactly one error.
 * `response` is an empty object (callers may read fields of it without a null check), except on
 * link-auth-code, whose `response` always carries a code and is therefore left out.
 */
export function fail(errorCode: string, errorMessage = errorCode.replace(/_/g, " "), withResponse = true): MockResponse {
  const body: Record<string, unknown> = { responseTime: now() };
  if (withResponse) body.response = {};
  body.errors = [{ errorCode, errorMessage }];
  return json(200, body);
}

/** The credential-management envelope (MOSIP resident style) for success. */
export function credOk(id: string, response: unknown, headers?: Record<string, string>): MockResponse {
  return json(200, { id, version: "v1", responsetime: now(), response, errors: [] }, headers);
}

/** The credential-management envelope for an error (HTTP 200 unless `status` says otherwise). */
export function credFail(id: string, errorCode: string, errorMessage: string, status = 200): MockResponse {
  return json(status, { id, version: "v1", responsetime: now(), response: null, errors: [{ errorCode, errorMessage }] });
}
