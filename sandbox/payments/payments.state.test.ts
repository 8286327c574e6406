// The Payments mock keeps state: a voucher has one lifecycle whichever API (spec or v1.0.3) touches it,
// a bill paid by notification, request-to-pay or voucher reads as paid, and a request-to-pay created
// with /rtpRequest is the one /transferRequests reports and settles.
import { createHash } from "node:crypto";
import { beforeEach, describe, expect, test } from "vitest";
import { call, setUpMockSandbox } from "../test-helpers";

const NSNAME = "state-paytest";
const P = `/mock/ns/${NSNAME}/payments`;
const P2G = {
  "x-correlationid": "CORR-1",
  "x-platform-tenantid": "sandbox",
  "platform-tenantid": "sandbox",
  "x-billerid": "MKT-ESCROW",
  "payerfi-id": "SANDBOXMM",
  "x-payerfi-id": "SANDBOXMM",
};

setUpMockSandbox(["payments"]);

beforeEach(async () => {
  const { resetNamespace, setFaults } = await import("@/sandbox/namespaces");
  resetNamespace(NSNAME);
  setFaults(NSNAME, {});
});

type Body = Record<string, unknown>;
const req = async (method: string, path: string, body?: unknown, headers: Record<string, string> = P2G) => {
  const r = await call(method, `${P}${path}`, { body, headers });
  return { status: r.status, body: (r.body ?? {}) as Body };
};
const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

