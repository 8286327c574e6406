import { eq } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import type { Db } from "../client";
import { writeAudit } from "../marketplace/core/audit";
import { publishSnapshot } from "../marketplace/core/publish";
import { readProductSnapshot } from "../marketplace/core/snapshot";
import { organisations, productBbs, products, productVersions } from "../schema";

type SeedProductRow = Omit<typeof products.$inferInsert, "id" | "organisationId" | "status" | "createdAt" | "updatedAt">;

/**
 * Writes a product the portal lists by itself as published version 1, in one transaction: its
 * organisation (created when the slug is new), the product, its BBs (self-reported), what `more` adds
 * (use cases, deployments), then the approved version, the public listing and the audit entry.
 */
export function insertPublishedSeed(
  db: Db,
  seed: {
    organisation: { name: string; slug: string };
    product: SeedProductRow;
    bbs: readonly string[];
    /** The version's decision reason. */
    reason: string;
    now: string;
    more?: (tx: Db, productId: string) => void;
  },
): void {
  const { now } = seed;
  db.transaction((t) => {
    const tx = t as unknown as Db;
    let org = tx.select().from(organisations).where(eq(organisations.slug, seed.organisation.slug)).get();
    if (!org) {
      org = { id: randomUUID(), name: seed.organisation.name, slug: seed.organisation.slug, website: null, isSeed: true, createdAt: now };
      tx.insert(organisations).values(org).run();
    }
    const productId = randomUUID();
    tx.insert(products)
      .values({ ...seed.product, id: productId, organisationId: org.id, status: "published", createdAt: now, updatedAt: now })
      .run();
    tx.insert(productBbs)
      .values(seed.bbs.map((bbId) => ({ productId, bbId, evidence: "self-reported" as const })))
      .run();
    seed.more?.(tx, productId);
    const snapshot = readProductSnapshot(tx, productId)!;
    tx.insert(productVersions)
      .values({
        id: randomUUID(),
        productId,
        number: 1,
        snapshot: JSON.stringify(snapshot),
        status: "approved",
        submittedAt: now,
        decidedAt: now,
        reason: seed.reason,
      })
      .run();
    publishSnapshot(db, snapshot, 1, now);
    writeAudit(tx, { actorId: null, actorLabel: "seed", organisationId: org.id, productId, action: "seed.published" });
  });
}
