// Migrates and seeds the embedded database; exits non-zero with one readable line on failure.
import { databasePath } from "../db/client";
import { PrepareError, prepareDatabase } from "../db/prepare";

try {
  prepareDatabase();
  console.log(`Database ready at ${databasePath()}`);
} catch (error) {
  const message = error instanceof PrepareError ? error.message : `Unexpected error: ${(error as Error).message}`;
  console.error(`\n✖ ${message}\n`);
  process.exit(1);
}
