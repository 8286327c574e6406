// Test fixture: a valid product, as the vendor form would give it, for tests that need one to exist.
import type { ProductInput } from "./product-input";

/** A free, self-hosted, open-source payments product; `over` changes any field. */
export const sampleProductInput = (over: Partial<ProductInput> = {}): ProductInput => ({
  name: "Test Pay",
  summary: "A payments product used in unit tests only.",
  description: "",
  website: null,
  sourceUrl: null,
  docsUrl: null,
  licence: null,
  licenceType: "open-source",
  hosting: "self-hosted",
  pricing: "free",
  languages: [],
  dpgStatus: "unknown",
  contactEmail: null,
  versionLabel: null,
  bbs: ["payments"],
  useCases: [],
  deployments: [],
  ...over,
});
