// Behaviour of the Identity mock that GovStack's Identity compliance suite relies on, plus the
// state of its credential management. Each test works in its own namespace, from the seed data.
import { afterEach, describe, expect, test, vi } from "vitest";
import { call, setUpMockSandbox } from "../test-helpers";

setUpMockSandbox(["identity"]);

afterEach(() => {
  vi.useRealTimers();
});

let nsCounter = 0;
/** A fresh namespace (suite profile) with the seed data, and a caller bound to it. */
function fresh() {
  const base = `/mock/ns/suite-idc-${++nsCounter}/identity`;
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) => call("POST", `${base}${path}`, { body, headers });
  return { base, post };
}

type Env = { responseTime?: string; response?: Record<string, unknown> | null; errors: Array<{ errorCode: string; errorMessage: string }> };
const env = (r: { body: unknown }) => r.body as Env;
const code = (r: { body: unknown }) =>
  env(r)
    .errors.map((e) => e.errorCode)
    .join(",");
const T = "2025-06-01T10:00:00.000Z";
const XSRF = { "x-xsrf-token": "X-XSRF-TOKEN" };
const RSA = { kty: "RSA", alg: "RS256", n: "u1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onLRnrq0", e: "AQAB" };

function registration(clientId: string, extra: Record<string, unknown> = {}) {
  return {
    requestTime: T,
    request: {
      clientId,
      clientName: "Clinic app",
      relyingPartyId: "moh",
      logoUri: "https://clinic.example/logo.png",
      publicKey: JSON.stringify(RSA),
      authContextRefs: ["idbb:acr:generated-code"],
      userClaims: ["name"],
      grantTypes: ["authorization_code"],
      clientAuthMethods: ["private_key_jwt"],
      redirectUris: ["https://clinic.example/cb"],
      ...extra,
    },
  };
}

/** link code → wallet links it → (optionally) authenticates; returns the ids involved. */
async function linkFlow(post: ReturnType<typeof fresh>["post"], transactionId: string, opts: { authenticate?: boolean } = {}) {
  const lc = await post("/linked-authorization/link-code", { requestTime: T, request: { transactionId } }, XSRF);
  const linkCode = String(env(lc).response?.linkCode);
  const lt = await post("/linked-authorization/link-transaction", { requestTime: T, request: { linkCode } });
  const linkedTransactionId = String(env(lt).response?.linkTransactionId);
  if (opts.authenticate) {
    const auth = await post("/linked-authorization/authenticate", {
      requestTime: T,
      request: {
        linkedTransactionId,
        individualId: "05a5eecd-8b70-480d-9662-b2e63e4bafdb",
        challengeList: [{ authFactorType: "PIN", challenge: "password", format: "alpha-numeric" }],
      },
    });
    expect(code(auth)).toBe("");
  }
  return { linkCode, linkedTransactionId };
}

