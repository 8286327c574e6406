// Seed data of the Payments mock: beneficiary accounts and vouchers for the use cases.
import { seeds, type Seed } from "../runtime/collection";

/** Accounts of the narrative beneficiaries, and two active vouchers for pay-point cash. */
export function demo(): Seed[] {
  const accounts = [
    { payeeIdentity: "EE378129127223", paymentModality: "02", financialAddress: "+000 555 0142", bankingInstitutionCode: "SANDBOX-MM" },
    { payeeIdentity: "EE403344556677", paymentModality: "01", financialAddress: "SB00 0000 0000 1234", bankingInstitutionCode: "SANDBOX-BANK" },
    { payeeIdentity: "EE401122334455", paymentModality: "02", financialAddress: "+000 555 0101", bankingInstitutionCode: "SANDBOX-MM" },
  ];
  const vouchers = [
    { serialNumber: "7001", voucherNumber: "107001", amount: 50, currency: "USD", group: "CT1", status: 1, secret: "123456" },
    { serialNumber: "7002", voucherNumber: "107002", amount: 50, currency: "USD", group: "CT1", status: 1, secret: "654321" },
  ];
  return [...seeds("payments", "accounts", accounts, (a) => a.payeeIdentity), ...seeds("payments", "vouchers", vouchers, (v) => v.serialNumber)];
}

/** Suite voucher serials (5550–5559, 6004, 60000–60001) as stored vouchers. */
export function suite(): Seed[] {
  const serials = ["5550", "5551", "5552", "5553", "5554", "5555", "5556", "5557", "5558", "5559", "6004", "60000", "60001"];
  return seeds(
    "payments",
    "vouchers",
    serials.map((s) => ({ serialNumber: s, voucherNumber: s, amount: 15.21, currency: "AED", group: "G1", status: 1 })),
    (v) => v.serialNumber,
  );
}
