import { USE_CASE_IDS, type UseCaseId } from "@/lib/content/schema";

/**
 * Readable names of the reference use cases. Replace with titles from the use-case content loader
 * once it exists; the ids stay the source of truth.
 */
export const USE_CASE_LABELS: Record<UseCaseId, string> = {
  "postpartum-infant-care": "Postpartum and infant care",
  "market-linkage": "Market linkage for farmers",
  "agricultural-advisory": "Agricultural advisory",
  "cash-transfer": "Cash transfer",
  "remote-learning": "Remote learning",
};

export const USE_CASES = USE_CASE_IDS.map((id) => ({ id, label: USE_CASE_LABELS[id] }));
