// Compatibility of the e-Signature mock with GovStack's published remote signing interface (v1 paths,
// header and field names, status codes), and the state it keeps: certificates, pseudonym tokens, signatures.
import { createHash } from "node:crypto";
import { describe, expect, test } from "vitest";
import { call, setUpMockSandbox } from "../test-helpers";

setUpMockSandbox(["e-signature", "information-mediator"]);

const BASE = "/mock/ns/esig-test/e-signature";
const jwt = (payload: Record<string, unknown>) =>
  `${Buffer.from('{"alg":"HS256"}').toString("base64url")}.${Buffer.from(JSON.stringify(payload)).toString("base64url")}.c2ln`;
const KOFI = { "X-GovStack-AuthenticationToken": jwt({ sub: "GH-KOFI-001" }) };
const AMA = { "X-GovStack-AuthenticationToken": jwt({ sub: "GH-AMA-002" }) };
const digest = (text: string) => createHash("sha256").update(text).digest("hex");
const signBody = (text: string) => ({
  format: "PAdES",
  hash: digest(text),
  hashType: "SHA2-256",
  dataToBeDisplayed: text,
  requestTimestamp: "2025-05-12T09:31:00Z",
});
const csr = "-----BEGIN CERTIFICATE REQUEST-----\nS29maSdzIHBob25l\n-----END CERTIFICATE REQUEST-----";

type Body = Record<string, unknown> & { status: { code: string; message: string } };
const statusOf = (res: { body: unknown }) => (res.body as Body).status;

async function register(headers: Record<string, string>, pseudonym?: string) {
  const res = await call("POST", `${BASE}/v1/cert/create`, {
    headers,
    body: { CSR: csr, SCDType: "REMOTE_SCD_APP_ANDROID", SCDKeyId: 0, ...(pseudonym ? { pseudonym } : {}) },
  });
  expect(res.status).toBe(200);
  return res.body as { certificateId: string; pseudonym: string; certificate: string; status: { code: string } };
}

async function pseudonymToken(pseudonym: string): Promise<string> {
  const res = await call("GET", `${BASE}/v1/token/pseodonym/${pseudonym}`);
  expect(res.status).toBe(200);
  return (res.body as { jwt: string }).jwt;
}

