// Vouchers of the Payments mock: one store and one lifecycle shared by the spec operations
// (/vouchers, /vouchers/{serialNumber}) and the v1.0.3 paths the GovStack suite calls
// (/vouchers/voucher_*, /vouchers/voucherstatuscheck/{serial}).
//
// Lifecycle: 0 pre-activated → 1 active ⇄ 5 suspended; 1 → 2 redeemed; 0/1/5 → 3 cancelled;
// a voucher past its expiry date reads as 4 expired. Serial numbers are compared without leading
// zeros, so "005550" (spec example), "5550" and the 16-digit form the v1.0.3 API returns
// ("0000000000005550") name the same voucher.
import { createHash, randomInt } from "node:crypto";
import { collection } from "../runtime/collection";
import { json, now, obj, q1, str, uuid } from "../runtime/respond";
import type { HandlerContext, MockResponse } from "../types";
import { voucherError } from "./legacy";

export type VoucherStatus = 0 | 1 | 2 | 3 | 4 | 5;

export type Voucher = {
  serialNumber: string;
  voucherNumber: string;
  amount: number;
  currency: string;
  group?: string;
  status: VoucherStatus;
  /** 6-digit secret the beneficiary presents; VoucherSecretHash (P2G) is its SHA-256 in hex. */
  secret?: string;
  createdAt?: string;
  expiresAt?: string;
  instructionID?: string;
  payeeFunctionalID?: string;
  batchID?: string;
  redeemedAt?: string;
  redeemedBy?: string;
  cancelledAt?: string;
};

export const STATUS_NAMES: Record<VoucherStatus, string> = { 0: "pre-activated", 1: "active", 2: "redeemed", 3: "cancelled", 4: "expired", 5: "suspended" };

export const vouchers = (ctx: HandlerContext) => collection<Voucher>(ctx, "vouchers");

/** The canonical form of a serial number: digits without leading zeros (other strings unchanged). */
export const canonSerial = (serial: unknown): string => {
  const s = typeof serial === "number" ? String(serial) : typeof serial === "string" ? serial.trim() : "";
  return /^\d+$/.test(s) ? s.replace(/^0+(?=\d)/, "") : s;
};

/** The serial as the v1.0.3 API shows it: at least 16 digits. */
export const longSerial = (serial: string) => (/^\d+$/.test(serial) ? serial.padStart(16, "0") : serial);

/** The status a voucher has now: a live voucher past its expiry date is expired. */
export function statusOf(v: Voucher): VoucherStatus {
  if ((v.status === 0 || v.status === 1 || v.status === 5) && v.expiresAt && Date.parse(v.expiresAt) < Date.now()) return 4;
  return v.status;
}

/** Finds a voucher by serial number (any zero padding). */
export function findBySerial(ctx: HandlerContext, serial: unknown): Voucher | undefined {
  const key = canonSerial(serial);
  return key ? vouchers(ctx).get(key) : undefined;
}

/** Finds a voucher by its voucher number, or by serial number. */
export function findByNumber(ctx: HandlerContext, number: unknown): Voucher | undefined {
  const n = canonSerial(number);
  if (!n) return undefined;
  return (
    vouchers(ctx)
      .list()
      .find((v) => canonSerial(v.voucherNumber) === n) ?? vouchers(ctx).get(n)
  );
}

/** Finds the voucher whose secret hashes (SHA-256, hex) to the given value. */
export function findBySecretHash(ctx: HandlerContext, hash: string): Voucher | undefined {
  const h = hash.trim().toLowerCase();
  return vouchers(ctx)
    .list()
    .find((v) => v.secret && secretHash(v.secret) === h);
}

export const secretHash = (secret: string) => createHash("sha256").update(secret).digest("hex");

const save = (ctx: HandlerContext, v: Voucher) => vouchers(ctx).put(v.serialNumber, v);

