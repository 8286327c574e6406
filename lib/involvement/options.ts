// Plain constants shared by the forms (client) and the actions (server): no imports, so no zod in the browser.
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

/** Carries the contributor form's errors across the redirect when the browser runs no JavaScript. */
export const CONTRIBUTE_FLASH_COOKIE = "contribute_flash";
/**
 * The proxy hands the cookie's value to the page in this request header and deletes the cookie: a cookie
 * the proxy deletes is deleted for the page's own request too (Next applies the proxy's Set-Cookie to it).
 */
export const CONTRIBUTE_FLASH_HEADER = "x-contribute-flash";
/** Field names as the form labels them, for messages about several fields. */
export const CONTRIBUTE_LABELS: Record<string, string> = {
  firstName: "first name",
  lastName: "last name",
  genderOther: "gender description",
  nationality: "nationality",
  residence: "country of residence",
  email: "email address",
  motivation: "motivation",
};

/** Review states of a piece of feedback; "new" and "accepted" count as open. */
export const FEEDBACK_STATUSES = ["new", "accepted", "declined", "done"] as const;
/** How staff mark a contributor application. */
export const APPLICATION_STATUSES = ["new", "shortlisted", "contacted", "declined"] as const;