describe("client registry", () => {
  test("registration accepts a JWK as JSON text, is safe to resend, refuses another registration under the same id", async () => {
    const { post } = fresh();
    const first = await post("/client-mgmt/oidc-client", registration("e-health-service"));
    expect(first.status).toBe(200);
    expect(first.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(env(first)).toMatchObject({ response: { clientId: "e-health-service", status: "ACTIVE" }, errors: [] });
    expect(env(await post("/client-mgmt/oidc-client", registration("e-health-service")))).toMatchObject({
      response: { clientId: "e-health-service" },
      errors: [],
    });
    const dup = await post("/client-mgmt/oidc-client", registration("e-health-service", { clientName: "duplicated" }));
    expect(dup.status).toBe(200);
    expect(code(dup)).toBe("duplicate_client_id");
    // An error answer keeps an (empty) response object.
    expect(env(dup).response).toEqual({});
  });

  test("each value rule has its own error code, and requestTime must be a full date-time", async () => {
    const { post } = fresh();
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ clientId: "" }, "invalid_client_id"],
      [{ clientName: "" }, "invalid_client_name"],
      [{ relyingPartyId: "" }, "invalid_rp_id"],
      [{ logoUri: "" }, "invalid_uri"],
      [{ redirectUris: [] }, "invalid_redirect_uri"],
      [{ authContextRefs: ["idbb:acr:invalid"] }, "invalid_acr"],
      [{ userClaims: ["invalid_claims"] }, "invalid_claim"],
      [{ grantTypes: ["invalid_code"] }, "invalid_grant_type"],
      [{ clientAuthMethods: ["invalid_auth_method"] }, "invalid_client_auth"],
      [{ publicKey: "string" }, "invalid_public_key"],
    ];
    for (const [extra, expected] of cases) {
      const res = await post("/client-mgmt/oidc-client", registration(`c-${expected}`, extra));
      expect(res.status).toBe(200);
      expect(code(res)).toBe(expected);
    }
    const badTime = await post("/client-mgmt/oidc-client", { ...registration("c-time"), requestTime: "2011-10-05" });
    expect(code(badTime)).toBe("invalid_request");
  });

  test("a client registered without redirect URIs can be updated (status in any case); an unknown id is invalid_client_id", async () => {
    const { post, base } = fresh();
    const { redirectUris: _r, ...noRedirects } = registration("e-health-service-00").request;
    expect(code(await post("/client-mgmt/oidc-client", { requestTime: T, request: noRedirects }))).toBe("");
    const update = (id: string, extra: Record<string, unknown> = {}) =>
      call("PUT", `${base}/client-mgmt/oidc-client/${id}`, {
        body: {
          requestTime: T,
          request: {
            clientName: "Clinic",
            status: "inactive",
            logoUri: "https://x/l.png",
            redirectUris: ["https://x/cb"],
            userClaims: ["name"],
            authContextRefs: ["idbb:acr:generated-code"],
            grantTypes: ["authorization_code"],
            clientAuthMethods: ["private_key_jwt"],
            publicKey: JSON.stringify(RSA),
            ...extra,
          },
        },
      });
    expect(env(await update("e-health-service-00"))).toMatchObject({ response: { clientId: "e-health-service-00", status: "INACTIVE" }, errors: [] });
    expect(code(await update("e-health-service-00", { redirectUris: [""] }))).toBe("invalid_redirect_uri");
    expect(code(await update("e-health-service-00", { clientName: "" }))).toBe("invalid_client_name");
    expect(code(await update("e-service"))).toBe("invalid_client_id");
  });
});

describe("OIDC endpoints", () => {
  test("authorize answers a login page; a registered client opens a transaction the wallet flow accepts", async () => {
    const { post, base } = fresh();
    const unknown = await call("GET", `${base}/authorize?scope=openid%20profile&response_type=code&client_id=nobody&redirect_uri=http://example-redirect.com`);
    expect(unknown.status).toBe(200);
    expect(unknown.headers.get("content-type")).toContain("text/html");
    expect(unknown.text).toContain("Unknown client");
    await post("/client-mgmt/oidc-client", registration("clinic"));
    const page = await call(
      "GET",
      `${base}/authorize?scope=openid&response_type=code&client_id=clinic&redirect_uri=${encodeURIComponent("https://clinic.example/cb")}&state=s1&nonce=n1&display=popup&prompt=consent&max_age=10`,
    );
    const txId = /data-transaction-id="([^"]+)"/.exec(page.text)?.[1];
    expect(txId).toMatch(/^tx-/);
    const { linkCode } = await linkFlow(post, String(txId), { authenticate: true });
    const issued = await post("/linked-authorization/link-auth-code", { requestTime: T, request: { transactionId: txId, linkedCode: linkCode } });
    expect(env(issued).response).toMatchObject({ redirectUri: "https://clinic.example/cb", state: "s1", nonce: "n1" });
    // An ordinary transaction is closed once its code is issued.
    expect(code(await post("/linked-authorization/link-code", { requestTime: T, request: { transactionId: txId } }, XSRF))).toBe("invalid_transaction_id");
  });

  test("token errors come in the suite's order; a JSON body works too; userinfo is a JWT", async () => {
    const { base } = fresh();
    const form = (f: Record<string, string>) => call("POST", `${base}/oauth/token`, { form: f });
    expect((await call("POST", `${base}/oauth/token`)).body).toMatchObject({ error: "invalid_payload" });
    expect((await form({ grant_type: "", code: "", client_id: "", client_assertion_type: "", client_assertion: "", redirect_uri: "" })).body).toMatchObject({
      error: "invalid_input",
    });
    const base3 = { grant_type: "authorization_code", code: "c", client_id: "payment-service" };
    expect((await form({ ...base3, client_assertion_type: "t", client_assertion: "a" })).body).toMatchObject({ error: "invalid_redirect_uri" });
    expect((await form({ ...base3, client_assertion: "a", redirect_uri: "http://x" })).body).toMatchObject({ error: "invalid_assertion_type" });
    const missing = await form({ ...base3, client_assertion_type: "t", redirect_uri: "http://x" });
    expect(missing.status).toBe(400);
    expect(missing.body).toMatchObject({ error: "invalid_assertion", error_description: expect.any(String) });
    const ok = await call("POST", `${base}/oauth/token`, { body: { ...base3, client_assertion_type: "t", client_assertion: "a", redirect_uri: "http://x" } });
    expect(ok.body).toMatchObject({ id_token: "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9", token_type: "Bearer", expires_in: 0, access_token: expect.any(String) });
    const info = await call("GET", `${base}/oidc/userinfo`);
    expect(info.headers.get("content-type")).toBe("application/jwt; charset=utf-8");
    expect(info.text.split(".")).toHaveLength(3);
  });

  test("discovery lists every endpoint including registration; key ids are distinct", async () => {
    const { base } = fresh();
    const conf = (await call("GET", `${base}/.well-known/openid-configuration`)).body as Record<string, unknown>;
    for (const k of [
      "issuer",
      "authorization_endpoint",
      "token_endpoint",
      "userinfo_endpoint",
      "jwks_uri",
      "registration_endpoint",
      "scopes_supported",
      "response_types_supported",
      "claims_locales_supported",
      "response_modes_supported",
    ])
      expect(conf[k], k).toBeDefined();
    expect(String(conf.registration_endpoint)).toMatch(/\/identity\/client-mgmt\/oidc-client$/);
    const keys = ((await call("GET", `${base}/.well-known/jwks.json`)).body as { keys: Array<{ kid: string; kty: string }> }).keys;
    expect(new Set(keys.map((k) => `${k.kid}:${k.kty}`)).size).toBe(keys.length);
  });
});

