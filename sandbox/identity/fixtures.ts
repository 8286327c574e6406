// Seed data of the Identity mock: the portal's relying party, and the suite's pending transactions.
import { seeds, type Seed } from "../runtime/collection";

/** The journey player's relying-party client. */
export function demo(): Seed[] {
  const client = { clientId: "govstack-portal", clientName: "GovStack Portal journeys", relyingPartyId: "govstack-portal", logoUri: "https://example.org/logo.png", redirectUris: ["https://sandbox.example/callback"], authContextRefs: ["idbb:acr:generated-code"], userClaims: ["name", "given_name", "family_name"], grantTypes: ["authorization_code"], clientAuthMethods: ["private_key_jwt"], status: "ACTIVE" };
  return seeds("identity", "clients", [client], (c) => c.clientId);
}

/** Pending OIDC transactions the Identity suite links (§4.3). */
export function suite(): Seed[] {
  const ids = ["transactionId01", "transactionId02", "transactionId03", "transactionId04", "transactionIdToBeExpired", "transaction_id_003", "transaction_id_004"];
  return seeds("identity", "transactions", ids.map((id) => ({ id })), (t) => t.id);
}
