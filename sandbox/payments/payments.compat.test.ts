// What GovStack's Payments compliance suite needs from the mock (govstack-apis.md §4.6), pinned in our
// own words: the legacy G2P paths and the v1.0.3 voucher paths, one test per group of scenarios.
import { beforeEach, describe, expect, test } from "vitest";
import { call, setUpMockSandbox } from "../test-helpers";

const NS = "/mock/ns/suite-paytest";
const P = `${NS}/payments`;
const JSON_CT = "application/json; charset=utf-8";

setUpMockSandbox(["payments"]);

beforeEach(async () => {
  const { resetNamespace } = await import("@/sandbox/namespaces");
  resetNamespace("suite-paytest");
});

type Body = Record<string, unknown>;
const post = async (path: string, body?: unknown, method = "POST", headers?: Record<string, string>) => {
  const r = await call(method, `${P}${path}`, { body, headers });
  return { status: r.status, body: (r.body ?? {}) as Body, type: r.headers.get("content-type") };
};

/** A well-formed legacy G2P batch: 12-character ids, 16-character instruction, 20-character payee. */
const batch = (over: Body = {}, instruction: Body = {}) => ({
  RequestID: "REQ000000777",
  SourceBBID: "SRCBB0000001",
  BatchID: "BATCH0000777",
  CreditInstructions: [
    { InstructionID: "INSTR00000000777", PayeeFunctionalID: "FUNC0000000000000777", Amount: 42.5, Currency: "EUR", Narration: "Monthly grant", ...instruction },
  ],
  ...over,
});