describe("vouchers: one lifecycle for the spec and the v1.0.3 paths", () => {
  test("created with POST /vouchers, activated by the v1.0.3 path with its 16-digit serial, redeemed with its secret, then seen as used everywhere", async () => {
    const created = await req("POST", "/vouchers", {
      requestID: "VCH000000001",
      batchID: "VBATCH000001",
      voucherInstructions: [{ instructionID: "VIN0000000000001", groupCode: "001", currency: "GHS", amount: 150, payeeFunctionalID: "GHA-1" }],
    });
    expect(created.status).toBe(200);
    const [v] = created.body.voucherInstructions as Body[];
    const serial = String(v!.serialNumber);
    expect(String(v!.voucherSecretNumber)).toMatch(/^\d{6}$/);
    expect((await req("GET", `/vouchers/${serial}?fields=status`)).body).toMatchObject({ status: 0, value: 150 });
    expect((await req("GET", `/vouchers/voucherstatuscheck/${serial}`)).body).toMatchObject({ voucher_status: "Pre-Activated", voucher_amount: "150.00" });
    // Redeeming before activation fails on both APIs.
    expect((await req("POST", "/vouchers?command=redeem", { voucherSerialNumber: serial, voucherSecretNumber: v!.voucherSecretNumber })).body).toMatchObject({
      status: 0,
      message: "Not active",
    });
    const act = await req("PATCH", "/vouchers/voucher_activation", { voucher_serial_number: serial.padStart(16, "0"), Gov_Stack_BB: "registration" });
    expect(act.status).toBe(200);
    expect((await req("GET", `/vouchers/00${serial}?fields=status`)).body).toMatchObject({ status: 1 });
    expect(
      (
        await req("POST", "/vouchers?command=redeem", {
          voucherSerialNumber: serial,
          voucherSecretNumber: "000000" === v!.voucherSecretNumber ? "111111" : "000000",
        })
      ).body,
    ).toMatchObject({ message: "Wrong secret number" });
    const redeemed = await req("POST", "/vouchers?command=redeem", {
      voucherSerialNumber: serial,
      voucherSecretNumber: v!.voucherSecretNumber,
      agentID: "AGENT1",
    });
    expect(redeemed.status).toBe(200);
    expect(redeemed.body).toMatchObject({ status: 2, serialNumber: serial, value: 150 });
    expect((await req("GET", `/vouchers/voucherstatuscheck/${serial}`)).status).toBe(458);
    expect((await req("POST", "/vouchers/voucher_redemption", { voucher_number: v!.voucherNumber, Gov_Stack_BB: "registration" })).status).toBe(458);
    expect((await req("PATCH", `/vouchers/voucherstatuscheck/${serial}`, { voucherserialnumber: serial, Gov_Stack_BB: "registration" })).status).toBe(463);
  });

  test("pre-activated by the v1.0.3 path, activated and suspended with PUT /vouchers, cancelled with POST /vouchers?command=cancel", async () => {
    const pre = await req("POST", "/vouchers/voucher_preactivation", {
      voucher_amount: 20,
      voucher_currency: "USD",
      voucher_group: "G2",
      Gov_Stack_BB: "registration",
    });
    const long = String(pre.body.voucher_serial_number);
    const short = String(Number(long));
    const act = await req("PUT", "/vouchers?command=activate", {
      RequestID: "VAC000000001",
      BatchID: "VBATCH000001",
      VoucherInstructions: [{ serialNumber: short }, { serialNumber: "999999" }],
    });
    expect(act.body).toMatchObject({ ResponseCode: "00", numberFailedCases: 1, failedCases: [{ serialNumber: "999999" }] });
    expect((await req("GET", `/vouchers/voucherstatuscheck/${long}`)).body).toMatchObject({ voucher_status: "Activated" });
    await req("PUT", "/vouchers?command=suspend", { RequestID: "VAC000000002", BatchID: "VBATCH000001", VoucherInstructions: [{ serialNumber: short }] });
    expect((await req("GET", `/vouchers/voucherstatuscheck/${long}`)).body).toMatchObject({ voucher_status: "Suspended" });
    expect((await req("POST", "/vouchers/voucher_redemption", { voucher_number: pre.body.voucher_number, Gov_Stack_BB: "registration" })).status).toBe(461);
    const cancelled = await req("POST", "/vouchers?command=cancel", { requestID: "VCN000000001", voucherInstructions: [{ serialNumber: short }] });
    expect(cancelled.body).toMatchObject({ ResponseCode: "00", numberFailedCases: 0 });
    expect((await req("GET", `/vouchers/voucherstatuscheck/${long}`)).body).toMatchObject({ voucher_status: "Blocked" });
    expect((await req("GET", `/vouchers/${short}?fields=status`)).body).toMatchObject({ status: 3 });
    expect((await req("PATCH", `/vouchers/voucherstatuscheck/${long}`, { voucherserialnumber: long, Gov_Stack_BB: "registration" })).status).toBe(464);
    const again = await req("PUT", "/vouchers?command=activate", {
      RequestID: "VAC000000003",
      BatchID: "VBATCH000001",
      VoucherInstructions: [{ serialNumber: short }],
    });
    expect(again.body).toMatchObject({ ResponseCode: "01", numberFailedCases: 1 });
  });

  test("vouchers returned by the voucher engine on /voucher-details-return join the store as pre-activated", async () => {
    const cb = await req("POST", "/voucher-details-return", {
      requestID: "VCH000000002",
      batchID: "VBATCH000002",
      voucherInstructions: [{ instructionID: "VIN0000000000002", serialNumber: "008801", voucherNumber: "4829-0000-0000-8801", currency: "GHS", amount: 75 }],
    });
    expect(cb.status).toBe(200);
    expect(cb.body.message).toMatch(/^1 voucher/);
    expect((await req("GET", "/vouchers/voucherstatuscheck/8801")).body).toMatchObject({ voucher_status: "Pre-Activated", voucher_amount: "75.00" });
    expect(
      (
        await req("POST", "/voucher-details-return", {
          requestID: "VCH000000002",
          batchID: "VBATCH000002",
          voucherInstructions: [{ serialNumber: "8801", amount: 1 }],
        })
      ).body.message,
    ).toMatch(/^0 voucher/);
  });

  test("the spec status shows an expired suite voucher as 4 and an unknown serial as 400", async () => {
    expect((await req("GET", "/vouchers/6002?fields=status")).body).toMatchObject({ status: 4 });
    const unknown = await req("GET", "/vouchers/424242?fields=status");
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatchObject({ status: 0 });
  });
});

