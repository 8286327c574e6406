import { USE_CASE_IDS, type UseCaseId } from "@/lib/content/schema";

/** Domains of expertise offered in the call for contributors (from the call's published list). */
export const EXPERTISE_DOMAINS = [
  "Digital Identity",
  "Digital Registries",
  "Registration",
  "Security",
  "Information Mediator",
  "Payments",
  "Workflow",
  "Consent",
  "Digital Signature",
  "Messaging",
  "UX/UI",
  "GIS",
  "e-Marketplace",
  "Cloud Infrastructure",
  "e-Signature",
  "Enterprise Architecture",
  "Content Management",
  "Reporting and Dashboards",
  "Analytics",
] as const;

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

export const GENDERS = [
  { value: "male", label: "Male" },
  { value: "female", label: "Female" },
  { value: "other", label: "Other" },
] as const;

export const MOTIVATION_MAX = 500;
export const COMMENT_MAX = 2000;
export const MESSAGE_MAX = 2000;
/** Largest CV accepted: 50 MB. */
export const CV_MAX_BYTES = 50 * 1024 * 1024;
