// 10,000 (BENCH_PRODUCTS) generated published products for the marketplace benches: used by
// bench/marketplace-query.ts (DAL timings in a temporary database) and bench/fill-marketplace.ts (the
// database the bench server serves, for the HTTP bench). Deterministic: the same products every run.
import { randomUUID } from "node:crypto";
import type { Db } from "../db/client";

export const WORDS = [
  "registry",
  "payments",
  "identity",
  "health",
  "farmer",
  "consent",
  "workflow",
  "messaging",
  "schedule",
  "market",
  "civil",
  "voucher",
  "benefit",
  "school",
  "clinic",
  "wallet",
  "ledger",
  "portal",
  "gateway",
  "open",
];
export const COUNTRIES = ["KE", "UG", "TZ", "RW", "ET", "GH", "NG", "SN", "PH", "IN", "BD", "NP", "EE", "FI", "DE", "BR", "MX", "PE", "ZA", "MA"];

let seed = 42;
export const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
export const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

/** Publishes `n` generated products into a migrated database. @returns the milliseconds it took. */
export async function fillMarketplace(db: Db, n: number): Promise<number> {
  const { organisations, products } = await import("../db/schema");
  const { ensureSearchIndex, publishSnapshot } = await import("../db/marketplace/core/publish");
  const { getBuildingBlocks } = await import("../lib/content/building-blocks");
  const { USE_CASE_IDS } = await import("../lib/content/schema");
  const { LICENCE_TYPES, HOSTING_MODELS, DPG_STATUSES } = await import("../lib/marketplace/options");
  ensureSearchIndex(db);
  const bbs = getBuildingBlocks().filter((b) => b.requirements.length);
  const now = new Date().toISOString();
  const orgId = randomUUID();
  db.insert(organisations)
    .values({ id: orgId, name: "Bench Org", slug: `bench-org-${orgId.slice(0, 8)}`, createdAt: now })
    .run();
  const loadStart = performance.now();
  // One transaction: a commit per product made filling 10,000 take minutes.
  db.$client.transaction(() => {
    for (let i = 0; i < n; i++) {
      const id = randomUUID();
      const name = `${pick(WORDS)} ${pick(WORDS)} ${i}`;
      const summary = `A ${pick(WORDS)} and ${pick(WORDS)} product for ${pick(WORDS)} services.`;
      const claims = [...new Set([pick(bbs), pick(bbs), pick(bbs)].slice(0, 1 + Math.floor(rand() * 3)))];
      const base = { licenceType: pick(LICENCE_TYPES), hosting: pick(HOSTING_MODELS), pricing: "free" as const, dpgStatus: pick(DPG_STATUSES) };
      db.insert(products)
        .values({ id, organisationId: orgId, slug: `p-${orgId.slice(0, 6)}-${i}`, name, summary, ...base, status: "published", createdAt: now, updatedAt: now })
        .run();
      const share = rand();
      publishSnapshot(
        db,
        {
          productId: id,
          slug: `p-${orgId.slice(0, 6)}-${i}`,
          name,
          summary,
          description: `${summary} ${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)}.`,
          logoFile: null,
          website: null,
          sourceUrl: null,
          docsUrl: null,
          licence: "MIT",
          ...base,
          languages: [],
          countries: [pick(COUNTRIES), pick(COUNTRIES)],
          contactEmail: null,
          versionLabel: null,
          isSeed: false,
          organisation: { id: orgId, name: "Bench Org", slug: "bench-org", website: null },
          bbs: claims.map((bb) => ({
            bbId: bb.id,
            evidence: "self-reported" as const,
            assessments: bb.requirements.map((r) => ({
              requirementId: r.id,
              status: rand() < share ? ("met" as const) : ("not_met" as const),
              comment: "",
              evidenceUrl: null,
            })),
          })),
          useCases: [pick(USE_CASE_IDS)],
          deployments: [],
        },
        1,
        new Date(Date.now() - i * 1000).toISOString(),
      );
    }
  })();
  return performance.now() - loadStart;
}
