import "server-only";
import { fileTypeFromBuffer } from "file-type";
import { randomUUID } from "node:crypto";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";

export const MAX_LOGO_BYTES = 512 * 1024;
const ALLOWED = new Map([
  ["image/png", "png"],
  ["image/jpeg", "jpg"],
  ["image/webp", "webp"],
]);
export const LOGO_NAME = /^[0-9a-f-]{36}\.(png|jpg|webp)$/;

/** Where uploads are kept: UPLOAD_DIR, or data/uploads (outside public/, git-ignored). */
export function uploadDir(): string {
  return resolve(process.env.UPLOAD_DIR ?? "data/uploads");
}

/**
 * Checks a logo by its bytes (not its name or declared type) and stores it under a random name.
 * SVG is refused because it can carry script.
 * @returns the stored file name, or an error message for the vendor.
 */
export async function storeLogo(file: File): Promise<{ fileName: string } | { error: string }> {
  if (file.size === 0) return { error: "Choose an image file" };
  if (file.size > MAX_LOGO_BYTES) return { error: "The logo must be 512 KB or smaller" };
  const bytes = Buffer.from(await file.arrayBuffer());
  const type = await fileTypeFromBuffer(bytes);
  const ext = type ? ALLOWED.get(type.mime) : undefined;
  if (!ext) return { error: "The logo must be a PNG, JPEG or WebP image" };
  const fileName = `${randomUUID()}.${ext}`;
  await mkdir(join(uploadDir(), "logos"), { recursive: true });
  await writeFile(join(uploadDir(), "logos", fileName), bytes);
  return { fileName };
}

/** Reads a stored logo; undefined for unknown or malformed names. */
export async function readLogo(fileName: string): Promise<{ bytes: Buffer; contentType: string } | undefined> {
  if (!LOGO_NAME.test(fileName)) return undefined;
  try {
    const bytes = await readFile(join(uploadDir(), "logos", fileName));
    const ext = fileName.split(".").pop()!;
    return { bytes, contentType: ext === "jpg" ? "image/jpeg" : `image/${ext}` };
  } catch {
    return undefined;
  }
}

/** Removes a stored logo (e.g. of a deleted product); unknown or malformed names are ignored. */
export async function removeLogo(fileName: string | null): Promise<void> {
  if (!fileName || !LOGO_NAME.test(fileName)) return;
  await rm(join(uploadDir(), "logos", fileName), { force: true });
}
