// GovStack Payments suite compatibility: the v1.0.3 voucher API (codes 452–464, snake_case)
// and the PascalCase G2P paths. Rules follow §4.6 of govstack-apis.md.
import { json, obj } from "../runtime/respond";
import type { MockResponse } from "../types";

const BAD_BB = new Set(["not_exist", "invalid_bb", ""]);

/** A voucher error answer: the status code and a body with `message` and `result_status`. */
export const voucherError = (status: number, message: string): MockResponse => json(status, { message, result_status: "failed" });

const empty = (body: unknown) => body === undefined || body === null || (typeof body === "object" && Object.keys(body as object).length === 0);
const numeric = (v: unknown) => (typeof v === "string" ? /^\d+$/.test(v) : typeof v === "number");

/** The business error of a legacy voucher call, or undefined when the call may proceed. */
export function voucherRule(operationId: string, rawBody: unknown, serial?: string): MockResponse | undefined {
  const b = obj(rawBody);
  const bb = typeof b.Gov_Stack_BB === "string" ? b.Gov_Stack_BB : "";
  switch (operationId) {
    case "legacyVoucherPreactivation":
      if (empty(rawBody)) return voucherError(400, "The request body is empty.");
      if (b.voucher_amount === null || b.voucher_amount === undefined || !Number.isFinite(Number(b.voucher_amount)))
        return voucherError(452, "voucher_amount is missing or invalid");
      if (typeof b.voucher_currency !== "string" || !/^[A-Z]{3}$/.test(b.voucher_currency))
        return voucherError(453, "voucher_currency is not a valid ISO 4217 code");
      if (b.voucher_group === null || b.voucher_group === undefined || b.voucher_group === "") return voucherError(454, "voucher_group is missing");
      if (BAD_BB.has(bb)) return voucherError(460, "Gov_Stack_BB is not a known Building Block");
      return undefined;
    case "legacyVoucherActivation":
      if (empty(rawBody)) return voucherError(400, "The request body is empty.");
      if (BAD_BB.has(bb)) return voucherError(460, "Gov_Stack_BB is not a known Building Block");
      if (!numeric(b.voucher_serial_number)) return voucherError(456, "voucher_serial_number is invalid");
      return undefined;
    case "legacyVoucherRedemption":
      if (empty(rawBody)) return voucherError(400, "The request body is empty.");
      if (BAD_BB.has(bb)) return voucherError(460, "Gov_Stack_BB is not a known Building Block");
      if (!numeric(b.voucher_number)) return voucherError(461, "voucher_number is invalid");
      if (b.merchant_name === "Annie Krueger" || b.merchant_bank_details === "Omega Holding Company")
        return voucherError(463, "The merchant may not redeem this voucher");
      if (String(b.merchant_voucher_group ?? "").toLowerCase() === "insufficient funds") return voucherError(462, "Insufficient funds");
      return undefined;
    case "legacyVoucherStatusCheck":
      if (!serial || serial === "{}") return voucherError(400, "A voucher serial number is required.");
      if (!/^\d+$/.test(serial)) return voucherError(456, "voucher_serial_number is invalid");
      return undefined;
    case "legacyVoucherCancel":
      if (empty(rawBody) || b.voucherserialnumber === undefined || b.Gov_Stack_BB === undefined)
        return voucherError(400, "voucherserialnumber and Gov_Stack_BB are required.");
      if (!serial || !/^\d+$/.test(serial)) return voucherError(463, "The voucher serial number is invalid");
      if (BAD_BB.has(bb)) return voucherError(463, "Gov_Stack_BB may not cancel this voucher");
      return undefined;
  }
  return undefined;
}

const len = (v: unknown, n: number) => typeof v === "string" && v.length === n;
const legacy = (status: number, code: "00" | "01", requestId: unknown, description: string): MockResponse =>
  json(status, { ResponseCode: code, ResponseDescription: description, RequestID: typeof requestId === "string" ? requestId : "" });

/**
 * Problems with a legacy G2P body (bulk payment or prepayment validation), as readable strings.
 * Identifiers have fixed lengths: RequestID, SourceBBID and BatchID 12, InstructionID 16,
 * PayeeFunctionalID 20. Narration is required by prepayment validation only.
 */
export function g2pProblems(body: Record<string, unknown>, opts: { narrationRequired: boolean }): string[] {
  const problems: string[] = [];
  if (!len(body.RequestID, 12)) problems.push("RequestID must be 12 characters");
  if (!len(body.SourceBBID, 12)) problems.push("SourceBBID must be 12 characters");
  if (!len(body.BatchID, 12)) problems.push("BatchID must be 12 characters");
  const items = Array.isArray(body.CreditInstructions) ? body.CreditInstructions.map(obj) : [];
  if (!items.length) problems.push("CreditInstructions must not be empty");
  items.forEach((c, i) => {
    if (!len(c.InstructionID, 16)) problems.push(`CreditInstructions[${i}].InstructionID must be 16 characters`);
    if (!len(c.PayeeFunctionalID, 20)) problems.push(`CreditInstructions[${i}].PayeeFunctionalID must be 20 characters`);
    if (!/^\d+(\.\d+)?$/.test(String(c.Amount ?? ""))) problems.push(`CreditInstructions[${i}].Amount must be a decimal number`);
    if (typeof c.Currency !== "string" || !/^[A-Z]{3}$/.test(c.Currency)) problems.push(`CreditInstructions[${i}].Currency must be a 3-letter ISO 4217 code`);
    if (opts.narrationRequired && (typeof c.Narration !== "string" || !c.Narration)) problems.push(`CreditInstructions[${i}].Narration is missing`);
    if (c.Narration !== undefined && (typeof c.Narration !== "string" || c.Narration.length > 50))
      problems.push(`CreditInstructions[${i}].Narration must be text of at most 50 characters`);
  });
  return problems;
}

/** Problems with a legacy beneficiary registration body. */
export function beneficiaryProblems(body: Record<string, unknown>): string[] {
  const problems: string[] = [];
  if (!len(body.SourceBBID, 12)) problems.push("SourceBBID must be 12 characters");
  const items = Array.isArray(body.Beneficiaries) ? body.Beneficiaries.map(obj) : [];
  if (!items.length) problems.push("Beneficiaries must not be empty");
  items.forEach((b, i) => {
    if (!len(b.PayeeFunctionalID, 20)) problems.push(`Beneficiaries[${i}].PayeeFunctionalID must be 20 characters`);
  });
  return problems;
}

export { legacy };
