// Seed data of the e-Signature mock: Amina Yusuf (agro-dealer in the market use case) registered her phone
// as a signature-creation device; an older certificate of hers was revoked when she replaced the phone.
import { seeds, type Seed } from "../runtime/collection";
import type { Cert } from "./index";

const AMINA = "IN401122334466";

export function demo(): Seed[] {
  const certs: Cert[] = [
    {
      certificateId: "c0a1f3e5b7d9c2e4a6b8d0f1e3c5a7b9d1f3e5a7c9b1d3f5e7a9c1b3d5f7e9a1",
      owner: AMINA,
      pseudonym: "amina-signs",
      scdType: "REMOTE_SCD_APP_ANDROID",
      status: "ACTIVE",
      statusMessage: "Certificate active",
      key: "demo-key-amina-2025",
      oneTime: false,
      notAfter: "2030-01-01T00:00:00.000Z",
      createdAt: "2025-03-01T08:00:00.000Z",
    },
    {
      certificateId: "9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b1a0f9e8d",
      owner: AMINA,
      pseudonym: "amina-old-phone",
      scdType: "REMOTE_SCD_SIM",
      status: "REVOKED",
      statusMessage: "Revoked on 2025-02-27: phone replaced",
      key: "demo-key-amina-2024",
      oneTime: false,
      notAfter: "2029-01-01T00:00:00.000Z",
      createdAt: "2024-01-15T08:00:00.000Z",
    },
  ];
  return seeds("e-signature", "certificates", certs, (c) => c.certificateId);
}

/** GovStack publishes no e-Signature test suite. */
export function suite(): Seed[] {
  return [];
}
