import { sql } from "drizzle-orm";
import type { Db } from "../client";
import { appMeta } from "../schema";
import { seedReferenceListing } from "./conformance-reference";
import { seedMarketplace } from "./marketplace";

/**
 * Seeds every domain. Each domain seed is idempotent: running it twice leaves the same data,
 * and it never overwrites what users created.
 */
export function seedAll(db: Db): void {
  db.transaction((tx) => {
    const now = new Date().toISOString();
    tx.insert(appMeta)
      .values({ key: "seeded_at", value: now, updatedAt: now })
      .onConflictDoUpdate({ target: appMeta.key, set: { value: sql`excluded.value`, updatedAt: now } })
      .run();
  });
  seedMarketplace(db);
  seedReferenceListing(db);
}
