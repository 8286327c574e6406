// Payments mock: G2P batches with per-transfer detail, the beneficiary account mapper,
// vouchers (create / redeem / cancel / status), request-to-pay, and the suite's legacy paths.
import { collection } from "../runtime/collection";
import { intParam, json, now, obj, q1, str, uuid } from "../runtime/respond";
import type { Handler, HandlerContext, MockModule, MockResponse } from "../types";
import { beneficiaryProblems, g2pProblems, legacy, voucherError, voucherRule } from "./legacy";

type Transfer = Record<string, unknown> & { status: string };
type Batch = { batchId: string; createdAt: string; correlationId?: string; currency?: string; transfers: Transfer[]; status?: unknown };
type Account = { payeeIdentity: string; paymentModality: string; financialAddress: string; bankingInstitutionCode?: string };
type Voucher = { serialNumber: string; voucherNumber: string; amount: number; currency: string; group?: string; status: 1 | 2 | 3 | 4 | 0; secret?: string };

const batches = (ctx: HandlerContext) => collection<Batch>(ctx, "batches");
const accounts = (ctx: HandlerContext) => collection<Account>(ctx, "accounts");
const vouchers = (ctx: HandlerContext) => collection<Voucher>(ctx, "vouchers");
const rtps = (ctx: HandlerContext) => collection<Record<string, unknown>>(ctx, "rtp");

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
    const payee = String(kv(c.creditParty, "msisdn") ?? kv(c.creditParty, "accountNumber") ?? (Array.isArray(c.creditParty) ? obj(c.creditParty[0]).value : "") ?? "");
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
      payeePartyIdType: String(Array.isArray(c.creditParty) ? obj(c.creditParty[0]).key ?? "msisdn" : "msisdn"),
      payerDfspId: "sandbox-treasury",
      payerPartyId: String(kv(c.debitParty, "msisdn") ?? kv(c.debitParty, "accountNumber") ?? "treasury"),
      payerPartyIdType: "accountNumber",
      amount: c.amount,
      currency: c.currency,
      direction: "OUTGOING",
      requestId: c.requestId,
    };
  });
  batches(ctx).put(batchId, { batchId, createdAt: t, correlationId: ctx.req.headers["x-correlationid"], currency: str(instructions[0], "currency"), transfers });
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

const voucherSerial = (ctx: HandlerContext) => String(vouchers(ctx).list().reduce((m, v) => Math.max(m, Number(v.serialNumber) || 0), 7000) + 1);

function manageVouchers(ctx: HandlerContext): MockResponse {
  const command = q1(ctx.query.command);
  const body = obj(ctx.req.body);
  if (!command || command === "create") {
    const items = Array.isArray(body.voucherInstructions) ? body.voucherInstructions.map(obj) : [];
    if (!items.length) return json(400, { message: "voucherInstructions: at least one instruction is required for command=create" });
    for (const i of items) {
      const serialNumber = voucherSerial(ctx);
      vouchers(ctx).put(serialNumber, { serialNumber, voucherNumber: String(100000 + Number(serialNumber)), amount: Number(i.amount), currency: String(i.currency), group: str(i, "groupCode"), status: 0, secret: "123456" });
    }
    return json(200, { ResponseCode: "00", ResponseDescription: `${items.length} voucher(s) queued for creation`, RequestID: String(body.requestID ?? "") });
  }
  if (command === "redeem") {
    const v = vouchers(ctx).get(String(body.voucherSerialNumber ?? ""));
    if (!v) return json(400, { status: 0, message: "Unknown voucher" });
    if (ctx.faults.insufficientFunds) return json(400, { status: v.status, message: "Insufficient funds" });
    if (v.status !== 1) return json(400, { status: v.status, message: v.status === 2 ? "Already redeemed" : "Not active" });
    vouchers(ctx).put(v.serialNumber, { ...v, status: 2 });
    return json(200, { status: 2, message: "Redeemed", serialNumber: v.serialNumber, value: v.amount, timestamp: now(), transactionId: uuid().slice(0, 12) });
  }
  if (command === "cancel") {
    const serials = (Array.isArray(body.voucherInstructions) ? body.voucherInstructions.map(obj) : []).map((i) => String(i.serialNumber));
    for (const s of serials) {
      const v = vouchers(ctx).get(s);
      if (v) vouchers(ctx).put(s, { ...v, status: 3 });
    }
    return json(200, { ResponseCode: "00", ResponseDescription: `${serials.length} voucher(s) cancelled`, RequestID: String(body.requestID ?? "") });
  }
  return json(400, { message: `command: "${command}" must be one of create (or none), redeem, cancel` });
}