describe("bills", () => {
  test("a bill paid by a payment notification reads as paid; the biller can acknowledge or reject it", async () => {
    const before = await req("GET", "/bills/EDU-2025-00417");
    expect(before.status).toBe(202);
    expect(before.body).toMatchObject({ responseCode: "00", billDetails: { billStatus: "UNPAID", amountonDueDate: 25, currency: "XOF" }, amountDue: 25 });
    const paid = await req("POST", "/billTransferRequests", {
      requestId: "BPN000000001",
      billInquiryRequestId: before.body.requestID,
      billId: "EDU-2025-00417",
      paymentReferenceID: "PAYREF-1",
    });
    expect(paid.status).toBe(202);
    const after = await req("GET", "/bills/EDU-2025-00417");
    expect(after.body).toMatchObject({ billDetails: { billStatus: "PAID" }, paymentReferenceID: "PAYREF-1", paidVia: "transfer" });
    expect((await req("POST", "/billTransferRequests", { requestId: "BPN000000002", billId: "EDU-2025-00417", paymentReferenceID: "PAYREF-1" })).status).toBe(
      202,
    );
    const twice = await req("POST", "/billTransferRequests", { requestId: "BPN000000003", billId: "EDU-2025-00417", paymentReferenceID: "PAYREF-2" });
    expect(twice.status).toBe(400);
    expect(twice.body).toMatchObject({ code: "01", requestID: "BPN000000003" });
    expect((await req("POST", "/billTransferRequests", { requestId: "BPS000000001", billId: "EDU-2025-00417", status: "ACK" })).status).toBe(200);
    expect(
      (await req("POST", "/billTransferRequests", { requestId: "BPS000000002", billId: "EDU-2025-00417", status: "RJC", rejectReason: "Dup" })).status,
    ).toBe(200);
    expect((await req("GET", "/bills/EDU-2025-00417")).body).toMatchObject({ billDetails: { billStatus: "UNPAID" } });
  });

  test("an unknown bill is forwarded on inquiry and refused for payment until the biller answers with its details", async () => {
    const inquiry = await req("GET", "/bills/FEE-NEW-001");
    expect(inquiry.status).toBe(202);
    expect(inquiry.body).not.toHaveProperty("billDetails");
    const refused = await req("POST", "/billTransferRequests", { requestId: "BPN000000010", billId: "FEE-NEW-001", paymentReferenceID: "PAYREF-10" });
    expect(refused.status).toBe(400);
    expect(String(refused.body.reason)).toContain("FEE-NEW-001");
    const answer = await req(
      "POST",
      "/bills/FEE-NEW-001",
      {
        requestId: String(inquiry.body.requestID),
        code: 0,
        billId: "FEE-NEW-001",
        billDetails: {
          billerId: "MOE-EDU",
          billerName: "MoE Learn",
          billStatus: "UNPAID",
          dueDate: 20991231,
          amountonDueDate: 0,
          amountAfterDueDate: 0,
          currency: "XOF",
        },
      },
      { ...P2G, "payerfi-id": "FI1" },
    );
    expect(answer.status).toBe(200);
    expect((await req("GET", "/bills/FEE-NEW-001")).body).toMatchObject({ billDetails: { billerId: "MOE-EDU", billStatus: "UNPAID", amountonDueDate: 0 } });
    expect((await req("POST", "/bills/FEE-NEW-002", { requestId: "BIQ000000009", code: 0, billId: "FEE-NEW-001" })).status).toBe(400);
    expect((await req("POST", "/bills/FEE-NEW-001", { requestId: "BIQ000000010", code: 1, billId: "FEE-NEW-001" })).status).toBe(200);
    expect((await req("GET", "/bills/FEE-NEW-001")).body).not.toHaveProperty("billDetails");
  });
});

