import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";

/** Where the embedded database lives: DATABASE_PATH, or data/portal.db (git-ignored). */
export function databasePath(): string {
  return resolve(process.env.DATABASE_PATH ?? "data/portal.db");
}

/**
 * Opens a SQLite connection with the pragmas the portal relies on.
 * @throws if the file cannot be created or opened.
 */
export function openSqlite(path = databasePath()): Database.Database {
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("busy_timeout = 5000");
  return sqlite;
}

let shared: Database.Database | undefined;

/**
 * The process's one connection. This module is shared (scripts/shared-modules.mjs): Next's bundles and
 * the /mock listener all reach this instance, so the sandbox's write queue (db/sandbox.ts) sees every write.
 */
export function connection(): Database.Database {
  return (shared ??= openSqlite());
}
