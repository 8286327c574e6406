// Person-to-government flows of the Payments mock, kept as state in the namespace:
// bills (inquiry, the biller's answer, payment notification and acknowledgement),
// requests-to-pay (created, answered by the payer FI, reported to the biller, read back and
// settled through /transferRequests) and paying a bill with a voucher.
//
// A bill is paid by exactly one of: a payment notification (POST /billTransferRequests), a completed
// request-to-pay that names it, or a voucher (POST /voucherRedemption). Every later inquiry shows it PAID.
import { collection } from "../runtime/collection";
import { json, now, obj, str, uuid } from "../runtime/respond";
import type { HandlerContext, MockResponse } from "../types";
import { findBySecretHash, redeem, statusOf, STATUS_NAMES } from "./vouchers";

export type Bill = {
  billId: string;
  billerId: string;
  billerName: string;
  billStatus: "UNPAID" | "PAID";
  /** yyyymmdd */
  dueDate: number;
  amountonDueDate: number;
  amountAfterDueDate: number;
  currency?: string;
  paymentReferenceID?: string;
  paidAt?: string;
  paidVia?: "transfer" | "request-to-pay" | "voucher";
  /** The biller's answer to the payment notification. */
  billerAck?: "ACK" | "RJC";
  rejectReason?: string;
  updatedAt?: string;
};

export type RtpStatus = "PND" | "COM" | "EXP" | "CAN" | "RJC";

export type RequestToPay = {
  rtpId: number;
  requestId: string;
  billId: string;
  billerId?: string;
  requestType?: string;
  payer?: unknown;
  amount?: number;
  requestStatus: RtpStatus;
  txnId?: string;
  paymentReferenceID?: string;
  rejectReason?: string;
  createdAt: string;
  updatedAt: string;
};

const STATUS_TEXT: Record<RtpStatus, string> = { PND: "pending", COM: "completed", EXP: "expired", CAN: "cancelled", RJC: "rejected" };
const FINAL: RtpStatus[] = ["COM", "EXP", "CAN", "RJC"];

export const bills = (ctx: HandlerContext) => collection<Bill>(ctx, "bills");
export const rtps = (ctx: HandlerContext) => collection<RequestToPay>(ctx, "rtp");

const INSUFFICIENT = "Insufficient funds (sandbox fault injection).";
const id12 = (prefix: string) =>
  `${prefix}${uuid()
    .replace(/-/g, "")
    .slice(0, 12 - prefix.length)
    .toUpperCase()}`;
const yyyymmdd = (d: Date) => Number(d.toISOString().slice(0, 10).replace(/-/g, ""));
const rid = (v: unknown) => (typeof v === "string" ? v.slice(0, 12) : "");

/** The P2G error shape: code 01, a reason naming the problem, the request ID. */
export const p2gError = (reason: string, requestID: unknown, status = 400): MockResponse =>
  json(status, { code: "01", reason: reason.slice(0, 200), requestID: rid(requestID) });

/** The amount due today: the on-due-date amount until the due date, the later amount after it. */
export const amountDue = (b: Bill) => (yyyymmdd(new Date()) <= b.dueDate ? b.amountonDueDate : b.amountAfterDueDate);

/** The bill as the BillDetails schema shows it. */
const details = (b: Bill) => ({
  billerId: b.billerId.slice(0, 10),
  billerName: b.billerName.slice(0, 10),
  billStatus: b.billStatus,
  dueDate: b.dueDate,
  amountonDueDate: b.amountonDueDate,
  amountAfterDueDate: b.amountAfterDueDate,
  ...(b.currency ? { currency: b.currency } : {}),
});

function markPaid(ctx: HandlerContext, b: Bill, via: NonNullable<Bill["paidVia"]>, ref: string): Bill {
  const next: Bill = { ...b, billStatus: "PAID", paidVia: via, paymentReferenceID: ref.slice(0, 20), paidAt: now(), updatedAt: now() };
  delete next.billerAck;
  delete next.rejectReason;
  bills(ctx).put(b.billId, next);
  return next;
}

