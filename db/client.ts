import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/** Where the embedded database lives: DATABASE_PATH, or data/portal.db (git-ignored). */
export function databasePath(): string {
  return resolve(process.env.DATABASE_PATH ?? "data/portal.db");
}

/**
 * Opens a SQLite database with the pragmas the portal relies on.
 * @throws if the file cannot be created or opened.
 */
export function openDb(path = databasePath()): Db {
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("busy_timeout = 5000");
  return drizzle(sqlite, { schema }) as Db;
}

// One connection per process, kept on globalThis so dev hot reloads do not open new ones, and so
// every copy of this module in the process shares it: Next's bundles and the production server's
// /mock listener (scripts/server.mjs), which loads the sandbox from source. Each copy wraps the shared
// connection in its own drizzle instance, so no copy's query builder meets another copy's classes.
const globalForDb = globalThis as unknown as { portalDb?: Db };
let local: Db | undefined;

/** The process-wide connection. */
export function getDb(): Db {
  if (local && local.$client === globalForDb.portalDb?.$client) return local;
  globalForDb.portalDb ??= openDb();
  local = drizzle(globalForDb.portalDb.$client, { schema }) as Db;
  return local;
}
