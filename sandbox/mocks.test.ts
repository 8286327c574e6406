// HTTP-level tests of every mock BB through the /mock route handler: create, read back, list, errors.
import { beforeAll, describe, expect, test } from "vitest";
import { call, useTempDb, warmContracts } from "./test-helpers";

beforeAll(async () => {
  await useTempDb();
  await warmContracts();
}, 120_000);

const NS = "/mock/ns/mocks-test";
const IMC = { "information-mediator-client": "eGovStack/GOV/90000001/portal" };
const JSON_CT = "application/json; charset=utf-8";

describe("digital-registries", () => {
  test("create, read back, list with filters, update, delete", async () => {
    const created = await call("POST", `${NS}/digital-registries/data/farmers/1.0/create`, {
      headers: IMC,
      body: { write: { content: { id: "FRM-9", firstName: "Zawadi", lastName: "Otieno" } } },
    });
    expect(created.status).toBe(200);
    expect(created.headers.get("content-type")).toBe(JSON_CT);
    expect(created.headers.get("x-sandbox-mock")).toBe("digital-registries@1.4.0");
    const read = await call("POST", `${NS}/digital-registries/data/farmers/1.0/read`, { headers: IMC, body: { query: { content: { firstName: "Zawadi" } } } });
    expect(read.body).toEqual({ content: { id: "FRM-9", firstName: "Zawadi", lastName: "Otieno" } });
    const list = await call("GET", `${NS}/digital-registries/data/farmers/1.0?search=Zawadi&filter=firstName`, { headers: IMC });
    expect(list.body).toMatchObject({ count: 1, results: [{ id: "FRM-9" }] });
    const updated = await call("PUT", `${NS}/digital-registries/data/farmers/1.0/update`, {
      headers: IMC,
      body: { query: { content: { id: "FRM-9" } }, write: { content: { lastName: "Kamau" } } },
    });
    expect(updated.status).toBe(200);
    expect(
      (await call("POST", `${NS}/digital-registries/data/farmers/1.0/exists`, { headers: IMC, body: { query: { content: { lastName: "Kamau" } } } })).body,
    ).toMatchObject({ answer: { status: true } });
    expect((await call("DELETE", `${NS}/digital-registries/data/farmers/1.0/FRM-9/delete`, { headers: IMC })).status).toBe(204);
    const gone = await call("POST", `${NS}/digital-registries/data/farmers/1.0/read`, { headers: IMC, body: { query: { content: { id: "FRM-9" } } } });
    expect(gone.status).toBe(404);
    expect(gone.body).toEqual({ detail: "no record found" });
  });
  test("a bad body is a 400 naming the field; suite spellings work", async () => {
    const bad = await call("POST", `${NS}/digital-registries/data/farmers/1.0/create`, { headers: IMC, body: { write: {} } });
    expect(bad.status).toBe(400);
    expect(String((bad.body as { detail: string }).detail)).toContain("write.content");
    const suite = await call("POST", `${NS}/digital-registries/data/registryname/111/exists`, {
      headers: IMC,
      body: { ID: "EE123627348834", FirstName: "John", LastName: "Bon", BirthCertificateID: "RR-3334537999" },
    });
    expect(suite.body).toMatchObject({ answer: { status: true } });
    const value = await call("GET", `${NS}/digital-registries/data/registryname/111/80bcb084-fa17-11ed-be56-0242ac120002/read-value/FirstName.json`, {
      headers: IMC,
    });
    expect(value.body).toBe("Billy");
    const usage = await call("GET", `${NS}/digital-registries/data/MyPersonalDataUsage/1.0?userID=...&DatabaseID=MCTS`, { headers: IMC });
    expect(usage.status).toBe(400);
  });
});

