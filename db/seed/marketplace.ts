import { eq } from "drizzle-orm";
import { getBuildingBlocks } from "../../lib/content/building-blocks";
import type { Db } from "../client";
import { writeAudit } from "../marketplace/core/audit";
import { ensureSearchIndex, publishSnapshot } from "../marketplace/core/publish";
import { readProductSnapshot } from "../marketplace/core/snapshot";
import { ensureCredentialUser } from "../marketplace/core/users";
import { listings, productDeployments, products, productUseCases } from "../schema";
import { SEED_PRODUCTS, type SeedProduct } from "./marketplace-products";
import { insertPublishedSeed } from "./publish-seed";

const slugify = (s: string) =>
  s
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60);

function seedDescription(seed: SeedProduct): string {
  return `**Seed data.** Compiled by the portal maintainers from public sources; nobody from this project has reviewed it and no requirement has been assessed. The vendor can claim this listing to take it over.\n\nMapping basis: ${seed.basis}`;
}

/**
 * Corrects the text of a seeded listing nobody has claimed or changed (e.g. a summary that contradicted
 * its badge) and republishes it under the same version. Claimed or edited products are left alone.
 */
function refreshUnclaimedSeed(db: Db, row: typeof products.$inferSelect, seed: SeedProduct): void {
  const description = seedDescription(seed);
  if (!row.isSeed || row.status !== "published" || (row.summary === seed.summary && row.description === description)) return;
  db.transaction((tx) => {
    tx.update(products).set({ summary: seed.summary, description }).where(eq(products.id, row.id)).run();
    const snapshot = readProductSnapshot(tx as unknown as Db, row.id)!;
    const version = tx.select({ n: listings.versionNumber, at: listings.publishedAt }).from(listings).where(eq(listings.productId, row.id)).get();
    if (version) publishSnapshot(db, snapshot, version.n, version.at);
  });
}

/**
 * Seeds the marketplace: the search index, the listed products (only those whose slug is not taken,
 * so vendor data is never overwritten) and, when ADMIN_EMAIL and ADMIN_PASSWORD are set, the first
 * admin (an existing account is only promoted; its password is left alone).
 * @throws when a seed product names a BB that has no spec.
 */
export function seedMarketplace(db: Db): void {
  ensureSearchIndex(db);
  const known = new Set(getBuildingBlocks().map((bb) => bb.id));
  const now = new Date().toISOString();
  for (const seed of SEED_PRODUCTS) {
    const unknown = seed.bbs.filter((bb) => !known.has(bb));
    if (unknown.length) throw new Error(`seed product ${seed.slug} names unknown BB ids: ${unknown.join(", ")}`);
    const existing = db.select().from(products).where(eq(products.slug, seed.slug)).get();
    if (existing) {
      refreshUnclaimedSeed(db, existing, seed);
      continue;
    }

    insertPublishedSeed(db, {
      organisation: { name: seed.organisation, slug: slugify(seed.organisation) },
      product: {
        slug: seed.slug,
        name: seed.name,
        summary: seed.summary,
        description: seedDescription(seed),
        website: seed.website,
        sourceUrl: seed.sourceUrl ?? null,
        licence: seed.licence,
        licenceType: seed.licenceType,
        hosting: seed.hosting,
        pricing: seed.pricing,
        countries: [...new Set((seed.deployments ?? []).map((d) => d.country))],
        dpgStatus: seed.dpg,
        isSeed: true,
      },
      bbs: seed.bbs,
      reason: "Seed data",
      now,
      more: (tx, productId) => {
        if (seed.useCases?.length)
          tx.insert(productUseCases)
            .values(seed.useCases.map((useCaseId) => ({ productId, useCaseId })))
            .run();
        if (seed.deployments?.length) {
          tx.insert(productDeployments)
            .values(seed.deployments.map((d) => ({ productId, country: d.country, description: d.description, url: null })))
            .run();
        }
      },
    });
  }

  const email = process.env.ADMIN_EMAIL;
  const password = process.env.ADMIN_PASSWORD;
  if (email && password) {
    const { created } = ensureCredentialUser(db, { email, password, role: "admin", name: "Administrator" });
    if (created) writeAudit(db, { actorId: null, actorLabel: "seed", action: "user.admin-created", detail: { email } });
  }
}
