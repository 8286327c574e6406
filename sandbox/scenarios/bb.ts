// Request builders for the mock BBs: each returns a contract-valid call, so scenarios read as a story.
import type { CallResult } from "../client";
import type { CallOpts, ScenarioContext } from "./types";

const obj = (v: unknown): Record<string, unknown> => (v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

/** The response body as an object ({} when it is not one). */
export const bodyOf = (r: CallResult) => obj(r.body);

/** Whether a call succeeded (2xx). */
export const ok = (r: CallResult) => r.status >= 200 && r.status < 300;

/** A short correlation id for Payments headers and request ids (≤ 12 chars). */
export const shortId = () => crypto.randomUUID().replace(/-/g, "").slice(0, 12);

/** A synthetic e-mail address standing in for an SMS to a phone (Messaging covers e-mail only). */
export function smsAddress(phone: unknown): string {
  const digits = String(phone ?? "").replace(/\D/g, "") || "000";
  return `sms-${digits}@sms.sandbox.example`;
}

/** A person's e-mail in the sandbox, from a name. */
export function emailOf(name: unknown): string {
  return `${
    String(name ?? "user")
      .toLowerCase()
      .replace(/[^a-z]+/g, ".")
      .replace(/^\.|\.$/g, "") || "user"
  }@sandbox.example`;
}

// ---- Messaging -------------------------------------------------------------------------------

/** Sends one message (single) or the same message to several recipients (batch). */
export function sendMessage(s: ScenarioContext, to: string[], title: string, content: string, batch = false) {
  const body = {
    senderInfo: { email: "programme@sandbox.example", organisationName: "Sandbox Government" },
    recipientInfo: batch ? { batchEmailAsBase64: Buffer.from(to.map((t) => `${t},${t.split("@")[0]}`).join(";")).toString("base64") } : { email: to[0] },
    emailContent: { encoding: "UTF-8", title: title.slice(0, 200), content },
  };
  return s.call("messaging", "POST", batch ? "/send/email/batch" : "/send/email/single", { body, headers: { apiKey: "sandbox-key" } });
}

// ---- Scheduler -------------------------------------------------------------------------------

/** Creates a Scheduler record (alert_schedule, appointment, event, subscriber, message); returns its id. */
export async function schedule(s: ScenarioContext, resource: string, details: Record<string, unknown>) {
  const r = await s.call("scheduling", "POST", `/${resource}/new`, {
    query: {
      requestor_id: "portal",
      request_token: "sandbox-token",
      [resource === "event" ? "details" : `${resource}_details`]: JSON.stringify(withRequired(resource, details)),
    },
  });
  return { res: r, id: typeof r.body === "string" ? r.body : "" };
}

/** Adds the links the Scheduler contract requires for a resource (host of an event, event of an appointment). */
function withRequired(resource: string, details: Record<string, unknown>) {
  if (resource === "event") {
    const from = typeof details.from === "string" ? details.from : "2026-06-01T08:00:00Z";
    const to = new Date(Date.parse(from) + 3600_000).toISOString().replace(".000", "");
    return { host_entity_id: "entity_id:301", slots: [{ from, to }], ...details };
  }
  if (resource === "appointment")
    return {
      event_ids: ["event_id:12345"],
      participant_type: "subscriber",
      participant_id: "subscriber_id:701",
      participant_entity_id: "entity_id:301",
      ...details,
    };
  return details;
}

/** Lists Scheduler records of a resource. */
export function scheduleList(s: ScenarioContext, resource: string) {
  return s.call("scheduling", "GET", `/${resource}/list_details`, {
    query: { requestor_id: "portal", request_token: "sandbox-token", [`${resource}_filter`]: "{}" },
  });
}

// ---- Workflow --------------------------------------------------------------------------------

/** Starts a Workflow process; returns the instance id. */
export async function startProcess(s: ScenarioContext, processId: string, by: string, values: Record<string, unknown> = {}) {
  const r = await s.call("workflow", "POST", `/processes/${processId}/start`, {
    body: { processStartedBy: by, InstanceValues: Object.entries(values).map(([code, value]) => ({ code, value: String(value ?? "") })) },
  });
  return { res: r, id: String(bodyOf(r).id ?? "") };
}

// ---- Digital Registries ----------------------------------------------------------------------

const reg = (registry: string, op: string) => `/data/${registry}/1.0/${op}`;

/** Creates a record; when its id already exists (a re-run), updates it instead. */
export async function registryUpsert(s: ScenarioContext, registry: string, content: Record<string, unknown>) {
  const r = await s.call("digital-registries", "POST", reg(registry, "create"), { body: { write: { content } } });
  if (r.status === 400 && /already exists/.test(JSON.stringify(r.body))) return registryUpdate(s, registry, { id: content.id }, content);
  return r;
}

export const registryExists = async (s: ScenarioContext, registry: string, query: Record<string, unknown>) => {
  const r = await s.call("digital-registries", "POST", reg(registry, "exists"), { body: { query: { content: query } } });
  return { res: r, found: obj(bodyOf(r).answer).status === true };
};

export const registryRead = async (s: ScenarioContext, registry: string, query: Record<string, unknown>) => {
  const r = await s.call("digital-registries", "POST", reg(registry, "read"), { body: { query: { content: query } } });
  return { res: r, record: ok(r) ? obj(bodyOf(r).content) : undefined };
};

export const registryUpdate = (s: ScenarioContext, registry: string, query: Record<string, unknown>, write: Record<string, unknown>) =>
  s.call("digital-registries", "PUT", reg(registry, "update"), { body: { query: { content: query }, write: { content: write } } });

// ---- Registration ----------------------------------------------------------------------------

type FileRow = { fileId: string; applicantId: string; status?: { code?: string }; applicationData?: Record<string, unknown> };

/** Submits an application; returns the new file id. */
export async function submitApplication(s: ScenarioContext, serviceId: string, applicantId: string, name: string, data: Record<string, unknown>) {
  const r = await s.call("registration", "POST", `/services/${serviceId}/applications`, {
    body: { applicantId, applicationName: `${name} (journey player)`, formData: { data: { ...data, source: "journey-player" } } },
  });
  return { res: r, fileId: String(bodyOf(r).fileId ?? "") };
}

/**
 * The newest application a visitor made for a service in this namespace (read back from the
 * Registration BB, so a step page opened directly still finds what an earlier step created).
 */
export async function latestApplication(s: ScenarioContext, serviceId: string): Promise<FileRow | undefined> {
  const r = await s.call("registration", "GET", "/applications", { query: { serviceId, sortBy: "created", sortOrder: "desc", maxResult: "20" } });
  const rows = Array.isArray(r.body) ? (r.body as FileRow[]) : [];
  const own = rows.find((f) => !String(f.fileId).startsWith("file-"));
  if (!own) return undefined;
  const full = await s.call("registration", "GET", `/applications/${own.fileId}`);
  return ok(full) ? (full.body as FileRow) : own;
}

/**
 * The latest application file of a service with its form data, running the step that registers the
 * applicant first when there is none. Undefined when even that leaves no file.
 */
export async function applicantOf(s: ScenarioContext, serviceId: string, registerStep: string) {
  let file = await latestApplication(s, serviceId);
  if (!file) {
    await s.prerequisite(registerStep);
    file = await latestApplication(s, serviceId);
  }
  if (!file) return undefined;
  const data = (file.applicationData?.formData as { data?: Record<string, unknown> } | undefined)?.data ?? {};
  return { file, nationalId: file.applicantId, data };
}

/**
 * {@link applicantOf}, for steps that cannot go on without the file.
 * @throws when the registering step left no file.
 */
export async function registeredApplicant(s: ScenarioContext, serviceId: string, registerStep: string) {
  const applicant = await applicantOf(s, serviceId, registerStep);
  if (!applicant) throw new Error("registration prerequisite failed");
  return applicant;
}

/** The open review task of an application file. */
export async function taskOf(s: ScenarioContext, fileId: string): Promise<string | undefined> {
  const r = await s.call("registration", "GET", "/tasks", { query: { fileId } });
  const rows = Array.isArray(r.body) ? (r.body as { taskId: string }[]) : [];
  return rows[0]?.taskId;
}

/** Completes a review task with a decision (APPROVED, REJECTED or SENDBACK). */
export const completeTask = (s: ScenarioContext, taskId: string, decision: "APPROVED" | "REJECTED" | "SENDBACK", data: Record<string, unknown> = {}) =>
  s.call("registration", "POST", `/tasks/${taskId}/complete`, { body: { data: { decision, ...data } } });

/** Adds values to an application file. */
export const updateApplication = (s: ScenarioContext, file: FileRow, values: Record<string, unknown>) =>
  s.call("registration", "PUT", `/applications/${file.fileId}`, {
    body: { applicantId: file.applicantId, formData: { data: { ...obj(obj(file.applicationData?.formData).data), ...values } } },
  });

export const statistics = (s: ScenarioContext) => s.call("registration", "GET", "/data/statistics");

// ---- Consent ---------------------------------------------------------------------------------

/**
 * Records the individual's answer to a data agreement. A "no" is saved as a record with optIn
 * false (the sandbox's consent-refused switch does the same for every new record).
 */
export async function recordConsent(s: ScenarioContext, agreementId: string, nationalId: string, agrees: boolean) {
  const individualId = await consentIndividual(s, nationalId);
  const r = await s.call("consent", "POST", `/service/individual/record/data-agreement/${agreementId}/`, { query: { individualId } });
  const rec = obj(bodyOf(r).consentRecord);
  let optIn = rec.optIn === true;
  if (ok(r) && !agrees && optIn) {
    // The contract takes the whole record back, with the answer changed; if the update fails, the "yes" stands.
    const u = await s.call("consent", "PUT", `/service/individual/record/consent-record/${String(rec.id)}/`, {
      body: { consentRecord: { ...rec, optIn: false } },
    });
    if (ok(u)) optIn = obj(bodyOf(u).consentRecord).optIn === true;
  }
  return { res: r, optIn, recordId: String(rec.id ?? "") };
}

/** The Consent BB's id for a person with this national ID (registering them on first use). */
export async function consentIndividual(s: ScenarioContext, nationalId: string): Promise<string> {
  const list = await s.call("consent", "GET", "/service/individuals/", { query: { limit: "100" } });
  const rows = (Array.isArray(bodyOf(list).individuals) ? bodyOf(list).individuals : []) as Record<string, unknown>[];
  const known = rows.find((i) => i.externalId === nationalId);
  if (known) return String(known.id);
  const made = await s.call("consent", "POST", "/service/individual/", {
    body: { individual: { id: "0", externalId: nationalId, externalIdType: "national-id", identityProviderId: "identity" } },
  });
  return String(obj(bodyOf(made).individual).id ?? "0");
}

/** Whether the individual has a signed "yes" for the agreement (newest record wins). */
export async function consentGiven(s: ScenarioContext, nationalId: string, agreementId: string) {
  const individualId = await consentIndividual(s, nationalId);
  const r = await s.call("consent", "GET", "/service/verification/consent-records/", { query: { individualId, dataAgreementId: agreementId, limit: "100" } });
  const rows = (Array.isArray(bodyOf(r).consentRecords) ? bodyOf(r).consentRecords : []) as Record<string, unknown>[];
  const last = rows.at(-1);
  return { res: r, known: rows.length > 0, optIn: last?.optIn === true };
}

// ---- Identity --------------------------------------------------------------------------------

/** OIDC sign-in of a staff member or citizen: authorize, then exchange the code for a token. */
export async function signIn(s: ScenarioContext, clientId: string, withToken = true) {
  const a = await s.call("identity", "GET", "/authorize", {
    query: { scope: "openid profile", response_type: "code", client_id: clientId, redirect_uri: "https://portal.sandbox.example/callback", state: "journey" },
  });
  if (!withToken) return { ok: ok(a), res: a };
  const t = await s.call("identity", "POST", "/oauth/token", {
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: {
      grant_type: "authorization_code",
      code: `code-${shortId()}`,
      client_id: clientId,
      client_assertion_type: "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
      client_assertion: "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJzYW5kYm94In0.c2lnbmF0dXJl",
      redirect_uri: "https://portal.sandbox.example/callback",
    },
  });
  return { ok: ok(t), res: t };
}

// ---- Payments --------------------------------------------------------------------------------

const payHeaders = () => ({
  "X-CorrelationID": shortId(),
  "Platform-TenantId": "sandbox",
  "X-Platform-TenantId": "sandbox",
  "X-Callback-URL": "https://portal.sandbox.example/payments/callback",
  "X-billerId": "SANDBOX",
  "X-Registering-Institution-ID": "SANDBOX-MIN",
});

/** Registers a beneficiary's payment address in the ID-account mapper. */
export const registerBeneficiary = (s: ScenarioContext, payeeIdentity: string, modality: "00" | "01" | "02" | "03" | "04", address: string) =>
  s.call("payments", "POST", "/identityAccountMapper/beneficiary", {
    headers: payHeaders(),
    body: {
      RequestID: shortId(),
      Beneficiaries: [{ payeeIdentity: payeeIdentity.slice(0, 20), PaymentModality: modality, FinancialAddress: address.slice(0, 30) }],
    },
  });

/** Submits a bulk payment and reads back its detail. */
export async function payBatch(s: ScenarioContext, payees: string[], amount: number, currency: string, note: string) {
  const body = payees.map((p) => ({
    requestId: shortId(),
    creditParty: [{ key: "msisdn", value: p.slice(0, 50) }],
    debitParty: [{ key: "accountNumber", value: "TREASURY-001" }],
    paymentMode: "mobile-money",
    amount,
    currency,
    descriptionText: note.slice(0, 50),
  }));
  const r = await s.call("payments", "POST", "/batchtransactions", { query: { type: "raw" }, headers: payHeaders(), body });
  const batchId = String(bodyOf(r).batchId ?? "");
  if (!ok(r) || !batchId) return { res: r, batchId, transfers: [] as Record<string, unknown>[] };
  const d = await s.call("payments", "GET", "/api/v1/batch/detail", { query: { batchId }, headers: payHeaders() });
  return { res: r, batchId, transfers: (Array.isArray(d.body) ? d.body : []) as Record<string, unknown>[] };
}

/** A request to pay (escrow or bill) from a payer's mobile-money address. */
export const requestToPay = (s: ScenarioContext, rtpId: number, billId: string, payerAddress: string, amount: number) =>
  s.call("payments", "POST", "/rtpRequest", {
    headers: payHeaders(),
    body: {
      requestId: shortId(),
      rtpId,
      billID: billId.slice(0, 10),
      requestType: "00",
      payerFiDetails: { payerFIBIC: "SANDBOXMM", financialAddress: payerAddress.slice(0, 30) },
      billDetails: { billerName: "Market", amount: Math.round(amount) },
    },
  });

/** Reports the outcome of a request to pay (COM completes, RJC rejects). */
export const settleRequestToPay = (s: ScenarioContext, rtpId: number, status: "COM" | "RJC" | "PND") =>
  s.call("payments", "POST", `/transferRequests/${rtpId}`, { headers: payHeaders(), body: { rtpId, RequestId: shortId(), requestStatus: status } });

/** The current status of a request to pay (requestStatus PND, COM, RJC, EXP or CAN). */
export const requestToPayStatus = (s: ScenarioContext, rtpId: number) => s.call("payments", "GET", `/transferRequests/${rtpId}`, { headers: payHeaders() });

export const inquireBill = (s: ScenarioContext, billId: string) => s.call("payments", "GET", `/bills/${billId}`, { headers: payHeaders() });

// ---- e-Marketplace ---------------------------------------------------------------------------

/** A Beckn-style request envelope for e-Marketplace calls. */
export function market(action: string, transactionId: string, message: Record<string, unknown>) {
  return {
    context: {
      domain: "agriculture",
      action,
      version: "1.1.0",
      bap_id: "portal.sandbox.example",
      bap_uri: "https://portal.sandbox.example/beckn",
      transaction_id: transactionId,
      message_id: crypto.randomUUID(),
      timestamp: new Date().toISOString(),
    },
    message,
  };
}

export const marketCall = (s: ScenarioContext, action: string, transactionId: string, message: Record<string, unknown>) =>
  s.call("e-marketplace", "POST", `/${action}`, { body: market(action, transactionId, message) });

/** Whether an e-Marketplace answer is an ACK. */
export const acked = (r: CallResult) => obj(obj(bodyOf(r).message).ack).status === "ACK";

export type { CallOpts };