describe("legacy G2P", () => {
  test("bulk-payment: a valid batch is accepted (Amount as number or decimal string, Narration optional), resent safely, and read back per transfer", async () => {
    const ok = await post("/bulk-payment", batch({}, { Amount: "42.50", Narration: undefined }));
    expect(ok.status).toBe(200);
    expect(ok.type).toBe(JSON_CT);
    expect(ok.body).toMatchObject({ ResponseCode: "00", RequestID: "REQ000000777" });
    expect(String(ok.body.ResponseDescription).length).toBeGreaterThan(0);
    // The same request again (GovStack's steps send it twice) is accepted once more and not paid twice.
    const again = await post("/bulk-payment", batch({}, { Amount: "42.50" }));
    expect(again.body).toMatchObject({ ResponseCode: "00" });
    expect(String(again.body.ResponseDescription)).toMatch(/not paid twice/);
    const reused = await post("/bulk-payment", batch({ RequestID: "REQ000000778" }));
    expect(reused.status).toBe(400);
    expect(reused.body).toMatchObject({ ResponseCode: "01", RequestID: "REQ000000778" });
    const detail = await call("GET", `${P}/api/v1/batch/detail?batchId=BATCH0000777`, { headers: { "platform-tenantid": "t" } });
    expect(detail.body).toMatchObject([{ status: "FAILED", amount: 42.5, currency: "EUR", transactionId: "INSTR00000000777" }]);
    expect(String((detail.body as Body[])[0]!.statusDetail)).toContain("FUNC0000000000000777");
  });

  test("bulk-payment: a payee registered through register-beneficiary is paid", async () => {
    const reg = await post("/register-beneficiary", {
      RequestID: "REQ000000779",
      SourceBBID: "SRCBB0000001",
      Beneficiaries: [{ PayeeFunctionalID: "FUNC0000000000000779", PaymentModality: "01", FinancialAddress: "+000 555 0779" }],
    });
    expect(reg.body).toMatchObject({ ResponseCode: "00" });
    await post("/bulk-payment", batch({ BatchID: "BATCH0000779", RequestID: "REQ000000780" }, { PayeeFunctionalID: "FUNC0000000000000779" }));
    const detail = await call("GET", `${P}/api/v1/batch/detail?batchId=BATCH0000779`, { headers: { "platform-tenantid": "t" } });
    expect(detail.body).toMatchObject([{ status: "COMPLETED", payeePartyId: "+000 555 0779" }]);
  });

  test("bulk-payment: missing or malformed SourceBBID, BatchID or instructions answer 400 with ResponseCode 01", async () => {
    const cases: [Body, string][] = [
      [{ SourceBBID: undefined }, "SourceBBID"],
      [{ BatchID: undefined }, "BatchID"],
      [{ CreditInstructions: [] }, "CreditInstructions"],
      [{ SourceBBID: "invalid" }, "SourceBBID"],
      [{ BatchID: "invalid" }, "BatchID"],
    ];
    for (const [over, field] of cases) {
      const r = await post("/bulk-payment", batch(over));
      expect(r.status, field).toBe(400);
      expect(r.body).toMatchObject({ ResponseCode: "01", RequestID: "REQ000000777" });
      expect(String(r.body.ResponseDescription), field).toContain(field);
    }
  });

  test("prepayment-validation: always 200; 00 for a valid batch, 01 naming the field otherwise; the result is read back", async () => {
    const ok = await post("/prepayment-validation", batch({ BatchID: "BATCH0000800" }));
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ ResponseCode: "00", RequestID: "REQ000000777" });
    const bad: [Body, Body, string][] = [
      [{ SourceBBID: undefined }, {}, "SourceBBID"],
      [{ BatchID: undefined }, {}, "BatchID"],
      [{}, { InstructionID: undefined }, "InstructionID"],
      [{}, { PayeeFunctionalID: undefined }, "PayeeFunctionalID"],
      [{}, { Amount: undefined }, "Amount"],
      [{}, { Currency: undefined }, "Currency"],
      [{}, { Narration: undefined }, "Narration"],
      [{ SourceBBID: "sourceBBID" }, {}, "SourceBBID"],
      [{ BatchID: "batchID" }, {}, "BatchID"],
      [{}, { InstructionID: "instructionID" }, "InstructionID"],
      [{}, { PayeeFunctionalID: "PayeeFunctionalID" }, "PayeeFunctionalID"],
      [{}, { Amount: null }, "Amount"],
      [{}, { Currency: "US" }, "Currency"],
    ];
    for (const [over, instruction, field] of bad) {
      const r = await post("/prepayment-validation", batch(over, instruction));
      expect(r.status, field).toBe(200);
      expect(r.body, field).toMatchObject({ ResponseCode: "01", RequestID: "REQ000000777" });
      expect(String(r.body.ResponseDescription), field).toContain(field);
    }
    const result = await post("/prepayment-validation-response", { RequestID: "REQ000000777", Source_BatchID: "BATCH0000800" });
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({
      ResponseCode: "00",
      RequestID: "REQ000000777",
      Source_BatchID: "BATCH0000800",
      NumberFailedCases: 1,
      FailedAccounts: [{ InstructionID: "INSTR00000000777" }],
    });
    const unknown = await post("/prepayment-validation-response", { RequestID: "REQ000000777", Source_BatchID: "BATCH0000999" });
    expect(unknown.body).toMatchObject({ ResponseCode: "01", Source_BatchID: "BATCH0000999", NumberFailedCases: 0, FailedAccounts: [] });
  });

  test("register-beneficiary and update-beneficiary-details: 00 echoing RequestID, 400 with 01 for a missing or bad SourceBBID or payee", async () => {
    for (const path of ["/register-beneficiary", "/update-beneficiary-details"]) {
      const ok = await post(path, { RequestID: "REQ000000901", SourceBBID: "SRCBB0000009", Beneficiaries: [{ PayeeFunctionalID: "FUNC0000000000000901" }] });
      expect(ok.status, path).toBe(200);
      expect(ok.body, path).toMatchObject({ ResponseCode: "00", RequestID: "REQ000000901" });
      expect(ok.body, path).toHaveProperty("ResponseDescription");
      for (const body of [
        { RequestID: "REQ000000902", Beneficiaries: [{ PayeeFunctionalID: "FUNC0000000000000901" }] },
        { RequestID: "REQ000000902", SourceBBID: "SRCBB0000009", Beneficiaries: [] },
        { RequestID: "REQ000000902", SourceBBID: "invalid", Beneficiaries: [{ PayeeFunctionalID: "FUNC0000000000000901" }] },
        { RequestID: "REQ000000902", SourceBBID: "SRCBB0000009", Beneficiaries: [{ PayeeFunctionalID: "invalid" }] },
      ]) {
        const r = await post(path, body);
        expect(r.status, `${path} ${JSON.stringify(body)}`).toBe(400);
        expect(r.type).toBe(JSON_CT);
        expect(r.body).toMatchObject({ ResponseCode: "01", RequestID: "REQ000000902" });
        expect(String(r.body.ResponseDescription).length).toBeGreaterThan(0);
      }
    }
    // An update of a payee nobody registered creates the mapping.
    await post("/update-beneficiary-details", {
      RequestID: "REQ000000903",
      SourceBBID: "SRCBB0000009",
      Beneficiaries: [{ PayeeFunctionalID: "FUNC0000000000000903", PaymentModality: "00", FinancialAddress: "CZ4150515873793513322865" }],
    });
    const look = await call("GET", `${P}/beneficiary/?payeeIdentity=FUNC0000000000000903&requestId=r1`, {
      headers: { "x-callback_url": "x", registeringinstitutionid: "s" },
    });
    expect(look.body).toMatchObject({ paymentModalityList: [{ financialAddress: "CZ4150515873793513322865" }] });
  });
});

