// Payments: a G2P batch read back transfer by transfer and page by page; a bill inquired, paid,
// and shown paid (and not paid twice); a beneficiary mapped, found and remapped.
import type { CheckDef } from "../types";
import { asObj, expectCall, expectThat, pick, scenario, shortId } from "./dsl";

export function paymentsScenarios(): CheckDef[] {
  return [
    scenario(
      "batch-then-detail",
      "A batch is acknowledged with an id, then its transfers are listed page by page",
      ["PAY-FN-01", "PAY-FN-06", "PAY-API-01", "PAY-API-02"],
      async (ctx) => {
        const ex = ctx.example("submitBatchTransactions");
        const first = asObj((ex.body as unknown[])[0]);
        const instructions = [1, 2, 3].map((n) => ({ ...first, requestId: shortId(ctx, `CT${n}`, 12) }));
        const submitted = await expectCall(
          ctx,
          "POST",
          ex.path,
          { headers: ex.headers, query: ex.query, body: instructions },
          [200, 202],
          "submitBatchTransactions",
        );
        const batchId = String(pick(submitted.body, "batchId") ?? "");
        expectThat(batchId.length > 0, "The batch is not acknowledged with a batchId.", { batchId: "…" }, submitted.body);
        const detail = ctx.example("getBatchDetail");
        const all = await expectCall(ctx, "GET", detail.path, { headers: detail.headers, query: { batchId } }, 200, "getBatchDetail");
        const rows = all.body as unknown[];
        expectThat(
          Array.isArray(rows) && rows.length === 3,
          "The batch detail does not list one transfer per instruction.",
          3,
          Array.isArray(rows) ? rows.length : all.body,
        );
        const page = (pageNo: string) =>
          expectCall(ctx, "GET", detail.path, { headers: detail.headers, query: { batchId, pageSize: "1", pageNo } }, 200, "getBatchDetail");
        const p0 = await page("0");
        const p1 = await page("1");
        expectThat(
          (p0.body as unknown[]).length === 1 && (p1.body as unknown[]).length === 1,
          "pageSize=1 does not give pages of one transfer.",
          [1, 1],
          [(p0.body as unknown[]).length, (p1.body as unknown[]).length],
        );
        expectThat(pick(p0.body, "0.transactionId") !== pick(p1.body, "0.transactionId"), "Page 1 repeats page 0.", "different transfers", [p0.body, p1.body]);
      },
    ),
    scenario(
      "bill-paid-once",
      "A bill is recorded, inquired unpaid, paid, then shown paid, and a second payment is refused",
      ["PAY-FN-08", "PAY-CF-03", "PAY-API-06"],
      async (ctx) => {
        const billId = shortId(ctx, "BILL-", 20);
        const answer = ctx.example("respondBillInquiry");
        const details = { ...asObj(pick(answer.body, "billDetails")), billStatus: "UNPAID" };
        await expectCall(
          ctx,
          "POST",
          `/bills/${billId}`,
          { headers: answer.headers, body: { ...asObj(answer.body), requestId: shortId(ctx, "BIQ", 12), billId, billDetails: details } },
          [200, 202],
          "respondBillInquiry",
        );
        const inquiry = ctx.example("inquireBill");
        const before = await expectCall(ctx, "GET", `/bills/${billId}`, { headers: inquiry.headers, query: inquiry.query }, [200, 202], "inquireBill");
        expectThat(
          pick(before.body, "billDetails.billStatus") === "UNPAID",
          "A new bill is not shown unpaid.",
          "UNPAID",
          pick(before.body, "billDetails.billStatus"),
        );
        const pay = ctx.example("notifyBillPayment");
        const ref = shortId(ctx, "REF", 16);
        await expectCall(
          ctx,
          "POST",
          pay.path,
          { headers: pay.headers, body: { requestId: shortId(ctx, "BPN", 12), billId, paymentReferenceID: ref } },
          [200, 202],
          "notifyBillPayment",
        );
        const after = await expectCall(ctx, "GET", `/bills/${billId}`, { headers: inquiry.headers, query: inquiry.query }, [200, 202], "inquireBill");
        expectThat(pick(after.body, "billDetails.billStatus") === "PAID", "A paid bill is not shown paid.", "PAID", pick(after.body, "billDetails.billStatus"));
        await expectCall(
          ctx,
          "POST",
          pay.path,
          { headers: pay.headers, body: { requestId: shortId(ctx, "BPN", 12), billId, paymentReferenceID: shortId(ctx, "OTHER", 16) } },
          400,
          "notifyBillPayment",
        );
      },
    ),
    scenario("beneficiary-mapping", "A beneficiary is mapped to an account, looked up, and remapped", ["PAY-FN-03", "PAY-API-03"], async (ctx) => {
      const reg = ctx.example("registerBeneficiaries");
      const payee = shortId(ctx, "PAYEE", 20);
      const first = asObj((pick(reg.body, "Beneficiaries") as unknown[])[0]);
      await expectCall(
        ctx,
        "POST",
        reg.path,
        {
          headers: reg.headers,
          body: { RequestID: shortId(ctx, "REG", 12), Beneficiaries: [{ ...first, payeeIdentity: payee, FinancialAddress: "233245559001" }] },
        },
        [200, 202],
        "registerBeneficiaries",
      );
      const lookup = ctx.example("lookupBeneficiaryAccount");
      /** Looks the payee up and expects the answer to carry this financial address. */
      const expectMapped = async (address: string, message: string) => {
        const found = await expectCall(
          ctx,
          "GET",
          lookup.path,
          { headers: lookup.headers, query: { ...lookup.query, payeeIdentity: payee } },
          200,
          "lookupBeneficiaryAccount",
        );
        expectThat(JSON.stringify(found.body).includes(address), message, `financial address ${address}`, found.body);
      };
      await expectMapped("233245559001", "The mapped account is not found by payee.");
      const upd = ctx.example("updateBeneficiaries");
      const list = (pick(upd.body, "beneficiaries") as unknown[] | undefined) ?? [];
      await expectCall(
        ctx,
        "PUT",
        upd.path,
        {
          headers: upd.headers,
          body: {
            ...asObj(upd.body),
            requestID: shortId(ctx, "UPD", 12),
            beneficiaries: [{ ...asObj(list[0]), payeeIdentity: payee, financialAddress: "233245559002" }],
          },
        },
        [200, 202],
        "updateBeneficiaries",
      );
      await expectMapped("233245559002", "The remapped account is not what a look-up returns.");
    }),
  ];
}
