// e-Signature: a device is registered (a certificate issued under a fresh pseudonym), the certificate is
// read back in the person's list, suspended, reactivated and revoked; and a hash is signed by pseudonym and
// collected, while a hash of the wrong length is refused.
import type { CheckContext, CheckDef, Reply } from "../types";
import { expectCall, expectThat, pick, scenario } from "./dsl";

type Listed = { certificateId?: string; status?: { code?: string; message?: string } };

/** Issues a certificate (the contract's example) under a fresh pseudonym. */
async function issueCertificate(ctx: CheckContext): Promise<{ pseudonym: string; made: Reply }> {
  const create = ctx.example("createCertificate");
  const pseudonym = ctx.unique("esig");
  const made = await expectCall(
    ctx,
    "POST",
    "/v1/cert/create",
    { headers: create.headers, body: { ...(create.body as object), pseudonym } },
    200,
    "createCertificate",
  );
  return { pseudonym, made };
}

export function eSignatureScenarios(): CheckDef[] {
  return [
    scenario(
      "certificate-lifecycle",
      "A certificate is issued, listed with its status, suspended with a reason, reactivated and revoked",
      ["ESIG-FN-01", "ESIG-FN-11", "ESIG-FN-12", "ESIG-API-01"],
      async (ctx) => {
        const { pseudonym, made } = await issueCertificate(ctx);
        const id = pick(made.body, "certificateId");
        expectThat(typeof id === "string" && id.length > 0, "An issued certificate has no certificateId.", "a certificateId", made.body);
        expectThat(
          pick(made.body, "pseudonym") === pseudonym,
          "The certificate does not carry the pseudonym asked for.",
          pseudonym,
          pick(made.body, "pseudonym"),
        );
        expectThat(pick(made.body, "status.code") === "ACTIVE", "A new certificate is not ACTIVE.", "ACTIVE", pick(made.body, "status.code"));

        const list = ctx.example("listCertificates");
        const mine = async (filter?: string): Promise<{ reply: Reply; cert?: Listed }> => {
          const reply = await expectCall(ctx, "GET", "/v1/cert/list", { headers: list.headers, query: filter ? { filter } : {} }, 200, "listCertificates");
          const rows = (Array.isArray(reply.body) ? reply.body : []) as Listed[];
          return { reply, cert: rows.find((c) => c.certificateId === id) };
        };
        const listed = await mine();
        expectThat(
          listed.cert?.status?.code === "ACTIVE",
          "The new certificate is not in its owner's list as ACTIVE.",
          { certificateId: id, status: "ACTIVE" },
          listed.cert ?? listed.reply.body,
        );

        const change = ctx.example("updateCertificateStatus");
        const setStatus = (code: string, message: string, status: number | number[]) =>
          expectCall(
            ctx,
            "PATCH",
            `/v1/cert/${encodeURIComponent(String(id))}`,
            { headers: change.headers, body: { status: { code, message } } },
            status,
            "updateCertificateStatus",
          );
        const reason = `Phone lost (${pseudonym})`;
        const suspended = await setStatus("SUSPEND", reason, 200);
        expectThat(pick(suspended.body, "status.code") === "SUSPENDED", "Suspending does not answer SUSPENDED.", "SUSPENDED", suspended.body);
        const onlySuspended = await mine("SUSPENDED");
        expectThat(
          onlySuspended.cert?.status?.code === "SUSPENDED" && onlySuspended.cert.status.message === reason,
          "The suspended certificate is not listed as SUSPENDED with its reason.",
          { code: "SUSPENDED", message: reason },
          onlySuspended.cert?.status ?? onlySuspended.reply.body,
        );
        expectThat(!(await mine("ACTIVE")).cert, "A suspended certificate is still listed among the ACTIVE ones.", "not listed", id);

        const reactivated = await setStatus("ACTIVATE", "Phone found", 200);
        expectThat(pick(reactivated.body, "status.code") === "ACTIVATED", "Reactivating does not answer ACTIVATED.", "ACTIVATED", reactivated.body);
        expectThat((await mine("ACTIVE")).cert?.status?.code === "ACTIVE", "A reactivated certificate is not listed as ACTIVE.", "ACTIVE", id);

        const revoked = await setStatus("REVOKE", "Phone replaced", 200);
        expectThat(pick(revoked.body, "status.code") === "REVOKED", "Revoking does not answer REVOKED.", "REVOKED", revoked.body);
        expectThat((await mine()).cert?.status?.code === "REVOKED", "A revoked certificate is not listed as REVOKED.", "REVOKED", id);
        // A revoked certificate cannot come back.
        await setStatus("ACTIVATE", "Trying again", 400);
      },
    ),
    scenario(
      "sign-by-pseudonym",
      "A hash is signed by pseudonym and collected by its signature id; a hash of the wrong length is refused",
      ["ESIG-FN-04", "ESIG-FN-06", "ESIG-API-01", "ESIG-API-02"],
      async (ctx) => {
        const { pseudonym } = await issueCertificate(ctx);
        const token = await expectCall(ctx, "GET", `/v1/token/pseodonym/${encodeURIComponent(pseudonym)}`, {}, 200, "getPseudonymToken");
        const jwt = pick(token.body, "jwt");
        expectThat(typeof jwt === "string" && jwt.length > 0, "No pseudonym token is answered.", "a jwt", token.body);

        const sign = ctx.example("signWithPseudonym");
        const headers = { ...sign.headers, "X-Pseodonym-Token": String(jwt) };
        const body = sign.body as Record<string, unknown>;
        const nonce = ctx.unique("n");
        const asked = await expectCall(ctx, "POST", "/v1/sign/pseudonym", { headers, body: { ...body, nonce, state: pseudonym } }, 200, "signWithPseudonym");
        const signatureId = pick(asked.body, "signatureId");
        expectThat(typeof signatureId === "string" && signatureId.length > 0, "Signing by pseudonym answers no signature id.", "a signatureId", asked.body);
        expectThat(
          pick(asked.body, "nonce") === nonce && pick(asked.body, "state") === pseudonym,
          "nonce and state do not come back unchanged.",
          { nonce, state: pseudonym },
          asked.body,
        );

        const got = await expectCall(ctx, "GET", `/v1/sign/response/${encodeURIComponent(String(signatureId))}`, {}, 200, "getSignatureResponse");
        expectThat(
          pick(got.body, "status.code") === "OK" && typeof pick(got.body, "signature") === "string" && String(pick(got.body, "signature")).length > 0,
          "The collected signature is not a finished one.",
          "status OK with a signature",
          got.body,
        );

        const short = String(body.hash).slice(0, 40);
        const refused = await expectCall(ctx, "POST", "/v1/sign/pseudonym", { headers, body: { ...body, hash: short } }, 400, "signWithPseudonym");
        expectThat(
          /hash/i.test(String(pick(refused.body, "status.message"))),
          "The refusal of a short hash does not name the hash.",
          "a message naming hash",
          refused.body,
        );
      },
    ),
  ];
}