/** Creates a pre-activated voucher with the next free serial, a 16-digit voucher number and a 6-digit secret. */
export function createVoucher(
  ctx: HandlerContext,
  fields: { amount: number; currency: string; group?: string; instructionID?: string; payeeFunctionalID?: string; batchID?: string },
): Voucher {
  const serialNumber = String(
    vouchers(ctx)
      .list()
      .reduce((m, v) => Math.max(m, Number(v.serialNumber) || 0), 70000) + 1,
  );
  const voucherNumber = `4829${String(randomInt(0, 1e6)).padStart(6, "0")}${serialNumber.slice(-6).padStart(6, "0")}`;
  const created = new Date();
  const v: Voucher = {
    serialNumber,
    voucherNumber,
    ...fields,
    status: 0,
    secret: String(randomInt(0, 1e6)).padStart(6, "0"),
    createdAt: created.toISOString(),
    expiresAt: new Date(created.getTime() + 365 * 86_400_000).toISOString(),
  };
  save(ctx, v);
  return v;
}

/** Marks a voucher redeemed. */
export function redeem(ctx: HandlerContext, v: Voucher, by: string): Voucher {
  const next = { ...v, status: 2 as const, redeemedAt: now(), redeemedBy: by };
  save(ctx, next);
  return next;
}

type Transition = { ok: true; voucher: Voucher } | { ok: false; reason: string };

/** Activates (from pre-activated or suspended), suspends (from active) or unsuspends a voucher. */
export function transition(ctx: HandlerContext, v: Voucher, command: "activate" | "suspend" | "unsuspend"): Transition {
  const s = statusOf(v);
  const allowed = command === "activate" ? [0, 1, 5] : command === "suspend" ? [1, 5] : [5, 1];
  if (!allowed.includes(s))
    return {
      ok: false,
      reason: `voucher ${v.serialNumber} is ${STATUS_NAMES[s]} and cannot be ${command === "activate" ? "activated" : command === "suspend" ? "suspended" : "unsuspended"}`,
    };
  const status: VoucherStatus = command === "suspend" ? 5 : 1;
  const next = { ...v, status };
  if (next.status !== v.status) save(ctx, next);
  return { ok: true, voucher: next };
}

/** Cancels a live voucher; a cancelled, redeemed or expired one is refused. */
export function cancel(ctx: HandlerContext, v: Voucher): Transition {
  const s = statusOf(v);
  if (s === 3) return { ok: false, reason: `voucher ${v.serialNumber} is already cancelled` };
  if (s === 2 || s === 4) return { ok: false, reason: `voucher ${v.serialNumber} is ${STATUS_NAMES[s]} and cannot be cancelled` };
  const next = { ...v, status: 3 as const, cancelledAt: now() };
  save(ctx, next);
  return { ok: true, voucher: next };
}

const INSUFFICIENT = "Insufficient funds in the voucher funding account (sandbox fault injection).";

// ---- Spec operations ------------------------------------------------------------------------

const instructionsOf = (body: Record<string, unknown>, key: string) => (Array.isArray(body[key]) ? (body[key] as unknown[]).map(obj) : []);

