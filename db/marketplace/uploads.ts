import "server-only";
import { fileTypeFromBuffer } from "file-type";
import { randomUUID } from "node:crypto";
import { mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { uploadDir } from "@/lib/upload-dir";
import { getDb, type Db } from "../client";

export const MAX_LOGO_BYTES = 512 * 1024;
const ALLOWED = new Map([
  ["image/png", "png"],
  ["image/jpeg", "jpg"],
  ["image/webp", "webp"],
]);
export const LOGO_NAME = /^[0-9a-f-]{36}\.(png|jpg|webp)$/;

const logoDir = () => join(/*turbopackIgnore: true*/ uploadDir(), "logos");

export type CheckedLogo = { bytes: Buffer; ext: "png" | "jpg" | "webp" };

/**
 * Checks a logo by its bytes (not its name or declared type), without storing anything.
 * SVG is refused because it can carry script.
 * @returns the bytes and extension to store, or an error message for the vendor.
 */
export async function checkLogo(file: File): Promise<CheckedLogo | { error: string }> {
  if (file.size === 0) return { error: "Choose an image file" };
  if (file.size > MAX_LOGO_BYTES) return { error: "The logo must be 512 KB or smaller" };
  const bytes = Buffer.from(await file.arrayBuffer());
  const type = await fileTypeFromBuffer(bytes);
  const ext = type ? ALLOWED.get(type.mime) : undefined;
  if (!ext) return { error: "The logo must be a PNG, JPEG or WebP image" };
  return { bytes, ext: ext as CheckedLogo["ext"] };
}

/** Stores a checked logo under a new random name (folders owner-only). @returns the file name. */
export async function writeLogo(logo: CheckedLogo): Promise<string> {
  await mkdir(uploadDir(), { recursive: true, mode: 0o700 });
  await mkdir(logoDir(), { recursive: true, mode: 0o700 });
  const fileName = `${randomUUID()}.${logo.ext}`;
  await writeFile(join(/*turbopackIgnore: true*/ logoDir(), fileName), logo.bytes, { mode: 0o600, flag: "wx" });
  return fileName;
}

/** Reads a stored logo; undefined for unknown or malformed names. */
export async function readLogo(fileName: string): Promise<{ bytes: Buffer; contentType: string } | undefined> {
  if (!LOGO_NAME.test(fileName)) return undefined;
  try {
    const bytes = await readFile(join(/*turbopackIgnore: true*/ logoDir(), fileName));
    const ext = fileName.split(".").pop()!;
    return { bytes, contentType: ext === "jpg" ? "image/jpeg" : `image/${ext}` };
  } catch {
    return undefined;
  }
}

/**
 * Whether anything still shows this logo: a product's working copy, or a submitted or published version
 * (their snapshots keep the file name, so replacing a working copy's logo must not break the listing).
 */
export function logoInUse(fileName: string, db: Db = getDb()): boolean {
  const row = db.$client
    .prepare(
      `SELECT 1 FROM products WHERE logo_file = ?
       UNION ALL SELECT 1 FROM product_versions WHERE instr(snapshot, ?) > 0
       UNION ALL SELECT 1 FROM listings WHERE instr(detail, ?) > 0
       LIMIT 1`,
    )
    .get(fileName, `"${fileName}"`, `"${fileName}"`);
  return row !== undefined;
}

/** Removes a stored logo once nothing uses it any more; unknown or malformed names are ignored. */
export async function removeLogo(fileName: string | null, db: Db = getDb()): Promise<void> {
  if (!fileName || !LOGO_NAME.test(fileName) || logoInUse(fileName, db)) return;
  await rm(join(/*turbopackIgnore: true*/ logoDir(), fileName), { force: true });
}

/** A logo name as a whole JSON string in a snapshot or a listing (what {@link logoInUse} looks for). */
const QUOTED_LOGO = /"([0-9a-f-]{36}\.(?:png|jpg|webp))"/g;

/**
 * Every logo something still shows, in one query: the products' working copies, and the names the
 * versions' snapshots and the published listings carry (as in {@link logoInUse}).
 */
export function logosInUse(db: Db = getDb()): Set<string> {
  const rows = db.$client
    .prepare(
      `SELECT logo_file AS name, NULL AS text FROM products WHERE logo_file IS NOT NULL
       UNION ALL SELECT NULL, snapshot FROM product_versions
       UNION ALL SELECT NULL, detail FROM listings`,
    )
    .all() as { name: string | null; text: string | null }[];
  const used = new Set<string>();
  for (const { name, text } of rows) {
    if (name !== null) used.add(name);
    for (const m of text?.matchAll(QUOTED_LOGO) ?? []) used.add(m[1]!);
  }
  return used;
}

/**
 * Deletes logo files nothing refers to (left by a crash between writing a file and recording it, or by
 * replaced logos of versions since superseded). Files younger than `graceMs` are kept: they may belong
 * to an upload still in progress. What is in use is read once, not once per file.
 * @returns how many files were removed.
 */
export async function sweepOrphanLogos(graceMs = 60 * 60_000, db: Db = getDb()): Promise<number> {
  const names = (await readdir(logoDir()).catch(() => [] as string[])).filter((name) => LOGO_NAME.test(name));
  if (names.length === 0) return 0;
  const inUse = logosInUse(db);
  let removed = 0;
  for (const name of names) {
    if (inUse.has(name)) continue;
    const info = await stat(join(/*turbopackIgnore: true*/ logoDir(), name)).catch(() => undefined);
    if (!info || Date.now() - info.mtimeMs < graceMs) continue;
    await rm(join(/*turbopackIgnore: true*/ logoDir(), name), { force: true });
    removed++;
  }
  return removed;
}