// ---- Bills ----------------------------------------------------------------------------------

/** GET /bills/{billId}: a known bill is answered with its details; an unknown one is forwarded to the biller. */
export function inquireBill(ctx: HandlerContext): MockResponse {
  const billId = ctx.params.billId;
  const requestID = id12("BIQ");
  collection(ctx, "billInquiries").put(requestID, { requestID, billId, at: now() });
  const b = bills(ctx).get(billId);
  if (!b) {
    return json(202, {
      responseCode: "00",
      reason: `Inquiry forwarded to the biller: no bill ${billId} is on record yet (the biller answers with POST /bills/${billId})`,
      requestID,
      billId,
    });
  }
  const reason =
    b.billStatus === "PAID"
      ? `Bill ${billId} is paid (reference ${b.paymentReferenceID ?? "n/a"})`
      : `Bill ${billId} is unpaid: ${amountDue(b)}${b.currency ? ` ${b.currency}` : ""} due`;
  return json(202, {
    responseCode: "00",
    reason,
    requestID,
    billId,
    billDetails: details(b),
    ...(b.billStatus === "PAID" ? { paymentReferenceID: b.paymentReferenceID, paidVia: b.paidVia, paidAt: b.paidAt } : { amountDue: amountDue(b) }),
  });
}

/** POST /bills/{billId}: the biller's answer to an inquiry (code 0 with details, or 1: no such bill). */
export function respondBillInquiry(ctx: HandlerContext): MockResponse {
  const billId = ctx.params.billId;
  const body = obj(ctx.req.body);
  if (body.billId !== billId) return p2gError(`billId: "${String(body.billId)}" does not match the bill in the path ("${billId}")`, body.requestId);
  const existing = bills(ctx).get(billId);
  if (body.code === 1) {
    if (existing?.billStatus === "PAID") return p2gError(`Bill ${billId} is already paid and cannot be withdrawn`, body.requestId);
    if (existing) bills(ctx).delete(billId);
    return json(200, { responseCode: "00", reason: `Bill ${billId} recorded as not found`, requestID: rid(body.requestId) });
  }
  const d = obj(body.billDetails);
  if (!Object.keys(d).length) return p2gError("billDetails: required when code is 0 (bill found)", body.requestId);
  if (existing?.billStatus === "PAID" && d.billStatus !== "PAID")
    return p2gError(`Bill ${billId} is already paid; its details can no longer change`, body.requestId);
  const amount = Number(d.amountonDueDate ?? existing?.amountonDueDate ?? 0);
  const bill: Bill = {
    ...existing,
    billId,
    billerId: String(d.billerId ?? existing?.billerId ?? ctx.req.headers["platform-tenantid"] ?? "BILLER"),
    billerName: String(d.billerName ?? existing?.billerName ?? d.billerId ?? "Biller"),
    billStatus: d.billStatus === "PAID" ? "PAID" : (existing?.billStatus ?? "UNPAID"),
    dueDate: Number(d.dueDate ?? existing?.dueDate ?? yyyymmdd(new Date(Date.now() + 30 * 86_400_000))),
    amountonDueDate: amount,
    amountAfterDueDate: Number(d.amountAfterDueDate ?? existing?.amountAfterDueDate ?? amount),
    currency: str(d, "currency") ?? existing?.currency,
    updatedAt: now(),
  };
  bills(ctx).put(billId, bill);
  return json(200, { responseCode: "00", reason: `Details of bill ${billId} recorded (${bill.billStatus})`, requestID: rid(body.requestId) });
}

