// Seed data of the Payments mock: beneficiary accounts, vouchers and bills for the use cases,
// and the voucher serials GovStack's Payments suite expects (govstack-apis.md §4.6).
import { seeds, type Seed } from "../runtime/collection";

const YEAR_AHEAD = () => new Date(Date.now() + 365 * 86_400_000).toISOString();

/** Accounts of the narrative beneficiaries, two active vouchers for pay-point cash, and two open bills. */
export function demo(): Seed[] {
  const accounts = [
    { payeeIdentity: "IN378129127223", paymentModality: "02", financialAddress: "+000 555 0142", bankingInstitutionCode: "SANDBOX-MM" },
    { payeeIdentity: "GHA-403344556-7", paymentModality: "01", financialAddress: "SB00 0000 0000 1234", bankingInstitutionCode: "SANDBOX-BANK" },
    { payeeIdentity: "IN401122334455", paymentModality: "02", financialAddress: "+000 555 0101", bankingInstitutionCode: "SANDBOX-MM" },
  ];
  // Secrets 123456 and 654321: VoucherSecretHash (POST /voucherRedemption) is their SHA-256 in hex.
  const vouchers = [
    { serialNumber: "7001", voucherNumber: "107001", amount: 50, currency: "USD", group: "CT1", status: 1, secret: "123456", expiresAt: YEAR_AHEAD() },
    { serialNumber: "7002", voucherNumber: "107002", amount: 50, currency: "USD", group: "CT1", status: 1, secret: "654321", expiresAt: YEAR_AHEAD() },
  ];
  const bills = [
    {
      billId: "EDU-2025-00417",
      billerId: "MOE-EDU",
      billerName: "MoE Learn",
      billStatus: "UNPAID",
      dueDate: 20991231,
      amountonDueDate: 25,
      amountAfterDueDate: 30,
      currency: "XOF",
    },
    {
      billId: "WTR-2025-00981",
      billerId: "CITY-WTR",
      billerName: "City Water",
      billStatus: "UNPAID",
      dueDate: 20991231,
      amountonDueDate: 20,
      amountAfterDueDate: 22,
      currency: "USD",
    },
  ];
  return [
    ...seeds("payments", "accounts", accounts, (a) => a.payeeIdentity),
    ...seeds("payments", "vouchers", vouchers, (v) => v.serialNumber),
    ...seeds("payments", "bills", bills, (b) => b.billId),
  ];
}

/**
 * Suite vouchers (15.21 AED): 5550–5554 pre-activated (to activate), 5555–5559, 6004 and 60000–60002
 * active, 6001 already redeemed (status check 458) and 6002 expired (459).
 */
export function suite(): Seed[] {
  const voucher = (serialNumber: string, status: number, expiresAt = YEAR_AHEAD()) => ({
    serialNumber,
    voucherNumber: serialNumber,
    amount: 15.21,
    currency: "AED",
    group: "G1",
    status,
    expiresAt,
  });
  const list = [
    ...["5550", "5551", "5552", "5553", "5554"].map((s) => voucher(s, 0)),
    ...["5555", "5556", "5557", "5558", "5559", "6004", "60000", "60001", "60002"].map((s) => voucher(s, 1)),
    voucher("6001", 2),
    voucher("6002", 1, "2024-01-01T00:00:00.000Z"),
  ];
  return seeds("payments", "vouchers", list, (v) => v.serialNumber);
}
