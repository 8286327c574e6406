import type { AssessmentStatus, EvidenceType } from "../../../lib/marketplace/options";
import type { ProductInput } from "./product-input";

export type AssessmentAnswer = {
  requirementId: string;
  status: AssessmentStatus;
  comment: string;
  evidenceUrl: string | null;
};

/** Everything a product page shows: frozen on submission, published on approval. */
export type ProductSnapshot = Pick<
  ProductInput,
  | "name"
  | "summary"
  | "description"
  | "website"
  | "sourceUrl"
  | "docsUrl"
  | "licence"
  | "licenceType"
  | "hosting"
  | "pricing"
  | "languages"
  | "dpgStatus"
  | "contactEmail"
  | "versionLabel"
> & {
  productId: string;
  slug: string;
  logoFile: string | null;
  countries: string[];
  isSeed: boolean;
  organisation: { id: string; name: string; slug: string; website: string | null };
  bbs: { bbId: string; evidence: EvidenceType; assessments: AssessmentAnswer[] }[];
  useCases: string[];
  deployments: { country: string; description: string; url: string | null }[];
};

/** Thrown when the caller may not see or do something. Pages turn it into a 404 or 403. */
export class ForbiddenError extends Error {
  constructor(message = "You do not have access to this.") {
    super(message);
    this.name = "ForbiddenError";
  }
}

/** Thrown for a request that breaks a rule the user can fix (e.g. submitting an incomplete form). */
export class RuleError extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = "RuleError";
  }
}