/** POST /vouchers: create (no command), redeem or cancel. */
export function manageVouchers(ctx: HandlerContext): MockResponse {
  const command = q1(ctx.query.command);
  const body = obj(ctx.req.body);
  const requestID = String(body.requestID ?? "");
  if (!command) {
    const items = instructionsOf(body, "voucherInstructions");
    if (!items.length || !items.every((i) => i.amount !== undefined && i.currency)) {
      return json(400, { message: "voucherInstructions: creating vouchers needs at least one instruction with instructionID, currency and amount" });
    }
    const created = items.map((i) =>
      createVoucher(ctx, {
        amount: Number(i.amount),
        currency: String(i.currency),
        group: str(i, "groupCode"),
        instructionID: str(i, "instructionID"),
        payeeFunctionalID: str(i, "payeeFunctionalID"),
        batchID: str(body, "batchID"),
      }),
    );
    return json(200, {
      ResponseCode: "00",
      ResponseDescription: `${created.length} voucher(s) pre-activated; activate them with PUT /vouchers?command=activate`,
      RequestID: requestID,
      // What the voucher-details-return callback carries, returned at once so the sandbox vouchers can be used.
      voucherInstructions: created.map((v) => ({
        instructionID: v.instructionID,
        serialNumber: v.serialNumber,
        voucherNumber: v.voucherNumber,
        voucherSecretNumber: v.secret,
        currency: v.currency,
        amount: v.amount,
        expiresAt: v.expiresAt,
      })),
    });
  }
  if (command === "redeem") {
    const serial = body.voucherSerialNumber;
    const v = findBySerial(ctx, serial);
    if (!v) return json(400, { status: 0, message: "Unknown voucher", serialNumber: String(serial ?? "") });
    const s = statusOf(v);
    if (ctx.faults.insufficientFunds) return json(400, { status: s, message: "Insufficient funds", serialNumber: v.serialNumber, value: v.amount });
    if (v.secret && String(body.voucherSecretNumber ?? "") !== v.secret)
      return json(400, { status: s, message: "Wrong secret number", serialNumber: v.serialNumber });
    if (s !== 1)
      return json(400, {
        status: s,
        message: s === 2 ? "Already redeemed" : s === 4 ? "Expired" : s === 3 ? "Cancelled" : s === 5 ? "Suspended" : "Not active",
        serialNumber: v.serialNumber,
        value: v.amount,
      });
    const r = redeem(ctx, v, String(body.agentID ?? "agent"));
    return json(200, {
      status: 2,
      message: "Redeemed",
      serialNumber: r.serialNumber,
      value: r.amount,
      timestamp: r.redeemedAt,
      transactionId: uuid().replace(/-/g, "").slice(0, 12),
    });
  }
  // command === "cancel" (the contract allows no other value)
  const serials = instructionsOf(body, "voucherInstructions").map((i) => i.serialNumber);
  const failedCases: { serialNumber: string; failureReason: string }[] = [];
  for (const serial of serials) {
    const v = findBySerial(ctx, serial);
    const r = v ? cancel(ctx, v) : { ok: false as const, reason: `no voucher has serial number ${String(serial)}` };
    if (!r.ok) failedCases.push({ serialNumber: String(serial), failureReason: r.reason });
  }
  const done = serials.length - failedCases.length;
  return json(200, {
    ResponseCode: failedCases.length === serials.length ? "01" : "00",
    ResponseDescription: `${done} of ${serials.length} voucher(s) cancelled`,
    RequestID: requestID,
    numberFailedCases: failedCases.length,
    failedCases,
  });
}

/** PUT /vouchers?command=activate|suspend|unsuspend for the listed serial numbers. */
export function activateVouchers(ctx: HandlerContext): MockResponse {
  const command = (q1(ctx.query.command) ?? "activate") as "activate" | "suspend" | "unsuspend";
  const body = obj(ctx.req.body);
  const serials = instructionsOf(body, "VoucherInstructions").map((i) => i.serialNumber);
  const failedCases: { serialNumber: string; failureReason: string }[] = [];
  for (const serial of serials) {
    const v = findBySerial(ctx, serial);
    const r = v ? transition(ctx, v, command) : { ok: false as const, reason: `no voucher has serial number ${String(serial)}` };
    if (!r.ok) failedCases.push({ serialNumber: String(serial), failureReason: r.reason });
  }
  const done = serials.length - failedCases.length;
  const verb = command === "activate" ? "activated" : command === "suspend" ? "suspended" : "unsuspended";
  return json(200, {
    ResponseCode: failedCases.length === serials.length ? "01" : "00",
    ResponseDescription: `${done} of ${serials.length} voucher(s) ${verb}`,
    RequestID: String(body.RequestID ?? ""),
    numberFailedCases: failedCases.length,
    failedCases,
  });
}

/** GET /vouchers/{serialNumber}?fields=status. */
export function getVoucherStatus(ctx: HandlerContext): MockResponse {
  const v = findBySerial(ctx, ctx.params.serialNumber);
  if (!v) return json(400, { status: 0, message: "Unknown serial number", serialNumber: ctx.params.serialNumber });
  return json(200, { status: statusOf(v), serialNumber: v.serialNumber, value: v.amount });
}