/** POST /billTransferRequests: a payment notification marks the bill paid; ACK/RJC is the biller's answer to it. */
export function notifyBillPayment(ctx: HandlerContext): MockResponse {
  const body = obj(ctx.req.body);
  const billId = String(body.billId ?? "");
  const b = bills(ctx).get(billId);
  if (!b) return p2gError(`Unknown bill ${billId}: inquire it first (GET /bills/${billId})`, body.requestId);
  if (typeof body.status === "string") {
    // BillPaymentStatus: the biller acknowledges (ACK) or rejects (RJC) the notification.
    if (b.billStatus !== "PAID") return p2gError(`Bill ${billId} has no payment notification to acknowledge`, body.requestId);
    if (body.status === "ACK") {
      bills(ctx).put(billId, { ...b, billerAck: "ACK", updatedAt: now() });
      return json(200, { responseCode: "00", reason: `Biller acknowledged the payment of bill ${billId}`, requestID: rid(body.requestId) });
    }
    // A rejected notification re-opens the bill (Dup: duplicate, Def/Und: other reasons).
    const reopened: Bill = { ...b, billStatus: "UNPAID", billerAck: "RJC", rejectReason: str(body, "rejectReason") ?? "Def", updatedAt: now() };
    delete reopened.paymentReferenceID;
    delete reopened.paidAt;
    delete reopened.paidVia;
    bills(ctx).put(billId, reopened);
    return json(200, {
      responseCode: "00",
      reason: `Biller rejected the payment of bill ${billId} (${reopened.rejectReason}); the bill is unpaid again`,
      requestID: rid(body.requestId),
    });
  }
  const ref = String(body.paymentReferenceID ?? "");
  if (b.billStatus === "PAID") {
    if (b.paymentReferenceID === ref)
      return json(202, { responseCode: "00", reason: `Payment ${ref} of bill ${billId} was already notified`, requestID: rid(body.requestId) });
    return p2gError(`Bill ${billId} is already paid (reference ${b.paymentReferenceID ?? "n/a"})`, body.requestId);
  }
  if (body.billInquiryRequestId !== undefined) {
    const inquiry = collection<{ billId: string }>(ctx, "billInquiries").get(String(body.billInquiryRequestId));
    if (inquiry && inquiry.billId !== billId)
      return p2gError(`billInquiryRequestId ${String(body.billInquiryRequestId)} was an inquiry about bill ${inquiry.billId}, not ${billId}`, body.requestId);
  }
  markPaid(ctx, b, "transfer", ref);
  return json(202, { responseCode: "00", reason: `Payment notification accepted: bill ${billId} is paid (reference ${ref})`, requestID: rid(body.requestId) });
}

// ---- Requests to pay ------------------------------------------------------------------------

/** Moves a request-to-pay to a status; a completed one pays its bill. Final statuses do not change again. */
function settle(
  ctx: HandlerContext,
  r: RequestToPay,
  status: RtpStatus,
  fields: Partial<RequestToPay>,
): { ok: true; rtp: RequestToPay } | { ok: false; reason: string } {
  if (FINAL.includes(r.requestStatus) && r.requestStatus !== status) {
    return { ok: false, reason: `Request to pay ${r.rtpId} is already ${STATUS_TEXT[r.requestStatus]} (${r.requestStatus})` };
  }
  const next: RequestToPay = { ...r, ...fields, requestStatus: status, updatedAt: now() };
  if (status === "COM") next.paymentReferenceID = next.paymentReferenceID ?? next.txnId ?? `RTP-${r.rtpId}`;
  rtps(ctx).put(String(r.rtpId), next);
  const b = bills(ctx).get(r.billId);
  if (status === "COM" && b && b.billStatus !== "PAID") markPaid(ctx, b, "request-to-pay", next.paymentReferenceID!);
  return { ok: true, rtp: next };
}