const legacyVoucher = (operationId: string, fn: Handler): Handler => (ctx) => voucherRule(operationId, ctx.req.body, ctx.params.voucher_serial_number) ?? fn(ctx);

export const payments: MockModule = {
  validationError: (issues, { operationId, req }) => {
    if (operationId.startsWith("legacyVoucher")) {
      const serial = /voucherstatuscheck\/([^/]+)/.exec(req.path)?.[1];
      return voucherRule(operationId, req.body, serial ? decodeURIComponent(serial) : undefined) ?? voucherError(400, issues.map((i) => `${i.field}: ${i.message}`).join("; "));
    }
    const message = issues.map((i) => `${i.field}: ${i.message}`).join("; ");
    if (operationId.startsWith("legacy")) return legacy(400, "01", obj(req.body).RequestID, message);
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
      const ids = (Array.isArray(body.payeePartyIds) ? body.payeePartyIds : []).map((x) => (typeof x === "string" ? x : String(obj(x).payeeIdentity ?? obj(x).payeePartyId ?? "")));
      return json(200, { requestId: body.requestId, paymentModalityList: ids.map((id) => accounts(ctx).get(id)).filter(Boolean) });
    },
    validateFinancialAddresses: (ctx) => {
      const body = obj(ctx.req.body);
      const items = (Array.isArray(body.creditInstructions) ? body.creditInstructions : []).map(obj);
      const invalid = items.filter((i) => /invalid|closed/i.test(JSON.stringify(i))).length;
      collection(ctx, "validations").put(String(body.batchId), { batchId: body.batchId, total: items.length, invalid, at: now() });
      return json(202, { message: `Validation of ${items.length} financial address(es) started; ${invalid} look invalid.` });
    },
    authorizeBatchFunds: (ctx) => (ctx.faults.insufficientFunds ? json(400, { message: INSUFFICIENT }) : json(202, { message: "Funds authorised" })),
    manageVouchers,
    activateVouchers: (ctx) => {
      const body = obj(ctx.req.body);
      let n = 0;
      for (const v of vouchers(ctx).list()) if (v.status === 0) {
        vouchers(ctx).put(v.serialNumber, { ...v, status: 1 });
        n++;
      }
      return json(200, { ResponseCode: "00", ResponseDescription: `${n} voucher(s) activated`, RequestID: String(body.RequestID ?? "") });
    },
    getVoucherStatus: (ctx) => {
      const v = vouchers(ctx).get(ctx.params.serialNumber);
      return v ? json(200, { status: v.status, serialNumber: v.serialNumber, value: v.amount }) : json(400, { status: 0, message: "Unknown voucher" });
    },
    createRequestToPay: (ctx) => {
      const body = obj(ctx.req.body);
      if (ctx.faults.insufficientFunds) return json(400, { code: "01", reason: "Insufficient funds", requestID: String(body.requestId ?? "").slice(0, 12) });
      rtps(ctx).put(String(body.rtpId), { ...body, rtpStatus: "ACCEPTED", updatedAt: now() });
      return g2p(200, "00", body.requestId, "Request to pay sent to the payer");
    },
    respondRequestToPay: (ctx) => {
      const body = obj(ctx.req.body);
      const existing = rtps(ctx).get(String(body.rtpId));
      if (existing) rtps(ctx).put(String(body.rtpId), { ...existing, rtpStatus: body.rtpStatus, updatedAt: now() });
      return g2p(200, "00", body.RequestId, "Response recorded");
    },
    getRequestToPayStatus: (ctx) => {
      const r = rtps(ctx).get(ctx.params.transferRequestId);
      return r ? json(202, { responseCode: "00", reason: String(r.rtpStatus), requestID: String(r.requestId ?? "").slice(0, 12) }) : json(400, { code: "01", reason: "Unknown request to pay" });
    },
    payBillWithVoucher: (ctx) => (ctx.faults.insufficientFunds ? json(400, { code: "01", reason: "Insufficient funds" }) : ctx.example(202)),
    legacyBulkPayment: (ctx) => {
      const body = obj(ctx.req.body);
      const problems = g2pProblems(body);
      if (problems.length) return legacy(400, "01", body.RequestID, problems.join("; "));
      if (ctx.faults.insufficientFunds) return legacy(400, "01", body.RequestID, INSUFFICIENT);
      return legacy(200, "00", body.RequestID, "Bulk payment accepted");
    },
    legacyPrepaymentValidation: (ctx) => {
      const body = obj(ctx.req.body);
      const problems = g2pProblems(body);
      return problems.length ? legacy(200, "01", body.RequestID, problems.join("; ")) : legacy(200, "00", body.RequestID, "Prepayment validation passed");
    },
    legacyPrepaymentValidationResponse: (ctx) => legacy(200, "00", obj(ctx.req.body).RequestID, "Prepayment validation response received"),
    legacyRegisterBeneficiary: (ctx) => {
      const body = obj(ctx.req.body);
      const problems = beneficiaryProblems(body);
      if (problems.length) return legacy(400, "01", body.RequestID, problems.join("; "));
      register(ctx, body.Beneficiaries, body.RequestID);
      return legacy(200, "00", body.RequestID, "Beneficiaries registered");
    },
    legacyUpdateBeneficiaryDetails: (ctx) => {
      const body = obj(ctx.req.body);
      const problems = beneficiaryProblems(body);
      if (problems.length) return legacy(400, "01", body.RequestID, problems.join("; "));
      register(ctx, body.Beneficiaries, body.RequestID);
      return legacy(200, "00", body.RequestID, "Beneficiary details updated");
    },
    legacyVoucherPreactivation: legacyVoucher("legacyVoucherPreactivation", (ctx) => {
      const body = obj(ctx.req.body);
      const serialNumber = voucherSerial(ctx);
      const voucherNumber = String(100000 + Number(serialNumber));
      vouchers(ctx).put(serialNumber, { serialNumber, voucherNumber, amount: Number(body.voucher_amount), currency: String(body.voucher_currency), group: String(body.voucher_group), status: 0 });
      return json(200, { voucher_number: voucherNumber, voucher_serial_number: serialNumber, message: "Voucher pre-activated", result_status: "success" });
    }),
    legacyVoucherActivation: legacyVoucher("legacyVoucherActivation", (ctx) => {
      const serial = String(obj(ctx.req.body).voucher_serial_number);
      const v = vouchers(ctx).get(serial);
      if (v) vouchers(ctx).put(serial, { ...v, status: 1 });
      return json(200, { message: `Voucher ${serial} activated`, result_status: "success" });
    }),
    legacyVoucherRedemption: legacyVoucher("legacyVoucherRedemption", (ctx) => {
      if (ctx.faults.insufficientFunds) return voucherError(462, "Insufficient funds");
      const number = String(obj(ctx.req.body).voucher_number);
      const v = vouchers(ctx).list().find((x) => x.voucherNumber === number || x.serialNumber === number);
      if (v) vouchers(ctx).put(v.serialNumber, { ...v, status: 2 });
      return json(200, { message: `Voucher ${number} redeemed`, result_status: "success" });
    }),
    legacyVoucherStatusCheck: legacyVoucher("legacyVoucherStatusCheck", (ctx) => {
      const serial = ctx.params.voucher_serial_number;
      const v = vouchers(ctx).get(serial);
      const names = ["pre-activated", "active", "redeemed", "cancelled", "expired"] as const;
      return json(200, { voucher_status: v ? names[v.status] : "active", voucher_serial_number: serial, message: "Voucher found", result_status: "success" });
    }),
    legacyVoucherCancel: legacyVoucher("legacyVoucherCancel", (ctx) => {
      const serial = ctx.params.voucher_serial_number;
      const cancelled = collection<{ serial: string }>(ctx, "cancelled");
      if (cancelled.get(serial)) return voucherError(464, "The voucher is already cancelled");
      cancelled.put(serial, { serial });
      const v = vouchers(ctx).get(serial);
      if (v) vouchers(ctx).put(serial, { ...v, status: 3 });
      return json(200, { message: `Voucher ${serial} cancelled`, result_status: "success" });
    }),
  },
};