describe("v1.0.3 vouchers", () => {
  const BB = "bb-digital-registries";

  test("preactivation: 200 with 16–25 digit numbers and an expiry date; 452/453/454/460/400 with a message", async () => {
    const ok = await post(
      "/vouchers/voucher_preactivation",
      { voucher_amount: "15.21", voucher_currency: "AED", voucher_group: "string", Gov_Stack_BB: "Gov_Stack_BB", voucher_comment: "c" },
      "POST",
      { "x-callback-url": "https://example.org/cb", "x-channel": "Web" },
    );
    expect(ok.status).toBe(200);
    expect(String(ok.body.voucher_number)).toMatch(/^\d{16,25}$/);
    expect(String(ok.body.voucher_serial_number)).toMatch(/^\d{16,25}$/);
    expect(Number.isNaN(Date.parse(String(ok.body.expiry_date_time)))).toBe(false);
    expect(ok.body).toMatchObject({ result_status: "success", voucher_amount: "15.21" });
    const base = { voucher_amount: "15.21", voucher_currency: "AED", voucher_group: "string", Gov_Stack_BB: "Gov_Stack_BB" };
    const cases: [unknown, number][] = [
      [{ ...base, voucher_amount: null }, 452],
      [{ ...base, voucher_currency: "000" }, 453],
      [{ ...base, voucher_group: null }, 454],
      [{ ...base, Gov_Stack_BB: "not_exist" }, 460],
      [{}, 400],
    ];
    for (const [body, status] of cases) {
      const r = await post("/vouchers/voucher_preactivation", body);
      expect(r.status, JSON.stringify(body)).toBe(status);
      expect(typeof r.body.message).toBe("string");
    }
  });

  test("activation: a pre-activated suite voucher becomes Activated (serial as text or number); {} 400, bad serial 456, unknown BB 460", async () => {
    expect((await post("/vouchers/voucherstatuscheck/5550", undefined, "GET")).body).toMatchObject({ voucher_status: "Pre-Activated" });
    const ok = await post("/vouchers/voucher_activation", { voucher_serial_number: "5550", Gov_Stack_BB: BB }, "PATCH", {
      "x-correlationid": "40e9da5c-10fd-11ee-be56-0242ac120002",
      "x-date": new Date().toISOString(),
    });
    expect(ok.status).toBe(200);
    expect(ok.type).toBe(JSON_CT);
    expect(ok.body).toHaveProperty("result_status");
    expect((await post("/vouchers/voucher_activation", { voucher_serial_number: 5551, Gov_Stack_BB: BB }, "PATCH")).status).toBe(200);
    expect((await post("/vouchers/voucherstatuscheck/5550", undefined, "GET")).body).toMatchObject({ voucher_status: "Activated" });
    const cases: [unknown, number][] = [
      [{}, 400],
      [{ voucher_serial_number: "invalid_voucher_serial_number", Gov_Stack_BB: BB }, 456],
      [{ voucher_serial_number: "5560", Gov_Stack_BB: "not_exist" }, 460],
      [{ voucher_serial_number: "99999", Gov_Stack_BB: BB }, 456],
    ];
    for (const [body, status] of cases) {
      const r = await post("/vouchers/voucher_activation", body, "PATCH");
      expect(r.status, JSON.stringify(body)).toBe(status);
      expect(r.body).toHaveProperty("message");
    }
  });

  test("redemption: voucher 6004 is redeemed once (number as text or number); the business errors keep their codes", async () => {
    const body = {
      voucher_number: 6004,
      Gov_Stack_BB: BB,
      merchant_name: "Melissa Stephenson",
      merchant_bank_details: "Citizen Service Banks",
      merchant_voucher_group: "Payment Voucher",
      override: "true",
    };
    const ok = await post("/vouchers/voucher_redemption", body);
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ result_status: "success" });
    expect((await post("/vouchers/voucher_redemption", { ...body, voucher_number: "6004", override: true })).status).toBe(458);
    const cases: [unknown, number][] = [
      [undefined, 400],
      [{ ...body, Gov_Stack_BB: "invalid_bb" }, 460],
      [{ ...body, voucher_number: "notAnumber" }, 461],
      [{ ...body, merchant_name: "Ronan Oliver", merchant_bank_details: "Vigor Bank Group", merchant_voucher_group: "insufficient funds" }, 462],
      [{ ...body, merchant_name: "Annie Krueger", merchant_bank_details: "Omega Holding Company", merchant_voucher_group: "insufficient funds" }, 463],
    ];
    for (const [b, status] of cases) {
      const r = await post("/vouchers/voucher_redemption", b);
      expect(r.status, JSON.stringify(b)).toBe(status);
      expect(r.type).toBe(JSON_CT);
      expect(r.body).toHaveProperty("message");
    }
  });

  test("status check: 5555–5559 Activated with an amount; {} 400, notAnumber 456, 6001 used 458, 6002 expired 459, unknown Not Existing", async () => {
    for (const serial of ["5555", "5556", "5557", "5558", "5559"]) {
      const r = await post(`/vouchers/voucherstatuscheck/${serial}`, undefined, "GET", { "x-channel": "Web" });
      expect(r.status).toBe(200);
      expect(r.type).toBe(JSON_CT);
      expect(r.body).toMatchObject({ voucher_status: "Activated", voucher_amount: "15.21" });
    }
    const cases: [string, number][] = [
      ["%7B%7D", 400],
      ["notAnumber", 456],
      ["6001", 458],
      ["6002", 459],
    ];
    for (const [serial, status] of cases) {
      const r = await post(`/vouchers/voucherstatuscheck/${serial}`, undefined, "GET");
      expect(r.status, serial).toBe(status);
      expect(r.body).toHaveProperty("message");
    }
    expect((await post("/vouchers/voucherstatuscheck/123456789", undefined, "GET")).body).toMatchObject({
      voucher_status: "Not Existing",
      voucher_amount: "0.00",
    });
  });

  test("cancellation: 60000 once; 60001 twice gives 464; bad serial or BB 463; a body without serial, BB or at all 400", async () => {
    const cancel = (serial: string, body?: unknown) => post(`/vouchers/voucherstatuscheck/${serial}`, body, "PATCH");
    const ok = await cancel("60000", { voucherserialnumber: "60000", Gov_Stack_BB: BB });
    expect(ok.status).toBe(200);
    expect(ok.body).toHaveProperty("message");
    expect((await cancel("60001", { voucherserialnumber: "60001", Gov_Stack_BB: BB })).status).toBe(200);
    const twice = await cancel("60001", { voucherserialnumber: "60001", Gov_Stack_BB: BB });
    expect(twice.status).toBe(464);
    expect(twice.body).toHaveProperty("message");
    const cases: [string, unknown, number][] = [
      ["invalid_serial_number", { voucherserialnumber: "invalid_serial_number", Gov_Stack_BB: BB }, 463],
      ["60002", { voucherserialnumber: "60002", Gov_Stack_BB: "invalid_bb" }, 463],
      ["60003", { Gov_Stack_BB: BB }, 400],
      ["60004", { voucherserialnumber: "60004" }, 400],
      ["60005", undefined, 400],
    ];
    for (const [serial, body, status] of cases) {
      const r = await cancel(serial, body);
      expect(r.status, serial).toBe(status);
      expect(r.type).toBe(JSON_CT);
      expect(r.body).toHaveProperty("message");
    }
  });
});
