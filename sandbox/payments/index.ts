// Payments mock: G2P batches with per-transfer detail, the beneficiary account mapper,
// vouchers (vouchers.ts), bills and requests-to-pay (p2g.ts), and the suite's legacy paths.
import { collection } from "../runtime/collection";
import { intParam, json, now, obj, q1, str, uuid } from "../runtime/respond";
import type { Handler, HandlerContext, MockModule, MockResponse } from "../types";
import { beneficiaryProblems, g2pProblems, legacy, voucherError, voucherRule } from "./legacy";
import * as p2g from "./p2g";
import * as v from "./vouchers";

type Transfer = Record<string, unknown> & { status: string };
type Batch = { batchId: string; createdAt: string; correlationId?: string; currency?: string; transfers: Transfer[]; status?: unknown };
type Account = { payeeIdentity: string; paymentModality: string; financialAddress: string; bankingInstitutionCode?: string };

const batches = (ctx: HandlerContext) => collection<Batch>(ctx, "batches");
const accounts = (ctx: HandlerContext) => collection<Account>(ctx, "accounts");
type Validation = { batchId: string; requestId: string; total: number; failed: { InstructionID: string; FailureReason: string }[]; at: string };
const validations = (ctx: HandlerContext) => collection<Validation>(ctx, "prepaymentValidations");

const g2p = (status: number, code: "00" | "01", requestID: unknown, responseDescription: string): MockResponse =>
  json(status, { responseCode: code, responseDescription, requestID: typeof requestID === "string" ? requestID.slice(0, 12) : "" });

const INSUFFICIENT = "Insufficient funds in the paying account (sandbox fault injection).";

const kv = (list: unknown, key: string) => (Array.isArray(list) ? list.map(obj).find((x) => x.key === key)?.value : undefined);

function submitBatch(ctx: HandlerContext): MockResponse {
  if (ctx.faults.insufficientFunds) return g2p(400, "01", ctx.req.headers["x-correlationid"], INSUFFICIENT);
  const instructions = (ctx.req.body as unknown[]).map(obj);
  const batchId = uuid();
  const t = now();
  const transfers = instructions.map((c) => {
    const payee = String(
      kv(c.creditParty, "msisdn") ?? kv(c.creditParty, "accountNumber") ?? (Array.isArray(c.creditParty) ? obj(c.creditParty[0]).value : "") ?? "",
    );
    // A payee address containing "invalid" or "closed" shows the failed-transfer path.
    const failed = /invalid|closed/i.test(payee);
    return {
      workflowInstanceKey: uuid(),
      transactionId: uuid(),
      startedAt: t,
      completedAt: t,
      status: failed ? "FAILED" : "COMPLETED",
      statusDetail: failed ? "Payee account is closed or invalid" : "Paid",
      payeeDfspId: "sandbox-mobile-money",
      payeePartyId: payee,
      payeePartyIdType: String(Array.isArray(c.creditParty) ? (obj(c.creditParty[0]).key ?? "msisdn") : "msisdn"),
      payerDfspId: "sandbox-treasury",
      payerPartyId: String(kv(c.debitParty, "msisdn") ?? kv(c.debitParty, "accountNumber") ?? "treasury"),
      payerPartyIdType: "accountNumber",
      amount: c.amount,
      currency: c.currency,
      direction: "OUTGOING",
      requestId: c.requestId,
    };
  });
  batches(ctx).put(batchId, {
    batchId,
    createdAt: t,
    correlationId: ctx.req.headers["x-correlationid"],
    currency: str(instructions[0], "currency"),
    transfers,
  });
  return json(202, { batchId });
}

function batchDetail(ctx: HandlerContext): MockResponse {
  const batch = batches(ctx).get(q1(ctx.query.batchId) ?? "");
  if (!batch) return json(404, { message: `No batch with id "${q1(ctx.query.batchId)}".` });
  const status = q1(ctx.query.status);
  let rows = batch.transfers.filter((t) => !status || t.status === status);
  if (q1(ctx.query.direction)) rows = rows.filter((t) => t.direction === q1(ctx.query.direction));
  const size = intParam(ctx.query.pageSize, 20, 1, 500);
  const pageNo = intParam(ctx.query.pageNo, 0, 0, 1_000_000);
  return json(200, rows.slice(pageNo * size, pageNo * size + size));
}