describe("registration", () => {
  test("submit an application, read it, list it, complete its task", async () => {
    const sub = await call("POST", `${NS}/registration/services/svc-cash-transfer/applications`, {
      headers: IMC,
      body: { applicantId: "GHA-403344556-8", formData: { eFormId: "form-household", data: { members: 3 } } },
    });
    expect(sub.status).toBe(200);
    const fileId = (sub.body as { fileId: string }).fileId;
    expect((await call("GET", `${NS}/registration/applications/${fileId}`, { headers: IMC })).body).toMatchObject({ fileId, status: { code: "PENDING" } });
    const list = (await call("GET", `${NS}/registration/applications?applicantId=GHA-403344556-8`, { headers: IMC })).body as unknown[];
    expect(list).toHaveLength(1);
    const tasks = (await call("GET", `${NS}/registration/tasks?fileId=${fileId}`)).body as Array<{ taskId: string }>;
    const done = await call("POST", `${NS}/registration/tasks/${tasks[0]!.taskId}/complete`, { body: { data: { decision: "REJECTED" } } });
    expect(done.body).toMatchObject({ status: { code: "REJECTED" } });
    expect((await call("GET", `${NS}/registration/applications/${fileId}`, { headers: IMC })).body).toMatchObject({
      status: { code: "REJECTED" },
      ended: true,
    });
  });
  test("errors: unknown ids, missing applicant, bad statistics header", async () => {
    const missing = await call("GET", `${NS}/registration/tasks/n0t-ex1st1ng-task`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get("content-type")).toBe(JSON_CT);
    const bad = await call("POST", `${NS}/registration/services/svc-cash-transfer/applications`, { headers: IMC, body: {} });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: "400" });
    expect(String((bad.body as { message: string }).message)).toContain("applicantId");
    expect(
      (await call("GET", `${NS}/registration/data/statistics/1.0`, { headers: { "information-mediator-client": "eGovStack/GOV/90000009/" } })).status,
    ).toBe(400);
    expect((await call("GET", `${NS}/registration/data/statistics?registrationName=n0tex1st`, { headers: IMC })).status).toBe(404);
    expect((await call("POST", `${NS}/registration/documents`, { form: { file: "hello" } })).status).toBe(200);
    expect((await call("POST", `${NS}/registration/documents`, { form: {} })).status).toBe(400);
  });
});

describe("workflow", () => {
  test("create a process, start it, stop the instance (spec and suite paths)", async () => {
    const p = await call("POST", `${NS}/workflow/processes`, { body: { name: "Test", type: "Public", version: "1" } });
    expect(p.status).toBe(201);
    const id = (p.body as { id: string }).id;
    const started = await call("POST", `${NS}/workflow/processes/${id}/start`, { body: { processStartedBy: "tester" } });
    expect(started.body).toMatchObject({ processRef: id, state: "ACTIVE", ended: false });
    expect((await call("GET", `${NS}/workflow/instances/?processId=${id}`)).body).toHaveLength(1);
    const stopped = await call("POST", `${NS}/workflow/processes/${id}/stop`);
    expect(stopped.body).toMatchObject({ ended: true, state: "EXTERNALLY_TERMINATED" });
    expect((await call("POST", `${NS}/workflow/processes`, { body: { name: "" } })).status).toBe(400);
    expect((await call("GET", `${NS}/workflow/processes/nope`)).status).toBe(404);
  });
});

describe("scheduling", () => {
  test("form-exploded qry: create, modify, list, delete an appointment", async () => {
    const base = `${NS}/scheduling/appointment`;
    const auth = "requestor_id=sona&request_token=tok";
    const details = encodeURIComponent(JSON.stringify({ event_ids: ["event_id:12345"], participant_type: "subscriber", participant_id: "subscriber_id:701" }));
    const created = await call("POST", `${base}/new?${auth}&appointment_details=${details}`);
    expect(created.status).toBe(200);
    const id = created.body as string;
    expect(id).toMatch(/^appointment_id:/);
    expect((await call("PUT", `${base}/modifications?${auth}&appointment_id=${encodeURIComponent(id)}&details[status]=confirmed`)).status).toBe(200);
    const list = (await call("GET", `${base}/list_details?${auth}&qry={}`)).body as Array<{ appointment_id: string; details: Record<string, unknown> }>;
    expect(list.find((a) => a.appointment_id === id)?.details.status).toBe("confirmed");
    expect((await call("DELETE", `${base}?${auth}&appointment_id=${encodeURIComponent(id)}`)).status).toBe(200);
    expect((await call("DELETE", `${base}?${auth}&appointment_id=${encodeURIComponent(id)}`)).status).toBe(404);
    expect((await call("POST", `${base}/new?request_token=x`)).status).toBe(400);
  });
});