describe("device registration and certificates", () => {
  test("registering returns an ACTIVE PEM certificate under the chosen pseudonym; the published 'pseodonym' spelling works too", async () => {
    const cert = await register(KOFI, "kofi-signs");
    expect(cert).toMatchObject({ pseudonym: "kofi-signs", status: { code: "ACTIVE" } });
    expect(cert.certificate).toMatch(/^-----BEGIN CERTIFICATE-----\n[\s\S]+\n-----END CERTIFICATE-----$/);
    const res = await call("POST", `${BASE}/v1/cert/create`, { headers: KOFI, body: { CSR: csr, SCDType: "REMOTE_SCD_SIM", pseodonym: "kofi-sim" } });
    expect(res.body).toMatchObject({ pseudonym: "kofi-sim" });
  });

  test("without a pseudonym one is made up; someone else's pseudonym is refused", async () => {
    expect((await register(KOFI)).pseudonym).toMatch(/^signer-[0-9a-f]{8}$/);
    const taken = await call("POST", `${BASE}/v1/cert/create`, { headers: AMA, body: { CSR: csr, SCDType: "REMOTE_SCD_SIM", pseudonym: "kofi-signs" } });
    expect(taken.status).toBe(400);
    expect(statusOf(taken)).toMatchObject({ code: "ERROR", message: expect.stringContaining("pseudonym") });
  });

  test("no Identity token is 401, a token without a person is 401, a missing CSR is 422, a wrong SCDType is 400", async () => {
    const none = await call("POST", `${BASE}/v1/cert/create`, { body: { CSR: csr, SCDType: "REMOTE_SCD_SIM" } });
    expect(none.status).toBe(401);
    expect(statusOf(none).message).toMatch(/X-GovStack-AuthenticationToken/);
    const opaque = await call("POST", `${BASE}/v1/cert/create`, {
      headers: { "X-GovStack-AuthenticationToken": "not-a-jwt" },
      body: { CSR: csr, SCDType: "REMOTE_SCD_SIM" },
    });
    expect(opaque.status).toBe(401);
    const noCsr = await call("POST", `${BASE}/v1/cert/create`, { headers: KOFI, body: { SCDType: "REMOTE_SCD_SIM" } });
    expect(noCsr.status).toBe(422);
    expect(statusOf(noCsr).message).toMatch(/CSR/);
    const badType = await call("POST", `${BASE}/v1/cert/create`, { headers: KOFI, body: { CSR: csr, SCDType: "FLOPPY" } });
    expect(badType.status).toBe(400);
    expect(statusOf(badType).message).toMatch(/SCDType/);
  });

  test("each person lists only their own certificates, and can filter by status", async () => {
    await register(AMA, "ama-signs");
    const ama = (await call("GET", `${BASE}/v1/cert/list`, { headers: AMA })).body as Array<{ status: { code: string } }>;
    expect(ama).toHaveLength(1);
    const kofi = (await call("GET", `${BASE}/v1/cert/list?filter=ACTIVE`, { headers: KOFI })).body as unknown[];
    expect(kofi.length).toBe(3);
    expect((await call("GET", `${BASE}/v1/cert/list?filter=REVOKED`, { headers: KOFI })).body).toEqual([]);
  });

  test("status changes follow the published transitions and keep the reason; a stranger cannot touch the certificate", async () => {
    const { certificateId } = await register(AMA, "ama-phone-2");
    const patch = (code: string, headers = AMA) =>
      call("PATCH", `${BASE}/v1/cert/${certificateId}`, {
        headers,
        body: { requestTimestamp: "2025-05-12T10:00:00Z", status: { code, message: `${code} for the test` } },
      });
    expect((await patch("SUSPEND", KOFI)).status).toBe(404);
    expect(statusOf(await patch("ACTIVATE"))).toMatchObject({ code: "ERROR" });
    expect(statusOf(await patch("SUSPEND"))).toEqual({ code: "SUSPENDED", message: "SUSPEND for the test" });
    expect(statusOf(await patch("ACTIVATE"))).toMatchObject({ code: "ACTIVATED" });
    expect(statusOf(await patch("REVOKE"))).toMatchObject({ code: "REVOKED" });
    const again = await patch("ACTIVATE");
    expect(again.status).toBe(400);
    expect(statusOf(again).message).toMatch(/REVOKED certificate cannot/);
    const list = (await call("GET", `${BASE}/v1/cert/list?filter=REVOKED`, { headers: AMA })).body as Array<{
      certificateId: string;
      status: { message: string };
    }>;
    expect(list).toEqual([expect.objectContaining({ certificateId, status: { code: "REVOKED", message: "REVOKE for the test" } })]);
  });
});