describe("linked authorization", () => {
  test("link-code: XSRF header must match a cookie when one is sent; unknown, empty and completed transactions are refused", async () => {
    const { post } = fresh();
    const good = await post(
      "/linked-authorization/link-code",
      { requestTime: T, request: { transactionId: "transactionId01" } },
      { ...XSRF, cookie: "XSRF-TOKEN=X-XSRF-TOKEN" },
    );
    expect(env(good)).toMatchObject({ response: { transactionId: "transactionId01", linkCode: expect.any(String) }, errors: [] });
    const mismatch = await post(
      "/linked-authorization/link-code",
      { requestTime: T, request: { transactionId: "transactionId01" } },
      { "x-xsrf-token": "invalid X-XSRF-TOKEN header", cookie: "XSRF-TOKEN=invalid XSRF-TOKEN cookie" },
    );
    expect(mismatch.status).toBe(403);
    for (const transactionId of ["random-transaction-id", "", "transactionId04", "transaction_id_004"]) {
      expect(code(await post("/linked-authorization/link-code", { requestTime: T, request: { transactionId } }, XSRF)), transactionId).toBe(
        "invalid_transaction_id",
      );
    }
    const nullTime = await post("/linked-authorization/link-code", { requestTime: null, request: { transactionId: "transactionId01" } }, XSRF);
    expect(code(nullTime)).toBe("invalid_request");
    expect(env(nullTime).response).toEqual({});
  });

  test("link codes of transactionIdToBeExpired expire within 30 s; link-transaction then refuses them", async () => {
    const { post } = fresh();
    const lc = await post("/linked-authorization/link-code", { requestTime: T, request: { transactionId: "transactionIdToBeExpired" } }, XSRF);
    const { linkCode, expireDateTime } = env(lc).response as { linkCode: string; expireDateTime: string };
    expect(Date.parse(expireDateTime) - Date.now()).toBeLessThan(30_000);
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 30_000);
    expect(code(await post("/linked-authorization/link-transaction", { requestTime: T, request: { linkCode } }))).toBe("invalid_link_code");
  });

  test("link-status: transaction errors before link-code errors; no linkStatus until a wallet links, then LINKED", async () => {
    const { post } = fresh();
    const lc = await post("/linked-authorization/link-code", { requestTime: T, request: { transactionId: "transactionId01" } }, XSRF);
    const linkCode = String(env(lc).response?.linkCode);
    const status = (transactionId: string, lcode?: string) =>
      post(
        "/linked-authorization/link-status",
        { requestTime: T, request: lcode === undefined ? { transactionId } : { transactionId, linkCode: lcode } },
        XSRF,
      );
    const pending = await status("transactionId01", linkCode);
    expect(env(pending)).toEqual({ responseTime: expect.any(String), response: { transactionId: "transactionId01" }, errors: [] });
    expect(code(await status("", linkCode))).toBe("invalid_transaction_id");
    expect(code(await status("random-transaction-id", linkCode))).toBe("invalid_transaction_id");
    expect(code(await status("transaction_id_004"))).toBe("invalid_transaction_id");
    expect(code(await status("transactionId01", "invalid_link_code"))).toBe("invalid_link_code");
    expect(code(await status("transactionId01", ""))).toBe("invalid_link_code");
    expect(code(await status("transactionId02", linkCode))).toBe("invalid_link_code");
    await post("/linked-authorization/link-transaction", { requestTime: T, request: { linkCode } });
    expect(env(await status("transactionId01", linkCode)).response).toMatchObject({
      transactionId: "transactionId01",
      linkStatus: "LINKED",
      linkedDateTime: expect.any(String),
    });
  });

  test("link-transaction: fetching the same link again gives the same linked transaction", async () => {
    const { post } = fresh();
    const lc = await post("/linked-authorization/link-code", { requestTime: T, request: { transactionId: "transactionId01" } }, XSRF);
    const linkCode = String(env(lc).response?.linkCode);
    const a = env(await post("/linked-authorization/link-transaction", { requestTime: T, request: { linkCode } }));
    const b = env(await post("/linked-authorization/link-transaction", { requestTime: T, request: { linkCode } }));
    expect(a.response?.linkTransactionId).toMatch(/^ltx-/);
    expect(b.response?.linkTransactionId).toBe(a.response?.linkTransactionId);
    expect(a.response).toMatchObject({ authFactors: [[{ type: "PIN" }], [{ type: "OTP" }]], configs: {} });
    expect(code(await post("/linked-authorization/link-transaction", { requestTime: T, request: { linkCode: "invalid_link_code" } }))).toBe(
      "invalid_link_code",
    );
  });

  test("authenticate: error order (identifier and challenges before reuse), reuse refused, wrong PIN fails", async () => {
    const { post } = fresh();
    const auth = (linkedTransactionId: string, individualId: string | null, challengeList: unknown[], requestTime: string | null = T) =>
      post("/linked-authorization/authenticate", { requestTime, request: { linkedTransactionId, individualId, challengeList } });
    const pin = (challenge: string) => [{ authFactorType: "PIN", challenge, format: "alpha-numeric" }];
    const { linkedTransactionId } = await linkFlow(post, "transactionId01");
    expect(code(await auth("invalid_linked_transaction_id", "05a5eecd-8b70-480d-9662-b2e63e4bafdb", pin("password")))).toBe("invalid_transaction_id");
    expect(code(await auth(linkedTransactionId, "05a5eecd-8b70-480d-9662-b2e63e4bafdb", pin("password"), null))).toBe("invalid_request");
    expect(env(await auth(linkedTransactionId, "05a5eecd-8b70-480d-9662-b2e63e4bafdb", pin("password")))).toMatchObject({
      response: { linkedTransactionId },
      errors: [],
    });
    // After success: a null identifier and an empty challenge list are still reported as such …
    expect(code(await auth(linkedTransactionId, null, pin("password")))).toBe("invalid_identifier");
    expect(code(await auth(linkedTransactionId, "05a5eecd-8b70-480d-9662-b2e63e4bafdb", []))).toBe("invalid_no_of_challenges");
    // … and a second authentication of the same link is refused.
    expect(code(await auth(linkedTransactionId, "05a5eecd-8b70-480d-9662-b2e63e4bafdb", pin("password")))).toBe("invalid_transaction_id");
    const other = await linkFlow(post, "transactionId01");
    expect(
      code(await auth(other.linkedTransactionId, "05a5eecd-8b70-480d-9662-b2e63e4bafdb", [{ authFactorType: "PIN", challenge: "9999", format: "number" }])),
    ).toBe("auth_failed");
  });

  test("consent: accepted before authentication, scopes and claims as strings or lists, unknown ids refused", async () => {
    const { post } = fresh();
    const { linkedTransactionId } = await linkFlow(post, "transactionId01");
    const consent = (request: Record<string, unknown>) => post("/linked-authorization/consent", { requestTime: T, request });
    expect(env(await consent({ linkedTransactionId }))).toMatchObject({ response: { linkedTransactionId }, errors: [] });
    expect(env(await consent({ linkedTransactionId, permittedAuthorizeScopes: "openid", acceptedClaims: "given_name" }))).toMatchObject({
      response: { linkedTransactionId },
      errors: [],
    });
    expect(code(await consent({ linkedTransactionId, permittedAuthorizeScopes: ["openid", "root"] }))).toBe("invalid_permitted_scope");
    expect(code(await consent({ linkedTransactionId, acceptedClaims: ["salary"] }))).toBe("invalid_accepted_claim");
    expect(code(await consent({ linkedTransactionId: "invalid_transaction_id" }))).toBe("invalid_transaction_id");
  });

  test("link-auth-code: code after authentication, same code when polled again; errors without a response member", async () => {
    const { post } = fresh();
    const authCode = (transactionId: string | undefined, linkedCode: string | undefined, requestTime: string | null = T) =>
      post("/linked-authorization/link-auth-code", { requestTime, request: { transactionId, linkedCode } }, XSRF);
    const notYet = await linkFlow(post, "transactionId01");
    expect(code(await authCode("transactionId01", notYet.linkCode))).toBe("response_timeout");
    const { linkCode } = await linkFlow(post, "transactionId01", { authenticate: true });
    const first = await authCode("transactionId01", linkCode);
    expect(env(first)).toMatchObject({
      response: { code: expect.any(String), redirectUri: expect.any(String), state: expect.any(String), nonce: expect.any(String) },
      errors: [],
    });
    expect(env(await authCode("transactionId01", linkCode)).response?.code).toBe(env(first).response?.code);
    const second = await linkFlow(post, "transactionId03", { authenticate: true });
    const cases: Array<[string | undefined, string | undefined, string]> = [
      ["transactionId01", "invalid_linked_code", "invalid_link_code"],
      ["invalid_transaction_id", second.linkCode, "invalid_transaction_id"],
      ["invalid_transaction_id", "invalid_linked_code", "invalid_link_code"],
      ["transactionId01", second.linkCode, "invalid_link_code"],
      ["transactionId04", undefined, "invalid_transaction_id"],
    ];
    for (const [tx, lc, expected] of cases) {
      const res = await authCode(tx, lc);
      expect(code(res), `${tx} ${lc}`).toBe(expected);
      expect(env(res)).not.toHaveProperty("response");
    }
    const badTime = await authCode("transactionId01", linkCode, null);
    expect(code(badTime)).toBe("invalid_request");
    expect(env(badTime)).not.toHaveProperty("response");
  });

  test("a completed flow closes transaction_id_003: no new link codes, status checks refused", async () => {
    const { post } = fresh();
    const { linkCode, linkedTransactionId } = await linkFlow(post, "transaction_id_003", { authenticate: true });
    await post("/linked-authorization/consent", { requestTime: T, request: { linkedTransactionId } });
    expect(
      code(await post("/linked-authorization/link-auth-code", { requestTime: T, request: { transactionId: "transaction_id_003", linkedCode: linkCode } })),
    ).toBe("");
    expect(code(await post("/linked-authorization/link-code", { requestTime: T, request: { transactionId: "transaction_id_003" } }, XSRF))).toBe(
      "invalid_transaction_id",
    );
    expect(code(await post("/linked-authorization/link-status", { requestTime: T, request: { transactionId: "transaction_id_003", linkCode } }, XSRF))).toBe(
      "invalid_transaction_id",
    );
    // transactionId01 stays open after its codes are issued.
    await linkFlow(post, "transactionId01", { authenticate: true });
    expect(code(await post("/linked-authorization/link-code", { requestTime: T, request: { transactionId: "transactionId01" } }, XSRF))).toBe("");
  });
});

