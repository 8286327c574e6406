import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { resolve } from "node:path";
import type { Db } from "./client";

/** Applies every committed migration in db/migrations that the database has not seen yet. */
export function runMigrations(db: Db): void {
  migrate(db, { migrationsFolder: resolve("db/migrations") });
}
