import type Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { connection, openSqlite } from "@/db/connection";
import * as schema from "./schema";

export { databasePath } from "@/db/connection";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/**
 * Opens a database of its own (scripts and tests); the portal itself uses getDb().
 * @throws if the file cannot be created or opened.
 */
export function openDb(path?: string): Db {
  return drizzle(openSqlite(path), { schema }) as Db;
}

// The connection is shared process-wide (db/connection.ts); the drizzle wrapper is made by each copy of
// this module, so a bundle's query builders only ever meet its own copy of drizzle's classes.
let db: Db | undefined;

/** The process-wide connection, with drizzle's query builder. */
export function getDb(): Db {
  return (db ??= drizzle(connection(), { schema }) as Db);
}