describe("signing by pseudonym", () => {
  test("token → sign → collect: the signature is returned with the certificate, nonce and state come back unchanged", async () => {
    const { certificate } = await register(KOFI, "kofi-deeds");
    const token = await pseudonymToken("kofi-deeds");
    expect(token.split(".")).toHaveLength(3);
    const asked = await call("POST", `${BASE}/v1/sign/pseudonym`, {
      headers: { "X-Pseodonym-Token": token },
      body: { ...signBody("Deed 0412"), nonce: "n-1", state: "deed-0412" },
    });
    expect(asked.status).toBe(200);
    const { signatureId, nonce, state } = asked.body as { signatureId: string; nonce: string; state: string };
    expect({ nonce, state }).toEqual({ nonce: "n-1", state: "deed-0412" });
    const result = await call("GET", `${BASE}/v1/sign/response/${signatureId}`);
    expect(result.body).toMatchObject({ certificate, status: { code: "OK" } });
    const { signature, signatureTimestamp } = result.body as { signature: string; signatureTimestamp: string };
    expect(Buffer.from(signature, "base64")).toHaveLength(32);
    expect(signatureTimestamp.length).toBeGreaterThan(0);
  });

  test("the same document signed twice gives the same signature value; a different document a different one", async () => {
    await register(AMA, "ama-deeds");
    const once = async (text: string) => {
      const token = await pseudonymToken("ama-deeds");
      const { signatureId } = (await call("POST", `${BASE}/v1/sign/pseudonym`, { headers: { "X-Pseodonym-Token": token }, body: signBody(text) })).body as {
        signatureId: string;
      };
      return ((await call("GET", `${BASE}/v1/sign/response/${signatureId}`)).body as { signature: string }).signature;
    };
    const a = await once("Lease A");
    expect(await once("Lease A")).toBe(a);
    expect(await once("Lease B")).not.toBe(a);
  });

  test("a suspended certificate yields an ERROR signature with the reason, not a signature", async () => {
    const { certificateId } = await register(AMA, "ama-suspended");
    await call("PATCH", `${BASE}/v1/cert/${certificateId}`, { headers: AMA, body: { status: { code: "SUSPEND", message: "Phone lost" } } });
    const token = await pseudonymToken("ama-suspended");
    const { signatureId } = (await call("POST", `${BASE}/v1/sign/pseudonym`, { headers: { "X-Pseodonym-Token": token }, body: signBody("Lease C") })).body as {
      signatureId: string;
    };
    const result = (await call("GET", `${BASE}/v1/sign/response/${signatureId}`)).body as { signature: string; status: { code: string; message: string } };
    expect(result.signature).toBe("");
    expect(result.status).toEqual({ code: "ERROR", message: "Certificate is SUSPENDED: Phone lost" });
  });

  test("unknown pseudonym, unknown token, unknown signature are 404; a hash of the wrong length is 400 naming the hash", async () => {
    expect((await call("GET", `${BASE}/v1/token/pseodonym/nobody-here`)).status).toBe(404);
    const badToken = await call("POST", `${BASE}/v1/sign/pseudonym`, { headers: { "X-Pseodonym-Token": "x.y.z" }, body: signBody("x") });
    expect(badToken.status).toBe(404);
    expect(statusOf(badToken).message).toMatch(/X-Pseodonym-Token/);
    expect((await call("GET", `${BASE}/v1/sign/response/${"0".repeat(64)}`)).status).toBe(404);
    const token = await pseudonymToken("kofi-signs");
    const shortHash = await call("POST", `${BASE}/v1/sign/pseudonym`, {
      headers: { "X-Pseodonym-Token": token },
      body: { ...signBody("x"), hash: "abcdef0123456789" },
    });
    expect(shortHash.status).toBe(400);
    expect(statusOf(shortHash).message).toMatch(/^hash: must be the 32-byte SHA2-256 digest/);
    const missing = await call("POST", `${BASE}/v1/sign/pseudonym`, {
      headers: { "X-Pseodonym-Token": token },
      body: { format: "PAdES", hashType: "SHA2-256" },
    });
    expect(missing.status).toBe(422);
  });

  test("the deprecated certificate-id signing and pseudonym certificate lookup still answer", async () => {
    const { certificateId } = await register(KOFI, "kofi-legacy");
    const signed = await call("POST", `${BASE}/v1/sign/certificateId/${certificateId}`, {
      body: { ...signBody("Old client"), hash: Buffer.from(digest("Old client"), "hex").toString("base64") },
    });
    expect(signed.body).toMatchObject({ status: { code: "OK" } });
    const token = await pseudonymToken("kofi-legacy");
    const cert = await call("GET", `${BASE}/v1/cert/pseudonym`, { headers: { "X-Pseodonym-Token": token } });
    expect(cert.body).toMatchObject({ certificateId, status: { code: "ACTIVE" } });
  });
});