// ---- v1.0.3 operations (after the business rules of legacy.ts have passed) -------------------

const LEGACY_STATUS: Record<VoucherStatus, string> = { 0: "Pre-Activated", 1: "Activated", 2: "Purged", 3: "Blocked", 4: "Purged", 5: "Suspended" };

const amountText = (v: Voucher) => v.amount.toFixed(2);

export function legacyPreactivation(ctx: HandlerContext): MockResponse {
  const body = obj(ctx.req.body);
  const v = createVoucher(ctx, { amount: Number(body.voucher_amount), currency: String(body.voucher_currency), group: String(body.voucher_group) });
  return json(200, {
    voucher_number: v.voucherNumber,
    voucher_serial_number: longSerial(v.serialNumber),
    expiry_date_time: v.expiresAt,
    voucher_amount: amountText(v),
    voucher_currency: v.currency,
    message: "Voucher pre-activated; activate it with PATCH /vouchers/voucher_activation",
    result_status: "success",
  });
}

export function legacyActivation(ctx: HandlerContext): MockResponse {
  const serial = obj(ctx.req.body).voucher_serial_number;
  const v = findBySerial(ctx, serial);
  if (!v) return voucherError(456, `No voucher has serial number ${String(serial)}`);
  const r = transition(ctx, v, "activate");
  if (!r.ok) return voucherError(456, r.reason);
  return json(200, { message: `Voucher ${v.serialNumber} is active`, result_status: "success", voucher_serial_number: longSerial(v.serialNumber) });
}

export function legacyRedemption(ctx: HandlerContext): MockResponse {
  if (ctx.faults.insufficientFunds) return voucherError(462, INSUFFICIENT);
  const body = obj(ctx.req.body);
  const v = findByNumber(ctx, body.voucher_number);
  if (!v) return voucherError(461, `No voucher has number ${String(body.voucher_number)}`);
  const s = statusOf(v);
  if (s === 2) return voucherError(458, `Voucher ${v.voucherNumber} was already redeemed`);
  if (s === 4) return voucherError(459, `Voucher ${v.voucherNumber} has expired`);
  if (s !== 1) return voucherError(461, `Voucher ${v.voucherNumber} is ${STATUS_NAMES[s]} and cannot be redeemed`);
  const r = redeem(ctx, v, String(body.merchant_name ?? "merchant"));
  return json(200, {
    message: `Voucher ${r.voucherNumber} redeemed for ${amountText(r)} ${r.currency}`,
    result_status: "success",
    voucher_serial_number: longSerial(r.serialNumber),
    voucher_amount: amountText(r),
    voucher_currency: r.currency,
  });
}

export function legacyStatusCheck(ctx: HandlerContext): MockResponse {
  const serial = ctx.params.voucher_serial_number;
  const v = findBySerial(ctx, serial);
  if (!v)
    return json(200, {
      voucher_status: "Not Existing",
      voucher_amount: "0.00",
      voucher_serial_number: serial,
      message: `No voucher has serial number ${serial}`,
      result_status: "success",
    });
  const s = statusOf(v);
  if (s === 2) return voucherError(458, `Voucher ${serial} was already used`);
  if (s === 4) return voucherError(459, `Voucher ${serial} has expired`);
  return json(200, {
    voucher_status: LEGACY_STATUS[s],
    voucher_amount: amountText(v),
    voucher_currency: v.currency,
    voucher_serial_number: longSerial(v.serialNumber),
    message: `Voucher ${serial} is ${STATUS_NAMES[s]}`,
    result_status: "success",
  });
}

export function legacyCancel(ctx: HandlerContext): MockResponse {
  const serial = ctx.params.voucher_serial_number;
  const v = findBySerial(ctx, serial);
  if (!v) return voucherError(463, `No voucher has serial number ${serial}`);
  const r = cancel(ctx, v);
  if (!r.ok) return voucherError(statusOf(v) === 3 ? 464 : 463, r.reason);
  return json(200, { message: `Voucher ${serial} cancelled`, result_status: "success", voucher_serial_number: longSerial(v.serialNumber) });
}
