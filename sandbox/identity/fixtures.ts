// Seed data of the Identity mock: the portal's relying party, the residents behind the credential
// management operations, and the suite's pending login transactions.
import { seeds, type Seed } from "../runtime/collection";
import type { Identity, IdentityEvent, OidcTransaction } from "./model";

/** UIN of the sandbox's signed-in resident: the self-service operations (share, card, history) act for her. */
export const RESIDENT_UIN = "8267411072";

/** The journey player's relying-party clients (the use cases' apps sign in through them). */
function clients(): Seed[] {
  const app = (clientId: string, clientName: string) => ({
    clientId,
    clientName,
    relyingPartyId: clientId,
    logoUri: "https://example.org/logo.png",
    redirectUris: ["https://sandbox.example/callback", "https://portal.sandbox.example/callback"],
    authContextRefs: ["idbb:acr:generated-code"],
    userClaims: ["name", "given_name", "family_name"],
    grantTypes: ["authorization_code"],
    clientAuthMethods: ["private_key_jwt"],
    status: "ACTIVE",
  });
  const all = [
    app("govstack-portal", "GovStack Portal journeys"),
    app("mcts-chw-app", "Mother and Child Tracking (health worker app)"),
    app("social-registry-app", "Social Registry"),
    app("learning-app", "Remote learning platform"),
    app("marketplace-app", "Farmers' marketplace"),
  ];
  return seeds("identity", "clients", all, (c) => c.clientId);
}

/** Residents known to the ID BB (national ids as in the civil registry of the Digital Registries mock). */
function identities(): Seed[] {
  const people: Identity[] = [
    {
      uin: RESIDENT_UIN,
      registrationId: "10001100020010120250101090000",
      vids: ["4917263548192736"],
      status: "ACTIVATED",
      identity: {
        fullName: "Sowmya Rao",
        dateOfBirth: "1996-04-12",
        gender: "Female",
        phone: "+000 555 0142",
        email: "sowmya.rao@example.org",
        nationalId: "IN378129127223",
        city: "Lakeside",
      },
      updatedAt: "2025-01-01T09:00:00.000Z",
    },
    {
      uin: "4918273645",
      registrationId: "10001100020010120250101091500",
      vids: [],
      status: "ACTIVATED",
      identity: {
        fullName: "Cherifa Benali",
        dateOfBirth: "1994-12-18",
        gender: "Female",
        phone: "+227 90 00 00 00",
        nationalId: "NE404455667788",
        city: "Northgate",
      },
      updatedAt: "2025-01-01T09:15:00.000Z",
    },
    {
      uin: "7301928374",
      registrationId: "10001100020010120250101093000",
      vids: [],
      status: "ACTIVATED",
      identity: { fullName: "Kofi Mensah", dateOfBirth: "1961-03-02", gender: "Male", nationalId: "GHA-403344556-7", city: "Eastfield" },
      updatedAt: "2025-01-01T09:30:00.000Z",
    },
  ];
  return seeds("identity", "identities", people, (p) => p.uin);
}

/** One earlier credential share of the resident, so her history and the contract's event example exist. */
function events(): Seed[] {
  const shared: IdentityEvent = {
    eventId: "4839201746381920",
    eventType: "SHARE_CRED_WITH_PARTNER",
    eventStatus: "SUCCESS",
    individualId: RESIDENT_UIN,
    summary: "Credential shared with cash-transfer-programme",
    timestamp: "2025-03-12T12:30:00.500Z",
    info: {
      purpose: "Eligibility check for the social cash transfer",
      partnerId: "cash-transfer-programme",
      partnerName: "cash-transfer-programme",
      attributeList: "fullName, dateOfBirth",
    },
  };
  return seeds("identity", "events", [shared], (e) => e.eventId);
}

export function demo(): Seed[] {
  return [...clients(), ...identities(), ...events()];
}

/**
 * Login transactions the Identity suite links (govstack-apis.md §4.3). `transactionId01`–`03` and
 * `transactionIdToBeExpired` stand for login pages that stay open (each QR code starts a new link);
 * `transaction_id_003` closes when its code is issued; `transactionId04` and `transaction_id_004`
 * have already completed (the suite's "reuse of a completed transaction" cases).
 * Link codes of `transactionIdToBeExpired` live 5 s (the suite waits 30 s for them to expire).
 */
export function suite(): Seed[] {
  const open = ["transactionId01", "transactionId02", "transactionId03"].map((id): OidcTransaction => ({ id, persistent: true }));
  const txs: OidcTransaction[] = [
    ...open,
    { id: "transactionIdToBeExpired", persistent: true, linkCodeTtlSeconds: 5 },
    { id: "transaction_id_003" },
    { id: "transactionId04", ended: true },
    { id: "transaction_id_004", ended: true },
  ];
  return seeds("identity", "transactions", txs, (t) => t.id);
}