describe("messaging", () => {
  const KEY = { api_key: "abcdef12345" };
  test("send, then status echoes exactly the requested keys", async () => {
    const sent = await call("POST", `${NS}/messaging/send/email/single`, {
      headers: KEY,
      body: {
        senderInfo: { email: "clinic@example.org" },
        recipientInfo: { email: "sowmya@example.org" },
        emailContent: { title: "Reminder", content: "Visit tomorrow" },
      },
    });
    expect(sent.status).toBe(200);
    const uid = (sent.body as { requestUID: string }).requestUID;
    expect(uid).toBeTruthy();
    const status = await call("GET", `${NS}/messaging/status/email?status[]=delivered&status[]=not%20sent`, { headers: { ...KEY, requestUID: uid } });
    expect(status.body).toEqual({ delivered: 1, "not sent": 0 });
  });
  test("everything wrong is a 405 with the JSON content type", async () => {
    const wrong = await call("GET", `${NS}/messaging/send/email/single`, { headers: KEY });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get("allow")).toBe("POST");
    expect(wrong.headers.get("content-type")).toBe(JSON_CT);
    expect((await call("POST", `${NS}/messaging/send/email/single`, { body: { a: 1 } })).status).toBe(405);
    expect((await call("POST", `${NS}/messaging/send/email/single`, { headers: KEY })).status).toBe(405);
    expect((await call("GET", `${NS}/messaging/status/email`, { headers: { ...KEY, requestUID: "x" } })).status).toBe(405);
  });
});

describe("consent", () => {
  test("suite reads, ID syntax, consent records and the refused fault", async () => {
    expect((await call("GET", `${NS}/consent/service/policy/1/`)).body).toMatchObject({ policy: { id: "1" }, revision: { objectId: "1" } });
    expect((await call("GET", `${NS}/consent/config/data-agreement/1/`)).body).toMatchObject({ dataAgreement: { id: "1" } });
    expect((await call("GET", `${NS}/consent/config/data-agreement/invalid_id/`)).status).toBe(400);
    expect((await call("GET", `${NS}/consent/config/data-agreement/123!%40%23/`)).status).toBe(400);
    const rec = await call("POST", `${NS}/consent/service/individual/record/data-agreement/1/?individualId=1`);
    expect(rec.body).toMatchObject({ consentRecord: { optIn: true, state: "signed" } });
    const list = await call("GET", `${NS}/consent/service/verification/consent-records/?individualId=1`);
    expect((list.body as { consentRecords: unknown[] }).consentRecords.length).toBeGreaterThan(0);
  });
});

