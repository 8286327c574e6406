import type { DpgStatus, HostingModel, LicenceType, PricingModel } from "../../../lib/marketplace/options";

/** Validated product fields as written by a vendor (see lib/marketplace/forms.ts for the rules). */
export type ProductInput = {
  name: string;
  summary: string;
  description: string;
  website: string | null;
  sourceUrl: string | null;
  docsUrl: string | null;
  licence: string | null;
  licenceType: LicenceType;
  hosting: HostingModel;
  pricing: PricingModel;
  languages: string[];
  dpgStatus: DpgStatus;
  contactEmail: string | null;
  versionLabel: string | null;
  bbs: string[];
  useCases: string[];
  deployments: { country: string; description: string; url: string | null }[];
};
