import { asc, eq } from "drizzle-orm";
import type { Db } from "../../client";
import { organisations, productAssessments, productBbs, productDeployments, products, productUseCases } from "../../schema";
import type { ProductSnapshot } from "./types";

/**
 * Reads a product's working copy with its claims into one snapshot.
 * @returns undefined when the product does not exist.
 */
export function readProductSnapshot(db: Db, productId: string): ProductSnapshot | undefined {
  const row = db
    .select({ p: products, o: organisations })
    .from(products)
    .innerJoin(organisations, eq(organisations.id, products.organisationId))
    .where(eq(products.id, productId))
    .get();
  if (!row) return undefined;
  const { p, o } = row;
  const bbRows = db.select().from(productBbs).where(eq(productBbs.productId, productId)).orderBy(asc(productBbs.bbId)).all();
  const answers = db.select().from(productAssessments).where(eq(productAssessments.productId, productId)).all();
  const useCases = db.select().from(productUseCases).where(eq(productUseCases.productId, productId)).all();
  const deployments = db.select().from(productDeployments).where(eq(productDeployments.productId, productId)).orderBy(asc(productDeployments.id)).all();
  return {
    productId: p.id,
    slug: p.slug,
    name: p.name,
    summary: p.summary,
    description: p.description,
    logoFile: p.logoFile,
    website: p.website,
    sourceUrl: p.sourceUrl,
    docsUrl: p.docsUrl,
    licence: p.licence,
    licenceType: p.licenceType,
    hosting: p.hosting,
    pricing: p.pricing,
    languages: p.languages,
    countries: p.countries,
    dpgStatus: p.dpgStatus,
    contactEmail: p.contactEmail,
    versionLabel: p.versionLabel,
    isSeed: p.isSeed,
    organisation: { id: o.id, name: o.name, slug: o.slug, website: o.website },
    bbs: bbRows.map((b) => ({
      bbId: b.bbId,
      evidence: b.evidence,
      assessments: answers
        .filter((a) => a.bbId === b.bbId)
        .map((a) => ({ requirementId: a.requirementId, status: a.status, comment: a.comment, evidenceUrl: a.evidenceUrl })),
    })),
    useCases: useCases.map((u) => u.useCaseId).sort(),
    deployments: deployments.map((d) => ({ country: d.country, description: d.description, url: d.url })),
  };
}