function register(ctx: HandlerContext, list: unknown, requestId: unknown): MockResponse {
  const items = (Array.isArray(list) ? list : []).map(obj);
  for (const b of items) {
    const payeeIdentity = String(b.payeeIdentity ?? b.PayeeFunctionalID ?? "");
    if (!payeeIdentity) continue;
    accounts(ctx).put(payeeIdentity, {
      payeeIdentity,
      paymentModality: String(b.paymentModality ?? b.PaymentModality ?? "00"),
      financialAddress: String(b.financialAddress ?? b.FinancialAddress ?? ""),
      bankingInstitutionCode: str(b, "bankingInstitutionCode"),
    });
  }
  return g2p(200, "00", requestId, `${items.length} beneficiar${items.length === 1 ? "y" : "ies"} registered`);
}

const recordCallback = (ctx: HandlerContext, body: unknown) => collection(ctx, "callbacks").put(uuid(), { operationId: ctx.operationId, at: now(), body });

/** The legacy register and update calls: the same checks and registration, each answering its own message. */
const legacyRegistration =
  (done: string): Handler =>
  (ctx) => {
    const body = obj(ctx.req.body);
    const problems = beneficiaryProblems(body);
    if (problems.length) return legacy(400, "01", body.RequestID, problems.join("; "));
    register(ctx, body.Beneficiaries, body.RequestID);
    return legacy(200, "00", body.RequestID, done);
  };

const legacyVoucher =
  (operationId: string, fn: Handler): Handler =>
  (ctx) =>
    voucherRule(operationId, ctx.req.body, ctx.params.voucher_serial_number) ?? fn(ctx);