describe("payments", () => {
  const H = { "x-correlationid": "c-1", "platform-tenantid": "sandbox", "x-callback-url": "https://example.org/cb" };
  test("batch then detail; beneficiary register then lookup", async () => {
    const batch = await call("POST", `${NS}/payments/batchtransactions?type=raw`, {
      headers: H,
      body: [
        {
          requestId: "r1",
          creditParty: [{ key: "msisdn", value: "+000 555 0142" }],
          debitParty: [{ key: "accountNumber", value: "T1" }],
          paymentMode: "mobile",
          amount: 10,
          currency: "USD",
        },
        {
          requestId: "r2",
          creditParty: [{ key: "msisdn", value: "closed-account" }],
          debitParty: [{ key: "accountNumber", value: "T1" }],
          paymentMode: "mobile",
          amount: 10,
          currency: "USD",
        },
      ],
    });
    expect(batch.status).toBe(202);
    const batchId = (batch.body as { batchId: string }).batchId;
    const detail = (await call("GET", `${NS}/payments/api/v1/batch/detail?batchId=${batchId}`, { headers: H })).body as Array<{ status: string }>;
    expect(detail.map((d) => d.status)).toEqual(["COMPLETED", "FAILED"]);
    const reg = await call("POST", `${NS}/payments/identityAccountMapper/beneficiary`, {
      headers: { "x-callback-url": "https://example.org", "x-registering-institution-id": "sandbox" },
      body: { RequestID: "REQ000000001", Beneficiaries: [{ payeeIdentity: "TZ402233445566", paymentModality: "02", financialAddress: "+000 555 0102" }] },
    });
    expect(reg.body).toMatchObject({ responseCode: "00" });
    const look = await call("GET", `${NS}/payments/beneficiary/?payeeIdentity=TZ402233445566&requestId=r`, {
      headers: { "x-callback_url": "x", registeringinstitutionid: "s" },
    });
    expect(look.body).toMatchObject({ paymentModalityList: [{ financialAddress: "+000 555 0102" }] });
  });
  test("legacy voucher codes, stateful double cancellation", async () => {
    expect(
      (
        await call("POST", `${NS}/payments/vouchers/voucher_preactivation`, {
          body: { voucher_amount: 15.21, voucher_currency: "AED", voucher_group: "G1", Gov_Stack_BB: "registration" },
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await call("POST", `${NS}/payments/vouchers/voucher_preactivation`, {
          body: { voucher_amount: 15.21, voucher_currency: "000", voucher_group: "G1", Gov_Stack_BB: "registration" },
        })
      ).status,
    ).toBe(453);
    expect((await call("POST", `${NS}/payments/vouchers/voucher_preactivation`, { body: {} })).status).toBe(400);
    expect((await call("GET", `${NS}/payments/vouchers/voucherstatuscheck/6002`)).status).toBe(459);
    const cancel = () =>
      call("PATCH", `${NS}/payments/vouchers/voucherstatuscheck/60001`, { body: { voucherserialnumber: "60001", Gov_Stack_BB: "registration" } });
    expect((await cancel()).status).toBe(200);
    const second = await cancel();
    expect(second.status).toBe(464);
    expect(second.body).toMatchObject({ message: expect.any(String) });
    expect((await call("POST", `${NS}/payments/bulk-payment`, { body: { RequestID: "invalid" } })).status).toBe(400);
  });
});

describe("identity", () => {
  const client = (clientId: string, extra: Record<string, unknown> = {}) => ({
    requestTime: "2025-01-01T00:00:00.000Z",
    request: {
      clientId,
      clientName: "Health",
      relyingPartyId: "rp",
      logoUri: "https://x/l.png",
      redirectUris: ["https://x/cb"],
      authContextRefs: ["idbb:acr:generated-code"],
      publicKey: { kty: "RSA", n: "abc", e: "AQAB" },
      userClaims: ["name"],
      grantTypes: ["authorization_code"],
      clientAuthMethods: ["private_key_jwt"],
      ...extra,
    },
  });
  test("client registry: create, duplicate, business errors as HTTP 200", async () => {
    expect((await call("POST", `${NS}/identity/client-mgmt/oidc-client`, { body: client("e-health-service") })).body).toMatchObject({
      errors: [],
      response: { clientId: "e-health-service" },
    });
    const dup = await call("POST", `${NS}/identity/client-mgmt/oidc-client`, { body: client("e-health-service", { clientName: "Another" }) });
    expect(dup.status).toBe(200);
    expect(dup.body).toMatchObject({ errors: [{ errorCode: "duplicate_client_id" }] });
    expect((await call("POST", `${NS}/identity/client-mgmt/oidc-client`, { body: client("x", { authContextRefs: ["idbb:acr:invalid"] }) })).body).toMatchObject(
      { errors: [{ errorCode: "invalid_acr" }] },
    );
    expect(
      (
        await call("PUT", `${NS}/identity/client-mgmt/oidc-client/e-service`, {
          body: {
            ...client("e-service", { status: "ACTIVE" }),
            request: { ...client("e-service").request, status: "ACTIVE", clientId: undefined, relyingPartyId: undefined, publicKey: undefined },
          },
        })
      ).body,
    ).toMatchObject({ errors: [{ errorCode: "invalid_client_id" }] });
  });
  test("token errors in order, then success", async () => {
    expect((await call("POST", `${NS}/identity/oauth/token`, { form: {} })).body).toMatchObject({ error: "invalid_payload" });
    expect(
      (await call("POST", `${NS}/identity/oauth/token`, { form: { grant_type: "authorization_code", code: "c", client_id: "e-health-service" } })).body,
    ).toMatchObject({ error: "invalid_redirect_uri" });
    const ok = await call("POST", `${NS}/identity/oauth/token`, {
      form: {
        grant_type: "authorization_code",
        code: "c",
        client_id: "e-health-service",
        redirect_uri: "https://x",
        client_assertion_type: "jwt",
        client_assertion: "a",
      },
    });
    expect(ok.body).toMatchObject({ token_type: "Bearer", expires_in: 0 });
    const info = await call("GET", `${NS}/identity/oidc/userinfo`);
    expect(info.headers.get("content-type")).toBe("application/jwt; charset=utf-8");
  });
  test("linked authorization flow is stateful", async () => {
    const H = { "x-xsrf-token": "X-XSRF-TOKEN" };
    const t = "2025-01-01T00:00:00.000Z";
    const code = await call("POST", `${NS}/identity/linked-authorization/link-code`, {
      headers: H,
      body: { requestTime: t, request: { transactionId: "transactionId01" } },
    });
    const linkCode = (code.body as { response: { linkCode: string } }).response.linkCode;
    const tx = await call("POST", `${NS}/identity/linked-authorization/link-transaction`, { body: { requestTime: t, request: { linkCode } } });
    const ltx = (tx.body as { response: { linkTransactionId: string } }).response.linkTransactionId;
    expect(
      (
        await call("POST", `${NS}/identity/linked-authorization/authenticate`, {
          body: { requestTime: t, request: { linkedTransactionId: ltx, individualId: "05a5eecd-8b70-480d-9662-b2e63e4bafdb", challengeList: [] } },
        })
      ).body,
    ).toMatchObject({ errors: [{ errorCode: "invalid_no_of_challenges" }] });
    expect(
      (
        await call("POST", `${NS}/identity/linked-authorization/authenticate`, {
          body: {
            requestTime: t,
            request: {
              linkedTransactionId: ltx,
              individualId: "05a5eecd-8b70-480d-9662-b2e63e4bafdb",
              challengeList: [{ authFactorType: "PIN", challenge: "password", format: "alpha-numeric" }],
            },
          },
        })
      ).body,
    ).toMatchObject({ errors: [] });
    expect(
      (await call("POST", `${NS}/identity/linked-authorization/consent`, { body: { requestTime: t, request: { linkedTransactionId: ltx } } })).body,
    ).toMatchObject({ errors: [] });
    const first = await call("POST", `${NS}/identity/linked-authorization/link-auth-code`, {
      body: { requestTime: t, request: { transactionId: "transactionId01", linkedCode: linkCode } },
    });
    expect(first.body).toMatchObject({ errors: [], response: { code: expect.any(String) } });
    // Polling again for the same link returns the same code (the spec's cached answer).
    expect(
      (
        await call("POST", `${NS}/identity/linked-authorization/link-auth-code`, {
          body: { requestTime: t, request: { transactionId: "transactionId01", linkedCode: linkCode } },
        })
      ).body,
    ).toMatchObject({ errors: [], response: { code: (first.body as { response: { code: string } }).response.code } });
  });
});

describe("e-marketplace", () => {
  const ctx = (action: string) => ({
    domain: "agri",
    action,
    version: "1.0",
    bap_id: "buyer",
    bap_uri: "https://buyer.example",
    transaction_id: "tx-1",
    message_id: "m-1",
    timestamp: "2025-01-01T00:00:00Z",
  });
  test("catalogue CRUD and an acknowledged buyer flow", async () => {
    const added = await call("POST", `${NS}/e-marketplace/catalog/Item`, {
      body: { id: "item-sorghum", descriptor: { name: "Sorghum" }, price: { currency: "USD", value: "12.00" } },
    });
    expect(added.status).toBe(200);
    expect((await call("GET", `${NS}/e-marketplace/catalog/Item/item-sorghum`)).body).toMatchObject({ id: "item-sorghum" });
    expect((await call("POST", `${NS}/e-marketplace/search`, { body: { context: ctx("search"), message: { intent: {} } } })).body).toEqual({
      message: { ack: { status: "ACK" } },
    });
    const nack = await call("POST", `${NS}/e-marketplace/search`, { body: { context: {}, message: {} } });
    expect(nack.body).toMatchObject({ message: { ack: { status: "NACK" } } });
    expect((await call("DELETE", `${NS}/e-marketplace/catalog/Item/item-sorghum`)).status).toBe(200);
    expect((await call("GET", `${NS}/e-marketplace/catalog/Item/item-sorghum`)).status).toBe(404);
  });
});

describe("every mock", () => {
  test("unknown routes are JSON 404s, unknown BBs too", async () => {
    for (const bb of [
      "identity",
      "registration",
      "digital-registries",
      "payments",
      "consent",
      "workflow",
      "scheduling",
      "e-marketplace",
      "information-mediator",
    ]) {
      const r = await call("GET", `${NS}/${bb}/no/such/route`);
      expect(r.status, bb).toBe(404);
      expect(r.headers.get("content-type"), bb).toBe(JSON_CT);
    }
    expect((await call("GET", "/mock/no-such-bb/x")).status).toBe(404);
    expect((await call("GET", "/mock/ns/BAD NS/identity/x")).status).toBe(400);
  });
  test("a body above the size cap is refused with 413", async () => {
    const big = "x".repeat(70 * 1024);
    expect((await call("POST", `${NS}/workflow/processes`, { body: { name: big, type: "Public", version: "1" } })).status).toBe(413);
  });
  test("a body nested thousands of levels deep is a 400 naming the body, not a stack overflow", async () => {
    const deep = `{"content":${"[".repeat(20_000)}${"]".repeat(20_000)}}`;
    for (const path of ["payments/callback", "workflow/processes"]) {
      const r = await call("POST", `${NS}/${path}`, { raw: deep, headers: { "content-type": "application/json" } });
      expect(r.status, path).toBe(400);
      expect(r.text, path).toContain("body: nests deeper than 64 levels");
    }
    // JSON inside a query parameter (a URL of about 12 KB) gets the same limit.
    const deepQuery = encodeURIComponent(`{"a":${"[".repeat(6000)}${"]".repeat(6000)}}`);
    const scheduled = await call("POST", `${NS}/scheduling/appointment/new?qry=${deepQuery}`);
    expect(scheduled.status).toBe(400);
    const mailed = await call("POST", `${NS}/messaging/send/email/single?body=${deepQuery}`, { headers: { apikey: "k" } });
    expect(mailed.status).toBe(405);
    expect(mailed.text).toContain("nests deeper than 64 levels");
  });
  test("malformed percent-encoding in a cookie is read as it is, not a 500", async () => {
    expect((await call("GET", "/mock/payments/healthcheck", { headers: { cookie: "sandbox_ns=%ZZ" } })).body).toMatchObject({ namespace: "default" });
    const linkCode = await call("POST", "/mock/ns/suite-cookie/identity/linked-authorization/link-code", {
      body: { requestTime: "2025-06-01T10:00:00.000Z", request: { transactionId: "transactionId01" } },
      headers: { cookie: "XSRF-TOKEN=%E0%A4%A", "x-xsrf-token": "%E0%A4%A" },
    });
    expect(linkCode.status).toBe(200);
    expect(linkCode.body).toMatchObject({ errors: [], response: { transactionId: "transactionId01" } });
  });
  test("a {field}.{ext} path whose ext ends in a %-escape is a 400 naming ext", async () => {
    for (const ext of ["%C3%A9", "json%7B%7D"]) {
      const r = await call("GET", `${NS}/digital-registries/data/farmers/1.0/FRM-1/read-value/firstName.${ext}`);
      expect(r.status, ext).toBe(400);
      expect(r.text, ext).toContain("path.ext");
    }
  });
});
