// Seed data of the Consent mock: one policy and the data agreements the use cases ask consent for.
import { createHash } from "node:crypto";
import { seeds, type Seed } from "../runtime/collection";

const policy = {
  id: "1",
  name: "Sandbox Ministry data policy",
  version: "1.0",
  url: "https://example.org/sandbox-data-policy",
  jurisdiction: "Sandbox country",
  industrySector: "Public sector",
  dataRetentionPeriodDays: 1825,
  geographicRestriction: "National",
  storageLocation: "National data centre",
};

const agreement = (id: string, purpose: string, dataUse: string) => ({
  id,
  version: "1.0",
  controller: { id: "1", name: "Sandbox Ministry", url: "https://example.org" },
  policy,
  purpose,
  lawfulBasis: "consent",
  dataUse,
  dpia: "https://example.org/dpia",
  active: true,
  forgettable: true,
  compatibleWithVersion: null,
});

function revision(schemaName: string, doc: { id: string }) {
  const serializedSnapshot = JSON.stringify(doc);
  return {
    id: "1",
    schemaName,
    objectId: doc.id,
    serializedSnapshot,
    serializedHash: createHash("sha256").update(serializedSnapshot).digest("hex"),
    timestamp: "2025-01-01T00:00:00.000Z",
    authorizedByOther: "sandbox-admin",
    successor: null,
  };
}

/** Policy "1" and five data agreements ("1" is what the Consent suite reads). */
export function demo(): Seed[] {
  const agreements = [
    agreement("1", "Share the mother's and infant's health record with the community health worker", "data-source"),
    agreement("2", "Verify a farmer against the ID, tax and land registries", "data-using-service"),
    agreement("3", "Use location to tailor agricultural advice", "data-using-service"),
    agreement("4", "Share household data with other ministries for eligibility checks", "data-source"),
    agreement("5", "Use learning analytics to improve courses", "data-using-service"),
  ];
  const individuals = [
    { id: "1", externalId: "IN378129127223", externalIdType: "national-id", identityProviderId: "identity" },
    { id: "2", externalId: "TZ402233445566", externalIdType: "national-id", identityProviderId: "identity" },
    { id: "3", externalId: "GHA-403344556-7", externalIdType: "national-id", identityProviderId: "identity" },
  ];
  return [
    ...seeds("consent", "policies", [policy], (p) => p.id),
    { bb: "consent", collection: "revisions:policy:1", id: "1", data: revision("policy", policy) },
    ...seeds("consent", "agreements", agreements, (a) => a.id),
    ...agreements.map((a) => ({ bb: "consent" as const, collection: `revisions:dataAgreement:${a.id}`, id: "1", data: revision("dataAgreement", a) })),
    ...seeds("consent", "individuals", individuals, (i) => i.id),
  ];
}

/** The Consent suite reads policy "1" and data agreement "1" from the demo set. */
export function suite(): Seed[] {
  return [];
}
