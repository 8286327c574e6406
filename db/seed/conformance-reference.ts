// The reference listing: the portal's own mock Building Blocks as a marketplace product, so visitors
// can see what test-verified evidence looks like. Its evidence is never written here: it comes from a
// real run of the suites against the mocks at first start (conformance/reference.ts).
import { eq } from "drizzle-orm";
import { BB_IDS } from "../../sandbox/types";
import { getDb, type Db } from "../client";
import { products } from "../schema";
import { insertPublishedSeed } from "./publish-seed";

export const REFERENCE_SLUG = "govstack-portal-reference-mocks";

/** The reference listing's product id, once seeded. */
export function referenceProductId(db: Db = getDb()): string | undefined {
  return db.select({ id: products.id }).from(products).where(eq(products.slug, REFERENCE_SLUG)).get()?.id;
}
const ORG_SLUG = "govstack-portal-project";

/** Creates the reference listing once (idempotent; never touches vendor data). */
export function seedReferenceListing(db: Db): void {
  if (db.select({ id: products.id }).from(products).where(eq(products.slug, REFERENCE_SLUG)).get()) return;
  const now = new Date().toISOString();
  insertPublishedSeed(db, {
    organisation: { name: "GovStack Portal project", slug: ORG_SLUG },
    product: {
      slug: REFERENCE_SLUG,
      name: "Reference mocks (GovStack Portal sandbox)",
      summary: "Reference listing, not a product: the portal's own mock Building Blocks, tested by the portal's conformance suites.",
      description:
        "**Reference listing.** These are the sandbox's mock Building Blocks, not software you can deploy. They are listed so you can see what test-verified evidence looks like: every level below comes from a real run of the conformance suites against the mocks, made when this portal first started. Open a run to see each request and answer.",
      licence: "Apache-2.0",
      licenceType: "open-source",
      hosting: "saas",
      pricing: "free",
      // Not seed data: its evidence is real (the page labels it a reference listing instead).
      isSeed: false,
      versionLabel: "reference",
    },
    bbs: BB_IDS,
    reason: "Reference listing",
    now,
  });
}