export const payments: MockModule = {
  validationError: (issues, { operationId, req }) => {
    if (operationId.startsWith("legacyVoucher")) {
      const serial = /voucherstatuscheck\/([^/]+)/.exec(req.path)?.[1];
      return (
        voucherRule(operationId, req.body, serial ? decodeURIComponent(serial) : undefined) ??
        voucherError(400, issues.map((i) => `${i.field}: ${i.message}`).join("; "))
      );
    }
    const message = issues.map((i) => `${i.field}: ${i.message}`).join("; ");
    // Prepayment validation always answers 200; ResponseCode 01 carries the problems.
    if (operationId === "legacyPrepaymentValidation") return legacy(200, "01", obj(req.body).RequestID, message);
    // The contract documents the capitalised G2P shape for these 400s too.
    if (operationId.startsWith("legacy") || operationId === "registerBeneficiaries") return legacy(400, "01", obj(req.body).RequestID, message);
    return json(400, { responseCode: "01", responseDescription: message.slice(0, 200), message });
  },
  notFound: (req) => json(404, { message: `No Payments endpoint ${req.method} ${req.path}.` }),
  handlers: {
    submitBatchTransactions: submitBatch,
    getBatchDetail: batchDetail,
    updateBatchStatus: (ctx) => {
      const batch = batches(ctx).get(q1(ctx.query.batchId) ?? "");
      if (batch) batches(ctx).put(batch.batchId, { ...batch, status: ctx.req.body });
      return json(200, { message: batch ? "Batch status recorded" : "Batch status recorded for an unknown batch" });
    },
    registerBeneficiaries: (ctx) => register(ctx, obj(ctx.req.body).Beneficiaries, obj(ctx.req.body).RequestID),
    updateBeneficiaries: (ctx) => register(ctx, obj(ctx.req.body).beneficiaries, obj(ctx.req.body).requestID),
    lookupBeneficiaryAccount: (ctx) => {
      const a = accounts(ctx).get(q1(ctx.query.payeeIdentity) ?? "");
      if (!a) return json(404, { message: `No account is mapped to payee "${q1(ctx.query.payeeIdentity)}".` });
      return json(200, { requestId: q1(ctx.query.requestId), paymentModalityList: [a] });
    },
    bulkLookupBeneficiaryAccounts: (ctx) => {
      const body = obj(ctx.req.body);
      const ids = (Array.isArray(body.payeePartyIds) ? body.payeePartyIds : []).map((x) =>
        typeof x === "string" ? x : String(obj(x).payeeIdentity ?? obj(x).payeePartyId ?? ""),
      );
      return json(200, { requestId: body.requestId, paymentModalityList: ids.map((id) => accounts(ctx).get(id)).filter(Boolean) });
    },
    validateFinancialAddresses: (ctx) => {
      const body = obj(ctx.req.body);
      const items = (Array.isArray(body.creditInstructions) ? body.creditInstructions : []).map(obj);
      const invalid = items.filter((i) => /invalid|closed/i.test(JSON.stringify(i))).length;
      collection(ctx, "validations").put(String(body.batchId), { batchId: body.batchId, total: items.length, invalid, at: now() });
      return json(202, { message: `Validation of ${items.length} financial address(es) started; ${invalid} look invalid.` });
    },
    authorizeBatchFunds: (ctx) => {
      const body = obj(ctx.req.body);
      const batchId = ctx.params.batchId;
      if (String(body.batchID) !== batchId)
        return json(400, { message: `batchID: "${String(body.batchID)}" does not match the batch in the path ("${batchId}")` });
      const authorized = !ctx.faults.insufficientFunds;
      collection(ctx, "authorizations").put(batchId, {
        batchId,
        payerIdentifier: body.payerIdentifier,
        amount: body.amount,
        currency: body.currency,
        status: authorized ? "Y" : "N",
        at: now(),
      });
      if (!authorized) return json(400, { message: INSUFFICIENT });
      const known = batches(ctx).get(batchId) ? "" : " (the batch itself is not submitted yet)";
      return json(202, { message: `Funds of ${String(body.amount)} ${String(body.currency)} authorised for batch ${batchId}${known}` });
    },
    // Callback receivers record what they were sent (collection "callbacks") and acknowledge it.
    receivePaymentsCallback: (ctx) => {
      const body = obj(ctx.req.body);
      recordCallback(ctx, body);
      return g2p(200, "00", body.requestID ?? body.clientCorrelationId, "Callback received");
    },
    receiveVoucherActivationResult: (ctx) => {
      recordCallback(ctx, ctx.req.body);
      return json(200, { status: "success" });
    },
    receiveVoucherCancellationResult: (ctx) => {
      recordCallback(ctx, ctx.req.body);
      return json(200, { message: "Cancellation confirmation received" });
    },
    receiveCreatedVoucherDetails: (ctx) => {
      // The voucher engine's list of created vouchers: unknown ones join the store as pre-activated.
      const body = obj(ctx.req.body);
      recordCallback(ctx, body);
      let added = 0;
      for (const i of (body.voucherInstructions as unknown[]).map(obj)) {
        if (!i.serialNumber || v.findBySerial(ctx, i.serialNumber)) continue;
        v.vouchers(ctx).put(v.canonSerial(i.serialNumber), {
          serialNumber: v.canonSerial(i.serialNumber),
          voucherNumber: String(i.voucherNumber ?? i.serialNumber),
          amount: Number(i.amount ?? 0),
          currency: String(i.currency ?? ""),
          status: 0,
          instructionID: str(i, "instructionID"),
          batchID: str(body, "batchID"),
          createdAt: now(),
        });
        added++;
      }
      return json(200, { message: `${added} voucher(s) added to the store` });
    },
    manageVouchers: v.manageVouchers,
    activateVouchers: v.activateVouchers,
    getVoucherStatus: v.getVoucherStatus,
    inquireBill: p2g.inquireBill,
    respondBillInquiry: p2g.respondBillInquiry,
    notifyBillPayment: p2g.notifyBillPayment,
    createRequestToPay: p2g.createRequestToPay,
    respondRequestToPay: p2g.respondRequestToPay,
    updateBillerOnRequestToPay: p2g.updateBillerOnRequestToPay,
    getRequestToPayStatus: p2g.getRequestToPayStatus,
    reportRequestToPayStatus: p2g.reportRequestToPayStatus,
    payBillWithVoucher: p2g.payBillWithVoucher,
    legacyBulkPayment: (ctx) => {
      const body = obj(ctx.req.body);
      const problems = g2pProblems(body, { narrationRequired: false });
      if (problems.length) return legacy(400, "01", body.RequestID, problems.join("; "));
      if (ctx.faults.insufficientFunds) return legacy(400, "01", body.RequestID, INSUFFICIENT);
      const batchId = String(body.BatchID);
      const earlier = batches(ctx).get(batchId);
      if (earlier) {
        // Idempotent: the same request again is not paid twice; another request may not reuse the BatchID.
        if (earlier.correlationId !== body.RequestID)
          return legacy(400, "01", body.RequestID, `BatchID ${batchId} was already submitted by request ${earlier.correlationId ?? "?"}`);
        return legacy(200, "00", body.RequestID, `Bulk payment ${batchId} was already accepted; it is not paid twice`);
      }
      // The batch is paid at once; a payee without an account in the ID mapper is a failed transfer.
      const t = now();
      const transfers = (body.CreditInstructions as unknown[]).map(obj).map((c) => {
        const account = accounts(ctx).get(String(c.PayeeFunctionalID));
        return {
          workflowInstanceKey: uuid(),
          transactionId: String(c.InstructionID),
          startedAt: t,
          completedAt: t,
          status: account ? "COMPLETED" : "FAILED",
          statusDetail: account ? "Paid" : `PayeeFunctionalID ${String(c.PayeeFunctionalID)} has no account in the ID mapper`,
          payeeDfspId: account?.bankingInstitutionCode ?? "",
          payeePartyId: account?.financialAddress ?? String(c.PayeeFunctionalID),
          payeePartyIdType: account ? (account.paymentModality === "00" ? "accountNumber" : "msisdn") : "functionalId",
          payerDfspId: "sandbox-treasury",
          payerPartyId: String(body.SourceBBID),
          payerPartyIdType: "sourceBB",
          amount: Number(c.Amount),
          currency: String(c.Currency),
          direction: "OUTGOING",
          requestId: String(body.RequestID),
          batchId,
        };
      });
      batches(ctx).put(batchId, { batchId, createdAt: t, correlationId: String(body.RequestID), currency: String(transfers[0]?.currency ?? ""), transfers });
      const failed = transfers.filter((x) => x.status === "FAILED").length;
      return legacy(
        200,
        "00",
        body.RequestID,
        `Bulk payment ${batchId} accepted: ${transfers.length - failed} paid, ${failed} failed (see GET /api/v1/batch/detail?batchId=${batchId})`,
      );
    },
    legacyPrepaymentValidation: (ctx) => {
      const body = obj(ctx.req.body);
      const problems = g2pProblems(body, { narrationRequired: true });
      if (problems.length) return legacy(200, "01", body.RequestID, problems.join("; "));
      const items = (body.CreditInstructions as unknown[]).map(obj);
      const failed = items
        .filter((c) => !accounts(ctx).get(String(c.PayeeFunctionalID)))
        .map((c) => ({
          InstructionID: String(c.InstructionID),
          FailureReason: `PayeeFunctionalID ${String(c.PayeeFunctionalID)} has no account in the ID mapper`,
        }));
      validations(ctx).put(String(body.BatchID), { batchId: String(body.BatchID), requestId: String(body.RequestID), total: items.length, failed, at: now() });
      return legacy(
        200,
        "00",
        body.RequestID,
        `Batch ${String(body.BatchID)} validated: ${items.length - failed.length} of ${items.length} payee(s) have an account; read the result with /prepayment-validation-response`,
      );
    },
    legacyPrepaymentValidationResponse: (ctx) => {
      const body = obj(ctx.req.body);
      const batchId = String(body.Source_BatchID ?? "");
      const r = validations(ctx).get(batchId);
      const base = { RequestID: String(body.RequestID ?? ""), Source_BatchID: batchId };
      if (!r)
        return json(200, {
          ResponseCode: "01",
          ResponseDescription: `No prepayment validation of batch ${batchId} is on record`,
          ...base,
          NumberFailedCases: 0,
          FailedAccounts: [],
        });
      return json(200, {
        ResponseCode: "00",
        ResponseDescription: `${r.failed.length} of ${r.total} instruction(s) failed validation`,
        ...base,
        NumberFailedCases: r.failed.length,
        FailedAccounts: r.failed,
      });
    },
    legacyRegisterBeneficiary: legacyRegistration("Beneficiaries registered"),
    legacyUpdateBeneficiaryDetails: legacyRegistration("Beneficiary details updated"),
    legacyVoucherPreactivation: legacyVoucher("legacyVoucherPreactivation", v.legacyPreactivation),
    legacyVoucherActivation: legacyVoucher("legacyVoucherActivation", v.legacyActivation),
    legacyVoucherRedemption: legacyVoucher("legacyVoucherRedemption", v.legacyRedemption),
    legacyVoucherStatusCheck: legacyVoucher("legacyVoucherStatusCheck", v.legacyStatusCheck),
    legacyVoucherCancel: legacyVoucher("legacyVoucherCancel", v.legacyCancel),
  },
};