/** POST /rtpRequest: records a pending request-to-pay and the bill it is for. */
export function createRequestToPay(ctx: HandlerContext): MockResponse {
  const body = obj(ctx.req.body);
  if (ctx.faults.insufficientFunds) return p2gError(INSUFFICIENT, body.requestId);
  const rtpId = Number(body.rtpId);
  const billId = String(body.billID);
  const amount = typeof obj(body.billDetails).amount === "number" ? (obj(body.billDetails).amount as number) : undefined;
  const existing = rtps(ctx).get(String(rtpId));
  if (existing) {
    // Re-sending the same request-to-pay is harmless; reusing its rtpId for another bill is not.
    if (existing.billId !== billId) return p2gError(`rtpId ${rtpId} is already used for bill ${existing.billId}`, body.requestId);
    return json(200, {
      responseCode: "00",
      responseDescription: `Request to pay ${rtpId} was already sent; it is ${STATUS_TEXT[existing.requestStatus]}`,
      requestID: rid(body.requestId),
    });
  }
  const bill = bills(ctx).get(billId);
  if (bill?.billStatus === "PAID") return p2gError(`Bill ${billId} is already paid (reference ${bill.paymentReferenceID ?? "n/a"})`, body.requestId);
  const billerId = ctx.req.headers["x-billerid"] ?? "BILLER";
  if (!bill) {
    // The biller issues the bill the request is for.
    const due = amount ?? 0;
    bills(ctx).put(billId, {
      billId,
      billerId,
      billerName: String(obj(body.billDetails).billerName ?? billerId),
      billStatus: "UNPAID",
      dueDate: yyyymmdd(new Date(Date.now() + 30 * 86_400_000)),
      amountonDueDate: due,
      amountAfterDueDate: due,
      updatedAt: now(),
    });
  }
  const t = now();
  rtps(ctx).put(String(rtpId), {
    rtpId,
    requestId: String(body.requestId),
    billId,
    billerId,
    requestType: str(body, "requestType"),
    payer: body.requestType === "01" ? body.alias : body.payerFiDetails,
    amount,
    requestStatus: "PND",
    createdAt: t,
    updatedAt: t,
  });
  return json(200, {
    responseCode: "00",
    responseDescription: `Request to pay ${rtpId} for bill ${billId} sent to the payer; it is pending`,
    requestID: rid(body.requestId),
  });
}

const outcome = (rtpStatus: unknown, rejectReason?: string): RtpStatus => (rtpStatus === "00" ? "COM" : rejectReason === "E" ? "EXP" : "RJC");

/** POST /rtpResponse: the payer FI's answer (00 approved and paid, 01 rejected). */
export function respondRequestToPay(ctx: HandlerContext): MockResponse {
  const body = obj(ctx.req.body);
  const r = rtps(ctx).get(String(body.rtpId));
  if (!r) return p2gError(`Unknown request to pay ${String(body.rtpId)}`, body.RequestId);
  if (body.billId !== undefined && body.billId !== r.billId)
    return p2gError(`billId: request to pay ${r.rtpId} is for bill ${r.billId}, not ${String(body.billId)}`, body.RequestId);
  const s = settle(ctx, r, outcome(body.rtpStatus), { txnId: str(body, "txnId"), rejectReason: str(body, "rejectReason") });
  if (!s.ok) return p2gError(s.reason, body.RequestId);
  return json(200, {
    responseCode: "00",
    responseDescription: `Request to pay ${r.rtpId} ${STATUS_TEXT[s.rtp.requestStatus]}`,
    requestID: rid(body.RequestId),
  });
}

/** POST /rtpUpdate: the outcome as reported to the biller. */
export function updateBillerOnRequestToPay(ctx: HandlerContext): MockResponse {
  const body = obj(ctx.req.body);
  const r = rtps(ctx).get(String(body.rtpId));
  if (!r) return p2gError(`Unknown request to pay ${String(body.rtpId)}`, body.requestId);
  if (body.billId !== undefined && body.billId !== r.billId)
    return p2gError(`billId: request to pay ${r.rtpId} is for bill ${r.billId}, not ${String(body.billId)}`, body.requestId);
  const s = settle(ctx, r, outcome(body.rtpStatus, str(body, "rejectReason")), { rejectReason: str(body, "rejectReason") });
  if (!s.ok) return p2gError(s.reason, body.requestId);
  return json(200, {
    responseCode: "00",
    responseDescription: `Biller told: request to pay ${r.rtpId} ${STATUS_TEXT[s.rtp.requestStatus]}`,
    requestID: rid(body.requestId),
  });
}