describe("wallet binding", () => {
  const H = { "partner-id": "PARTNER-ID", "partner-api-key": "PARTNER-API-KEY" };
  const bind = (post: ReturnType<typeof fresh>["post"], individualId: string, publicKey: unknown, extra: Record<string, unknown> = {}, challenge = "c1") =>
    post(
      "/wallet-binding",
      {
        requestTime: T,
        request: {
          individualId,
          authFactorType: "OTP",
          format: "jwt",
          challengeList: [{ authFactorType: "OTP", challenge, format: "jwt" }],
          publicKey,
          ...extra,
        },
      },
      H,
    );

  test("one key may be bound to several individuals, each pair once; keys as object, JSON text or base64", async () => {
    const { post, base } = fresh();
    expect((await call("POST", `${base}//binding-otp`, { body: {} })).status).toBe(200);
    const text = JSON.stringify(RSA);
    for (const individualId of ["n3fy2qkg9r7h2", "n3fy2qkg9r7h3"]) {
      const res = await bind(post, individualId, text);
      expect(env(res)).toMatchObject({ errors: [], response: { walletUserId: expect.any(String) } });
      expect(Date.parse(String(env(res).response?.expireDateTime))).toBeGreaterThan(Date.now());
    }
    expect(code(await bind(post, "n3fy2qkg9r7h2", RSA))).toBe("duplicate_public_key");
    const b64 = Buffer.from(JSON.stringify({ ...RSA, n: "other" })).toString("base64");
    expect(code(await bind(post, "n3fy2qkg9r7h2", b64))).toBe("");
    expect(code(await bind(post, "n3fy2qkg9r7h2", b64))).toBe("duplicate_public_key");
  });

  test("format, key and challenge are checked before duplicates", async () => {
    const { post } = fresh();
    await bind(post, "n3fy2qkg9r7h2", RSA);
    expect(code(await bind(post, "n3fy2qkg9r7h2", RSA, { format: "invalid_format" }))).toBe("unsupported_challenge_format");
    expect(code(await bind(post, "n3fy2qkg9r7h2", "string"))).toBe("invalid_public_key");
    const empty = await bind(post, "n3fy2qkg9r7h2", RSA, {}, "");
    expect(code(empty)).toBe("invalid_auth_challenge");
    expect(env(empty).response).toEqual({});
  });
});