describe("requests to pay", () => {
  const rtp = (rtpId: number, billID: string, amount = 450) => ({
    requestId: "RTP000000001",
    rtpId,
    billID,
    requestType: "00",
    payerFiDetails: { payerFIBIC: "SANDBOXMM", financialAddress: "+000 555 0103" },
    billDetails: { billerName: "AgriMkt", amount },
  });

  test("created, read back as pending, approved by the payer FI, read back as completed with its bill paid", async () => {
    expect((await req("POST", "/rtpRequest", rtp(70012, "MKT-00881"))).status).toBe(200);
    expect((await req("GET", "/transferRequests/70012")).body).toMatchObject({ responseCode: "00", rtpId: 70012, requestStatus: "PND", billId: "MKT-00881" });
    expect((await req("GET", "/bills/MKT-00881")).body).toMatchObject({ billDetails: { billerId: "MKT-ESCROW", billStatus: "UNPAID", amountonDueDate: 450 } });
    // Sending it again is harmless; reusing the rtpId for another bill is not.
    expect((await req("POST", "/rtpRequest", rtp(70012, "MKT-00881"))).status).toBe(200);
    expect((await req("POST", "/rtpRequest", rtp(70012, "MKT-00999"))).status).toBe(400);
    const approved = await req("POST", "/rtpResponse", {
      RequestId: "RTR000000001",
      txnId: "TXN000000881",
      rtpId: 70012,
      billId: "MKT-00881",
      rtpStatus: "00",
    });
    expect(approved.status).toBe(200);
    expect((await req("GET", "/transferRequests/70012")).body).toMatchObject({ requestStatus: "COM", PaymentReferenceID: "TXN000000881" });
    expect((await req("GET", "/bills/MKT-00881")).body).toMatchObject({
      billDetails: { billStatus: "PAID" },
      paymentReferenceID: "TXN000000881",
      paidVia: "request-to-pay",
    });
    expect((await req("POST", "/rtpResponse", { RequestId: "RTR000000002", rtpId: 70012, rtpStatus: "01" })).status).toBe(400);
    expect((await req("POST", "/rtpRequest", rtp(70013, "MKT-00881"))).status).toBe(400);
  });

  test("settled through POST /transferRequests: COM pays the bill, a final status does not change, unknown or mismatched ids are 400", async () => {
    await req("POST", "/rtpRequest", rtp(20260612, "BILL-0612"));
    expect(
      (await req("POST", "/transferRequests/20260612", { rtpId: 20260612, RequestId: "RTS000000001", requestStatus: "COM", PaymentReferenceID: "PAYREF-77" }))
        .status,
    ).toBe(202);
    expect((await req("GET", "/transferRequests/20260612")).body).toMatchObject({ requestStatus: "COM", PaymentReferenceID: "PAYREF-77" });
    expect((await req("GET", "/bills/BILL-0612")).body).toMatchObject({ billDetails: { billStatus: "PAID" }, paymentReferenceID: "PAYREF-77" });
    expect((await req("POST", "/transferRequests/20260612", { rtpId: 20260612, RequestId: "RTS000000002", requestStatus: "COM" })).status).toBe(202);
    expect((await req("POST", "/transferRequests/20260612", { rtpId: 20260612, RequestId: "RTS000000003", requestStatus: "RJC" })).status).toBe(400);
    expect((await req("POST", "/transferRequests/55", { rtpId: 55, RequestId: "RTS000000004", requestStatus: "COM" })).status).toBe(400);
    expect((await req("POST", "/transferRequests/20260612", { rtpId: 1, RequestId: "RTS000000005", requestStatus: "COM" })).status).toBe(400);
    expect((await req("GET", "/transferRequests/55")).status).toBe(400);
  });

  test("the biller is told of a rejection or expiry; a rejected request leaves its bill unpaid", async () => {
    await req("POST", "/rtpRequest", rtp(81, "INPUTS-81"));
    await req("POST", "/rtpRequest", rtp(82, "INPUTS-82"));
    expect((await req("POST", "/rtpUpdate", { requestId: "RTU000000001", rtpId: 81, billId: "INPUTS-81", rtpStatus: "01", rejectReason: "E" })).status).toBe(
      200,
    );
    expect((await req("POST", "/rtpUpdate", { requestId: "RTU000000002", rtpId: 82, rtpStatus: "01", rejectReason: "R" })).status).toBe(200);
    expect((await req("GET", "/transferRequests/81")).body).toMatchObject({ requestStatus: "EXP" });
    expect((await req("GET", "/transferRequests/82")).body).toMatchObject({ requestStatus: "RJC", rejectReason: "R" });
    expect((await req("GET", "/bills/INPUTS-82")).body).toMatchObject({ billDetails: { billStatus: "UNPAID" } });
    expect((await req("POST", "/rtpUpdate", { requestId: "RTU000000003", rtpId: 83, rtpStatus: "00" })).status).toBe(400);
  });
});