const view = (r: RequestToPay) => ({
  rtpId: r.rtpId,
  requestStatus: r.requestStatus,
  billId: r.billId,
  ...(r.paymentReferenceID ? { PaymentReferenceID: r.paymentReferenceID } : {}),
  ...(r.rejectReason ? { rejectReason: r.rejectReason } : {}),
  lastUpdateDate: yyyymmdd(new Date(r.updatedAt)),
});

/** GET /transferRequests/{id}: the current status of a request-to-pay. */
export function getRequestToPayStatus(ctx: HandlerContext): MockResponse {
  const r = rtps(ctx).get(ctx.params.transferRequestId);
  if (!r) return p2gError(`Unknown request to pay ${ctx.params.transferRequestId}`, undefined);
  return json(202, {
    responseCode: "00",
    reason: `Request to pay ${r.rtpId} is ${STATUS_TEXT[r.requestStatus]} (${r.requestStatus})`,
    requestID: rid(r.requestId),
    ...view(r),
  });
}

/** POST /transferRequests/{id}: reports (sets) the status of a request-to-pay, e.g. COM when the escrow is released. */
export function reportRequestToPayStatus(ctx: HandlerContext): MockResponse {
  const body = obj(ctx.req.body);
  const id = ctx.params.transferRequestId;
  if (String(body.rtpId) !== id) return p2gError(`rtpId: ${String(body.rtpId)} does not match the request to pay in the path (${id})`, body.RequestId);
  const r = rtps(ctx).get(id);
  if (!r) return p2gError(`Unknown request to pay ${id}`, body.RequestId);
  const status = body.requestStatus as RtpStatus;
  if (status === "PND" && r.requestStatus !== "PND")
    return p2gError(`Request to pay ${id} is already ${STATUS_TEXT[r.requestStatus]}; it cannot be pending again`, body.RequestId);
  const s = settle(ctx, r, status, { paymentReferenceID: str(body, "PaymentReferenceID") ?? r.paymentReferenceID });
  if (!s.ok) return p2gError(s.reason, body.RequestId);
  return json(202, { ResponseCode: "00", reason: `Request to pay ${id} is ${STATUS_TEXT[status]} (${status})`, requestID: rid(body.RequestId) });
}

// ---- Paying a bill with a voucher -----------------------------------------------------------

const voucherBillError = (reason: string, requestId: unknown): MockResponse =>
  json(400, { RequestID: rid(requestId), code: "01", reason: reason.slice(0, 100) });

/** POST /voucherRedemption: redeems the voucher whose secret hashes to VoucherSecretHash and pays the bill with it. */
export function payBillWithVoucher(ctx: HandlerContext): MockResponse {
  const body = obj(ctx.req.body);
  if (ctx.faults.insufficientFunds) return voucherBillError(INSUFFICIENT, body.requestId);
  const billId = String(body.billId);
  const b = bills(ctx).get(billId);
  if (!b) return voucherBillError(`Unknown bill ${billId}`, body.requestId);
  if (b.billStatus === "PAID") return voucherBillError(`Bill ${billId} is already paid`, body.requestId);
  const v = findBySecretHash(ctx, String(body.VoucherSecretHash));
  if (!v) return voucherBillError("No voucher matches VoucherSecretHash (SHA-256 of its secret)", body.requestId);
  const s = statusOf(v);
  if (s === 2) return voucherBillError("Voucher already redeemed", body.requestId);
  if (s !== 1) return voucherBillError(`Voucher is ${STATUS_NAMES[s]}`, body.requestId);
  if (b.currency && b.currency !== v.currency)
    return voucherBillError(`Voucher currency ${v.currency} differs from bill currency ${b.currency}`, body.requestId);
  const due = amountDue(b);
  if (v.amount < due) return voucherBillError(`Voucher value ${v.amount} is below the ${due} due`, body.requestId);
  redeem(ctx, v, `bill ${billId}`);
  markPaid(ctx, b, "voucher", `VCH-${v.serialNumber}`);
  return json(202, { RequestID: rid(body.requestId), code: "00", reason: `Voucher ${v.serialNumber} paid bill ${billId}` });
}
