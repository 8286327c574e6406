import { mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
const dir = mkdtempSync(join(tmpdir(), "logo-test-"));
process.env.UPLOAD_DIR = join(dir, "uploads");
const { openDb } = await import("../client");
const { runMigrations } = await import("../migrate");
const { checkLogo, logoInUse, logosInUse, removeLogo, sweepOrphanLogos, writeLogo } = await import("./uploads");

const db = openDb(join(dir, "t.db"));
const PNG = Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489", "hex");
const JPEG = Buffer.from("ffd8ffe000104a46494600010100000100010000ffdb", "hex");
const GIF = Buffer.from("GIF89a\x01\x00\x01\x00\x00\x00\x00;", "latin1");
const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>');
const file = (bytes: Buffer, name: string, type: string) => new File([new Uint8Array(bytes)], name, { type });

beforeAll(() => runMigrations(db));
afterAll(() => {
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("checkLogo", () => {
  it("accepts PNG and JPEG by their bytes", async () => {
    expect(await checkLogo(file(PNG, "a.png", "image/png"))).toMatchObject({ ext: "png" });
    expect(await checkLogo(file(JPEG, "a.bin", "application/octet-stream"))).toMatchObject({ ext: "jpg" });
  });

  it.each([
    ["an SVG", SVG, "logo.png", "image/png"],
    ["a GIF", GIF, "logo.gif", "image/gif"],
    ["text named .png", Buffer.from("hello, not an image"), "logo.png", "image/png"],
  ])("refuses %s whatever its name and declared type", async (_label, bytes, name, type) => {
    expect(await checkLogo(file(bytes, name, type))).toEqual({ error: "The logo must be a PNG, JPEG or WebP image" });
  });

  it("refuses an empty or too large file before reading it", async () => {
    expect(await checkLogo(file(Buffer.alloc(0), "a.png", "image/png"))).toEqual({ error: "Choose an image file" });
    expect(await checkLogo(file(Buffer.concat([PNG, Buffer.alloc(512 * 1024)]), "a.png", "image/png"))).toEqual({
      error: "The logo must be 512 KB or smaller",
    });
  });

  it("writes nothing while checking", async () => {
    await checkLogo(file(PNG, "a.png", "image/png"));
    expect(() => readdirSync(join(dir, "uploads", "logos"))).toThrow();
  });
});

describe("stored logos", () => {
  it("are written owner-only, and removed only once nothing refers to them", async () => {
    const name = await writeLogo({ bytes: PNG, ext: "png" });
    const logos = join(dir, "uploads", "logos");
    expect(statSync(logos).mode & 0o777).toBe(0o700);
    expect(statSync(join(dir, "uploads")).mode & 0o777).toBe(0o700);
    expect(statSync(join(logos, name)).mode & 0o777).toBe(0o600);

    // A submitted version still shows it (e.g. the working copy's logo was replaced): kept.
    db.$client.pragma("foreign_keys = OFF");
    db.$client
      .prepare("insert into product_versions (id, product_id, number, snapshot, status, submitted_at) values ('v1', 'p1', 1, ?, 'submitted', 'x')")
      .run(JSON.stringify({ name: "P", logoFile: name }));
    expect(logoInUse(name, db)).toBe(true);
    await removeLogo(name, db);
    expect(readdirSync(logos)).toContain(name);
    db.$client.prepare("delete from product_versions where id = 'v1'").run();
    expect(logoInUse(name, db)).toBe(false);
    await removeLogo(name, db);
    expect(readdirSync(logos)).not.toContain(name);
  });

  it("sweeps orphaned files older than the grace period and keeps fresh ones", async () => {
    const logos = join(dir, "uploads", "logos");
    const old = await writeLogo({ bytes: PNG, ext: "png" });
    const fresh = await writeLogo({ bytes: PNG, ext: "png" });
    const hourAgo = new Date(Date.now() - 2 * 3600_000);
    utimesSync(join(logos, old), hourAgo, hourAgo);
    writeFileSync(join(logos, "notes.txt"), "not ours");
    expect(await sweepOrphanLogos(3600_000, db)).toBe(1);
    expect(readdirSync(logos).sort()).toEqual([fresh, "notes.txt"].sort());
  });

  it("sweeps with one query for what is in use: removes every old orphan and no logo in use", async () => {
    const logos = join(dir, "uploads", "logos");
    const age = (name: string) => utimesSync(join(logos, name), new Date(Date.now() - 2 * 3600_000), new Date(Date.now() - 2 * 3600_000));
    const [inProduct, inVersion, inListing, orphan, mentioned] = await Promise.all(Array.from({ length: 5 }, () => writeLogo({ bytes: PNG, ext: "png" })));
    const freshOrphan = await writeLogo({ bytes: PNG, ext: "png" });
    for (const name of [inProduct!, inVersion!, inListing!, orphan!, mentioned!]) age(name);

    db.$client.pragma("foreign_keys = OFF");
    db.$client
      .prepare(
        `insert into products (id, organisation_id, slug, name, summary, licence_type, hosting, pricing, created_at, updated_at, logo_file)
         values ('p-sweep', 'o1', 'p-sweep', 'P', 'S', 'open-source', 'saas', 'free', 'x', 'x', ?)`,
      )
      .run(inProduct);
    db.$client
      .prepare("insert into product_versions (id, product_id, number, snapshot, status, submitted_at) values ('v-sweep', 'p-sweep', 1, ?, 'submitted', 'x')")
      .run(JSON.stringify({ name: "P", logoFile: inVersion, note: `not a reference: ${mentioned}` }));
    db.$client
      .prepare(
        `insert into listings (product_id, slug, name, name_sort, summary, organisation_name, licence_type, hosting, dpg_status, version_number, published_at, detail)
         values ('p-sweep', 'p-sweep', 'P', 'p', 'S', 'O', 'open-source', 'saas', 'unknown', 1, 'x', ?)`,
      )
      .run(JSON.stringify({ logoFile: inListing }));

    const inUse = logosInUse(db);
    for (const name of [inProduct!, inVersion!, inListing!, orphan!, mentioned!, freshOrphan]) expect(inUse.has(name)).toBe(logoInUse(name, db));

    const prepare = vi.spyOn(db.$client, "prepare");
    const before = readdirSync(logos);
    expect(await sweepOrphanLogos(3600_000, db)).toBe(2);
    expect(prepare).toHaveBeenCalledTimes(1);
    prepare.mockRestore();
    const after = readdirSync(logos);
    expect(after).toEqual(expect.arrayContaining([inProduct, inVersion, inListing, freshOrphan]));
    expect(after).not.toContain(orphan);
    expect(after).not.toContain(mentioned);
    expect(before.filter((n) => !after.includes(n)).sort()).toEqual([orphan, mentioned].sort());

    db.$client.exec(
      "delete from listings where product_id = 'p-sweep'; delete from product_versions where id = 'v-sweep'; delete from products where id = 'p-sweep'",
    );
  });
});
