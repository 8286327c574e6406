import { databasePath, openDb } from "./client";
import { runMigrations } from "./migrate";
import { enableIncrementalVacuum } from "@/db/sandbox";
import { seedAll } from "./seed";

/** What went wrong while preparing the database, in words a person can act on. */
export class PrepareError extends Error {}

/**
 * Opens, migrates and seeds the database at DATABASE_PATH.
 * @throws PrepareError with a one-line, readable message.
 */
export function prepareDatabase(path = databasePath()): void {
  let db;
  try {
    db = openDb(path);
  } catch (error) {
    throw new PrepareError(
      `Cannot open the database at ${path}: ${(error as Error).message}. ` +
        "Check that the folder exists and is writable, or set DATABASE_PATH to a writable file.",
    );
  }
  try {
    try {
      // Before the first table exists, so a new database needs no rebuild (the sandbox sweep gives pages back).
      if (enableIncrementalVacuum(db.$client)) console.log(`Rebuilt ${path} once for incremental auto-vacuum.`);
    } catch (error) {
      throw new PrepareError(`Switching ${path} to incremental auto-vacuum failed: ${(error as Error).message}`);
    }
    try {
      runMigrations(db);
    } catch (error) {
      throw new PrepareError(`Database migration failed for ${path}: ${(error as Error).message}`);
    }
    try {
      seedAll(db);
    } catch (error) {
      throw new PrepareError(`Seeding the database at ${path} failed: ${(error as Error).message}`);
    }
  } finally {
    db.$client.close();
  }
}