describe("credential management state", () => {
  const cred = (base: string, path: string, request: Record<string, unknown>, method = "POST") =>
    call(method, `${base}${path}`, { body: { id: "x", version: "v1", requesttime: T, request } });
  const share = (base: string, attributes = ["fullName"]) =>
    cred(base, "/share-credential", {
      partnerId: "cash-transfer-programme",
      sharableAttributes: attributes.map((attributeName) => ({ attributeName })),
      purpose: "Eligibility check",
      consent: "Accepted",
    });
  const card = (base: string) => cred(base, "/download/personalized-card", { html: Buffer.from("<html><body>card</body></html>").toString("base64") });
  const history = async (base: string, query = "") =>
    (
      (await call("GET", `${base}/service-history/eng?fromDate=2025-01-01${query}`, { headers: { locale: "en-US", "time-zone-offset": "0" } })).body as {
        response: { totalItems: number; data: Array<{ eventId: string; requestType: string; eventStatus: string }> };
      }
    ).response;

  test("a share records an event readable by id and listed in the service history", async () => {
    const { base } = fresh();
    const res = await share(base, ["fullName", "dateOfBirth"]);
    const eventId = String(res.headers.get("eventid"));
    expect(eventId).toMatch(/^\d{16}$/);
    expect(res.body).toMatchObject({ response: { status: "SUCCESS", eventId }, errors: [] });
    const ev = await call("GET", `${base}/events/${eventId}?language=eng`);
    expect(ev.body).toMatchObject({
      response: {
        eventId,
        eventType: "SHARE_CRED_WITH_PARTNER",
        eventStatus: "SUCCESS",
        individualId: "8267411072",
        info: { partnerId: "cash-transfer-programme", attributeList: "fullName, dateOfBirth" },
      },
    });
    const h = await history(base, "&sortType=DESC");
    expect(h.data[0]).toMatchObject({ eventId, requestType: "SHARE_CRED_WITH_PARTNER" });
    expect(h.data.map((d) => d.eventId)).toContain("4839201746381920");
    expect((await call("GET", `${base}/events/1234567890123456?language=eng`)).body).toMatchObject({
      response: null,
      errors: [{ errorCode: "invalid_event_id" }],
    });
    expect(
      code(await cred(base, "/share-credential", { partnerId: "p", sharableAttributes: [{ attributeName: "salary" }], purpose: "x", consent: "Accepted" })),
    ).toBe("invalid_attribute");
  });

  test("block is seen by later calls until unblock; redundant transitions and unknown ids are errors", async () => {
    const { base, post } = fresh();
    const block = (id = "8267411072", idType = "UIN") => cred(base, "/block", { id, idType, status: "BLOCKED" });
    const unblock = (id = "8267411072", idType = "UIN") => cred(base, "/unblock", { id, idType, status: "UNBLOCKED" });
    expect((await block()).body).toMatchObject({ response: { id: "8267411072", status: "BLOCKED" }, errors: [] });
    expect(code(await block())).toBe("already_blocked");
    expect(code(await share(base))).toBe("identity_blocked");
    const refusedCard = await card(base);
    expect(refusedCard.headers.get("content-type")).toContain("application/json");
    expect(code(refusedCard)).toBe("identity_blocked");
    expect(
      code(
        await cred(base, "/update-uin", {
          transactionID: "1",
          individualId: "8267411072",
          individualIdType: "UIN",
          otp: "111111",
          identityJson: Buffer.from('{"phone":"1"}').toString("base64"),
        }),
      ),
    ).toBe("identity_blocked");
    const { linkedTransactionId } = await linkFlow(post, "transactionId01");
    expect(
      code(
        await post("/linked-authorization/authenticate", {
          requestTime: T,
          request: { linkedTransactionId, individualId: "8267411072", challengeList: [{ authFactorType: "PIN", challenge: "1234", format: "number" }] },
        }),
      ),
    ).toBe("auth_failed");
    expect((await unblock()).body).toMatchObject({ response: { status: "UNBLOCKED" }, errors: [] });
    expect(code(await unblock())).toBe("not_blocked");
    expect(code(await share(base))).toBe("");
    // By VID, and unknown ids.
    expect(code(await block("4917263548192736", "VID"))).toBe("");
    expect(code(await share(base))).toBe("identity_blocked");
    expect(code(await unblock("0000000000"))).toBe("invalid_id");
    const types = (await history(base)).data.map((d) => d.requestType);
    expect(types.filter((t) => t === "BLOCK_IDENTITY")).toHaveLength(2);
    expect(types).toContain("UNBLOCK_IDENTITY");
  });

  test("a block with a past expiry lifts itself", async () => {
    const { base } = fresh();
    expect(code(await cred(base, "/block", { id: "8267411072", idType: "UIN", expiryTimestamp: new Date(Date.now() + 60_000).toISOString() }))).toBe("");
    expect(code(await share(base))).toBe("identity_blocked");
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 120_000);
    expect(code(await share(base))).toBe("");
  });

  test("update-uin changes the stored identity (needs the sandbox OTP); the card shows the new name", async () => {
    const { base } = fresh();
    const update = (otp: string, changes: Record<string, unknown>) =>
      cred(base, "/update-uin", {
        transactionID: "77",
        individualId: "8267411072",
        individualIdType: "UIN",
        otp,
        identityJson: Buffer.from(JSON.stringify(changes)).toString("base64"),
      });
    expect(code(await update("000000", { fullName: "X" }))).toBe("invalid_otp");
    expect(code(await share(base, ["occupation"]))).toBe("invalid_attribute");
    const res = await update("111111", { fullName: "Sowmya R. Rao", occupation: "nurse" });
    expect(res.body).toMatchObject({ response: { status: "REQUEST_RECEIVED" }, errors: [] });
    expect(res.headers.get("eventid")).toMatch(/^\d{16}$/);
    expect(code(await share(base, ["occupation"]))).toBe("");
    const pdf = await card(base);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(pdf.text.startsWith("%PDF-")).toBe(true);
    expect(pdf.text).toContain("Sowmya R. Rao");
    expect(code(await update("111111", { uin: "1" }))).toBe("invalid_input");
    expect(
      code(await cred(base, "/update-uin", { transactionID: "1", individualId: "999", individualIdType: "UIN", otp: "111111", identityJson: "e30=" })),
    ).toBe("invalid_individual_id");
    const h = await history(base, "&serviceType=UPDATE_MY_UIN");
    expect(h.data.map((d) => d.eventStatus).sort()).toEqual(["FAILED", "SUCCESS"]);
  });

  test("updateIdentity merges attributes and sets a status that /unblock then sees; enrolment creates an identity found by registration id", async () => {
    const { base } = fresh();
    const patch = (request: Record<string, unknown>) => cred(base, "/updateIdentity", request, "PATCH");
    const res = await patch({ registrationId: "ignored", uin: "7301928374", identity: { phone: "+000 555 0199" }, status: "BLOCKED" });
    expect(res.body).toMatchObject({ response: { status: "BLOCKED", identity: { fullName: "Kofi Mensah", phone: "+000 555 0199" } }, errors: [] });
    expect(code(await cred(base, "/block", { id: "7301928374", idType: "UIN" }))).toBe("already_blocked");
    expect(code(await cred(base, "/unblock", { id: "7301928374", idType: "UIN" }))).toBe("");
    expect((await patch({ registrationId: "x", uin: "7301928374" })).status).toBe(204);
    expect(code(await patch({ registrationId: "nope" }))).toBe("record_not_found");
    const enrol = await call("PUT", `${base}/enrollment`, {
      body: {
        id: "govstack.enrollment",
        version: "v1",
        request: { id: "REG-42", process: "NEW", fields: { fullName: '[{"language":"eng","value":"Zawadi Otieno"}]' } },
      },
    });
    const uin = JSON.parse(String((enrol.body as { metaData: { data: string } }).metaData.data)).uin as string;
    expect(uin).toMatch(/^\d{10}$/);
    expect((await patch({ registrationId: "REG-42", identity: { city: "Riverbend" } })).body).toMatchObject({
      response: { status: "ACTIVATED", identity: { fullName: "Zawadi Otieno", city: "Riverbend" } },
    });
    expect((await call("PUT", `${base}/enrollment`, { body: { request: { id: "REG-404", process: "UPDATE", fields: {} } } })).status).toBe(404);
  });

  test("the card PDF counts bytes: a name with non-ASCII characters and PDF delimiters keeps /Length and startxref right", async () => {
    const { base } = fresh();
    const identityJson = Buffer.from(JSON.stringify({ fullName: "Zoë (Ünal) \\ Ωmega" })).toString("base64");
    expect(
      code(await cred(base, "/update-uin", { transactionID: "1", individualId: "8267411072", individualIdType: "UIN", otp: "111111", identityJson })),
    ).toBe("");
    const bytes = Buffer.from((await card(base)).text, "utf8");
    const pdf = bytes.toString("latin1");
    const stream = /<< \/Length (\d+) >>\nstream\n([\s\S]*?)\nendstream/.exec(pdf);
    expect(Number(stream?.[1])).toBe(Buffer.byteLength(stream?.[2] ?? "", "latin1"));
    expect(stream?.[2]).toContain("Zo? ?nal  ?mega");
    const startxref = Number(/startxref\n(\d+)/.exec(pdf)?.[1]);
    expect(pdf.slice(startxref, startxref + 4)).toBe("xref");
  });

  test("updates cannot grow one identity without bound; only own attributes can be shared", async () => {
    const { base } = fresh();
    const patch = (request: Record<string, unknown>) => cred(base, "/updateIdentity", request, "PATCH");
    const documents = Array.from({ length: 15 }, (_, i) => ({ category: "POA", value: `doc-${i}` }));
    await patch({ registrationId: "x", uin: "7301928374", documents });
    const after = await patch({ registrationId: "x", uin: "7301928374", documents });
    expect((after.body as { response: { documents: unknown[] } }).response.documents).toHaveLength(20);
    const many = Object.fromEntries(Array.from({ length: 120 }, (_, i) => [`extra${i}`, "x"]));
    const refused = await patch({ registrationId: "x", uin: "7301928374", identity: many });
    expect(code(refused)).toBe("invalid_input");
    expect(env(refused).errors[0]?.errorMessage).toContain("request.identity");
    expect(code(await share(base, ["constructor"]))).toBe("invalid_attribute");
  });

  test("JSON inside base64 or text fields nested thousands of levels deep is refused or kept as text, not a 500", async () => {
    const { base } = fresh();
    const deep = `${"[".repeat(20_000)}${"]".repeat(20_000)}`;
    const identityJson = Buffer.from(`{"a":${deep}}`).toString("base64");
    const update = await cred(base, "/update-uin", { transactionID: "1", individualId: "8267411072", individualIdType: "UIN", otp: "111111", identityJson });
    expect(update.status).toBe(200);
    expect(code(update)).toBe("invalid_input");
    const enrol = await call("PUT", `${base}/enrollment`, {
      body: { id: "govstack.enrollment", version: "v1", request: { id: "REG-DEEP", process: "NEW", fields: { fullName: `[{"value":${deep}}]` } } },
    });
    expect(enrol.status).toBe(200);
  });

  test("a template of only unclosed tags is refused as not HTML", async () => {
    const { base } = fresh();
    const res = await cred(base, "/download/personalized-card", { html: Buffer.from("<a".repeat(24_000)).toString("base64") });
    expect(res.status).toBe(400);
  });

  test("history pages and filters; schema errors of credential operations are 400 naming the field", async () => {
    const { base } = fresh();
    for (let i = 0; i < 3; i++) await share(base);
    const page = await history(base, "&pageStart=1&pageFetch=2&statusFilter=SUCCESS");
    expect(page.totalItems).toBe(4);
    expect(page.data).toHaveLength(2);
    expect((await history(base, "&searchText=4839201746381920")).data).toHaveLength(1);
    const bad = await cred(base, "/share-credential", { sharableAttributes: [{ attributeName: "fullName" }], purpose: "x", consent: "Accepted" });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain("partnerId");
    const badDates = await call("GET", `${base}/service-history/eng?fromDate=2025-05-01&toDate=2025-01-01`, {
      headers: { locale: "en-US", "time-zone-offset": "0" },
    });
    expect(badDates.status).toBe(400);
  });
});