describe("paying a bill with a voucher", () => {
  const pay = (billId: string, secret: string, requestId = "VRB000000001") =>
    req("POST", "/voucherRedemption", { requestId, billId, VoucherSecretHash: sha256(secret) });

  test("the voucher whose secret hashes to VoucherSecretHash pays the bill once and is then redeemed", async () => {
    const ok = await pay("WTR-2025-00981", "123456");
    expect(ok.status).toBe(202);
    expect(ok.body).toMatchObject({ RequestID: "VRB000000001", code: "00" });
    expect((await req("GET", "/bills/WTR-2025-00981")).body).toMatchObject({
      billDetails: { billStatus: "PAID" },
      paymentReferenceID: "VCH-7001",
      paidVia: "voucher",
    });
    expect((await req("GET", "/vouchers/7001?fields=status")).body).toMatchObject({ status: 2 });
    expect((await req("GET", "/vouchers/voucherstatuscheck/7001")).status).toBe(458);
    const again = await pay("WTR-2025-00981", "654321", "VRB000000002");
    expect(again.status).toBe(400);
    expect(again.body).toMatchObject({ code: "01", reason: "Bill WTR-2025-00981 is already paid" });
  });

  test("an unknown hash, a used voucher, another currency, a voucher worth less, or an unknown bill is refused", async () => {
    expect((await pay("WTR-2025-00981", "000000")).body).toMatchObject({ code: "01" });
    expect((await pay("EDU-2025-00417", "654321")).body.reason).toMatch(/currency/);
    expect((await pay("NOPE-1", "654321")).body.reason).toMatch(/Unknown bill/);
    await req(
      "POST",
      "/bills/BIG-1",
      {
        requestId: "BIQ000000011",
        code: 0,
        billId: "BIG-1",
        billDetails: { billerId: "CITY", billerName: "City", dueDate: 20991231, amountonDueDate: 80, amountAfterDueDate: 90, currency: "USD" },
      },
      { ...P2G, "payerfi-id": "FI1" },
    );
    const small = await pay("BIG-1", "654321");
    expect(small.status).toBe(400);
    expect(small.body.reason).toMatch(/below/);
    expect((await req("GET", "/vouchers/7002?fields=status")).body).toMatchObject({ status: 1 });
  });

  test("insufficient funds (fault) fails request-to-pay, voucher bill payment and v1.0.3 redemption", async () => {
    const { setFaults } = await import("@/sandbox/namespaces");
    setFaults(NSNAME, { insufficientFunds: true });
    expect((await req("POST", "/rtpRequest", rtp2())).status).toBe(400);
    expect((await pay("WTR-2025-00981", "123456")).status).toBe(400);
    expect((await req("POST", "/vouchers/voucher_redemption", { voucher_number: "6004", Gov_Stack_BB: "registration" })).status).toBe(462);
    expect((await req("GET", "/vouchers/7001?fields=status")).body).toMatchObject({ status: 1 });
  });
  const rtp2 = () => ({ requestId: "RTP000000009", rtpId: 99, billID: "B-99", billDetails: { billerName: "X", amount: 1 } });
});
