import Database from "better-sqlite3";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PrepareError, prepareDatabase } from "./prepare";

const tempDir = () => mkdtempSync(join(tmpdir(), "portal-prepare-"));

describe("prepareDatabase", () => {
  it("creates, migrates and seeds a new database, and running it again changes nothing", () => {
    const path = join(tempDir(), "portal.db");
    prepareDatabase(path);
    prepareDatabase(path);
    const db = new Database(path, { readonly: true });
    const migrations = db.prepare("SELECT count(*) AS n FROM __drizzle_migrations").get() as { n: number };
    const products = db.prepare("SELECT count(*) AS n FROM listings").get() as { n: number };
    db.close();
    expect(migrations.n).toBeGreaterThan(0);
    expect(products.n).toBeGreaterThanOrEqual(25);
  });

  it("explains a database path that cannot be created", () => {
    const file = join(tempDir(), "not-a-folder");
    writeFileSync(file, "x");
    expect(() => prepareDatabase(join(file, "portal.db"))).toThrowError(PrepareError);
    expect(() => prepareDatabase(join(file, "portal.db"))).toThrowError(
      /^Cannot open the database at .*not-a-folder\/portal\.db: .*set DATABASE_PATH to a writable file\.$/,
    );
  });

  it("explains a file that is not a database", () => {
    const path = join(tempDir(), "portal.db");
    writeFileSync(path, "this is not SQLite, just text that fills the header ".repeat(10));
    expect(() => prepareDatabase(path)).toThrowError(/^Cannot open the database at .*: file is not a database/);
  });

  it("explains a failed migration", () => {
    const path = join(tempDir(), "portal.db");
    const db = new Database(path);
    // A table the first migration wants to create, already there with another shape.
    db.exec("CREATE TABLE app_meta (something_else TEXT)");
    db.close();
    expect(() => prepareDatabase(path)).toThrowError(/^Database migration failed for .*portal\.db: /);
  });
});