describe("one-time signatures, the interactive page, callbacks and the audit log", () => {
  test("a one-time signature needs the Identity token, is OK, and its certificate is not listed or reusable", async () => {
    const person = { "X-GovStack-AuthenticationToken": jwt({ sub: "NE-CHERIFA-003" }) };
    expect((await call("POST", `${BASE}/v1/sign/onetime`, { body: signBody("Permit") })).status).toBe(401);
    const res = await call("POST", `${BASE}/v1/sign/onetime`, { headers: person, body: signBody("Permit") });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: { code: "OK" }, certificate: expect.stringContaining("BEGIN CERTIFICATE") });
    expect((await call("GET", `${BASE}/v1/cert/list`, { headers: person })).body).toEqual([]);
  });

  test("the audit log lists the person's signatures in order, within a time window, and nobody else's", async () => {
    const person = { "X-GovStack-AuthenticationToken": jwt({ sub: "GH-AUDIT-004" }) };
    await call("POST", `${BASE}/v1/sign/onetime`, { headers: person, body: signBody("First") });
    await call("POST", `${BASE}/v1/sign/onetime`, { headers: person, body: { ...signBody("Second"), format: "JWS" } });
    const log = (await call("GET", `${BASE}/v1/audit/log`, { headers: person })).body as Array<{ signatureType: string; status: { code: string } }>;
    expect(log.map((l) => l.signatureType)).toEqual(["ONETIME", "ONETIME"]);
    expect((await call("GET", `${BASE}/v1/audit/log?end=2000-01-01T00:00:00Z`, { headers: person })).body).toEqual([]);
    const backwards = await call("GET", `${BASE}/v1/audit/log?start=2030-01-01T00:00:00Z&end=2029-01-01T00:00:00Z`, { headers: person });
    expect(backwards.status).toBe(400);
    const other = (await call("GET", `${BASE}/v1/audit/log`, { headers: { "X-GovStack-AuthenticationToken": jwt({ sub: "GH-NOBODY" }) } })).body;
    expect(other).toEqual([]);
  });

  test("the interactive page is HTML that shows the text to sign escaped; the callback answers OK", async () => {
    const q = new URLSearchParams({
      format: "PAdES",
      hash: digest("<b>Deed</b>"),
      hashType: "SHA2-256",
      dataToBeDisplayed: "<b>Deed</b>",
      callbackUrl: "https://service.example/cb",
    });
    const page = await call("GET", `${BASE}/v1/sign/interactivePseudonym?${q}`);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toMatch(/^text\/html/);
    expect(page.text).toContain("Sign: bDeed/b");
    expect(page.text).not.toContain("<b>");
    const noCallback = await call("GET", `${BASE}/v1/sign/interactivePseudonym?format=PAdES&hash=${digest("x")}&hashType=SHA2-256`);
    expect([400, 422]).toContain(noCallback.status);
    const cb = await call("GET", `${BASE}/v1/esignature/callback?signatureId=abc&nonce=n&state=s`);
    expect(cb).toMatchObject({ status: 200, text: "OK" });
  });

  test("the demo fixtures have Amina's active device certificate, usable by pseudonym", async () => {
    const demo = "/mock/ns/esig-demo/e-signature";
    const token = ((await call("GET", `${demo}/v1/token/pseodonym/amina-signs`)).body as { jwt: string }).jwt;
    const asked = await call("POST", `${demo}/v1/sign/pseudonym`, { headers: { "X-Pseodonym-Token": token }, body: signBody("Sale of 10 bags") });
    expect(asked.status).toBe(200);
    expect((await call("GET", `${demo}/v1/token/pseodonym/amina-old-phone`)).status).toBe(200);
  });

  test("the Information Mediator routes to e-Signature under service code v1", async () => {
    const res = await call("GET", "/mock/ns/esig-test/information-mediator/r1/eGovStack/GOV/10000010/e-signature/v1/cert/list", {
      headers: { ...KOFI, "Information-Mediator-Client": "eGovStack/GOV/90000001/portal" },
    });
    expect(res.status).toBe(200);
    expect(Array.isArray(res.body)).toBe(true);
  });
});
