// Fixed vocabularies of the marketplace, shared by the schema, validation, facets and labels.

export const REVIEW_STATUSES = ["draft", "submitted", "changes_requested", "published", "rejected"] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];
export const REVIEW_STATUS_LABELS: Record<ReviewStatus, string> = {
  draft: "Draft",
  submitted: "Submitted for review",
  changes_requested: "Changes requested",
  published: "Published",
  rejected: "Rejected",
};

/** How a BB claim was checked, weakest first. */
export const EVIDENCE_TYPES = ["self-reported", "reviewer-verified", "test-verified"] as const;
export type EvidenceType = (typeof EVIDENCE_TYPES)[number];
export const EVIDENCE_LABELS: Record<EvidenceType, string> = {
  "self-reported": "Self-reported by the vendor",
  "reviewer-verified": "Checked by a portal reviewer",
  "test-verified": "Verified by automated tests",
};

/** A submitted version's state: waiting, decided by a reviewer, or withdrawn by the vendor before a decision. */
export const VERSION_STATUSES = ["submitted", "approved", "changes_requested", "rejected", "withdrawn"] as const;
export type VersionStatus = (typeof VERSION_STATUSES)[number];

export const ASSESSMENT_STATUSES = ["met", "not_met", "na"] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];
export const ASSESSMENT_LABELS: Record<AssessmentStatus, string> = {
  met: "Met",
  not_met: "Not met",
  na: "Not applicable",
};

export const LICENCE_TYPES = ["open-source", "open-core", "source-available", "proprietary"] as const;
export type LicenceType = (typeof LICENCE_TYPES)[number];
export const LICENCE_TYPE_LABELS: Record<LicenceType, string> = {
  "open-source": "Open source",
  "open-core": "Open core (some parts commercial)",
  "source-available": "Source available (not open source)",
  proprietary: "Proprietary",
};

export const HOSTING_MODELS = ["self-hosted", "saas", "both"] as const;
export type HostingModel = (typeof HOSTING_MODELS)[number];
export const HOSTING_LABELS: Record<HostingModel, string> = {
  "self-hosted": "Self-hosted",
  saas: "Software as a service",
  both: "Self-hosted or as a service",
};

export const PRICING_MODELS = ["free", "free-with-paid-support", "subscription", "licence-fee", "contact"] as const;
export type PricingModel = (typeof PRICING_MODELS)[number];
export const PRICING_LABELS: Record<PricingModel, string> = {
  free: "Free",
  "free-with-paid-support": "Free, paid support available",
  subscription: "Subscription",
  "licence-fee": "Licence fee",
  contact: "Ask the vendor",
};

export const DPG_STATUSES = ["dpg", "nominee", "not-dpg", "unknown"] as const;
export type DpgStatus = (typeof DPG_STATUSES)[number];
export const DPG_LABELS: Record<DpgStatus, string> = {
  dpg: "Digital public good",
  nominee: "DPG nominee",
  "not-dpg": "Not a digital public good",
  unknown: "Not known",
};

export const COMPLIANCE_LEVEL_LABELS = { 0: "Not reached", 1: "Level 1", 2: "Level 2" } as const;

const regionNames = new Intl.DisplayNames(["en"], { type: "region" });

/** English name of an ISO 3166-1 alpha-2 country code, or undefined when the code is unknown. */
export function countryName(code: string): string | undefined {
  if (!/^[A-Z]{2}$/.test(code)) return undefined;
  try {
    const name = regionNames.of(code);
    return name && name !== code ? name : undefined;
  } catch {
    return undefined;
  }
}

/** Short names of the reference use cases (their pages live under /use-cases/<id>). */

/** A BB's name for lists and cards, labelled when its specification is not published yet. */
export const bbLabel = (b: { title: string; status: string }): string => (b.status === "published" ? b.title : `${b.title} (${b.status} specification)`);
