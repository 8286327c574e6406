import "server-only";
// turbopackIgnore: upload paths are runtime data, not files to trace into the build output.
import { randomUUID } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, rm, stat, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { Readable } from "node:stream";

/** Where CVs are kept: UPLOAD_DIR, or data/uploads. Never under public/, so nothing serves them directly. */
export function uploadDir(): string {
  return resolve(/*turbopackIgnore: true*/ process.env.UPLOAD_DIR ?? "data/uploads");
}

// Stored names are ours (uuid + checked extension), so a name from the database can never escape the folder.
const STORED_NAME = /^[0-9a-f-]{36}\.(pdf|doc|docx)$/;

function pathOf(fileName: string): string {
  if (!STORED_NAME.test(fileName)) throw new Error(`Refusing an unexpected upload name: ${fileName}`);
  return join(/*turbopackIgnore: true*/ uploadDir(), fileName);
}

/** Writes an upload with a random name (owner-only permissions). @returns the stored file name. */
export async function saveUpload(bytes: Uint8Array, ext: "pdf" | "doc" | "docx"): Promise<string> {
  await mkdir(/*turbopackIgnore: true*/ uploadDir(), { recursive: true, mode: 0o700 });
  const fileName = `${randomUUID()}.${ext}`;
  await writeFile(/*turbopackIgnore: true*/ pathOf(fileName), bytes, { mode: 0o600, flag: "wx" });
  return fileName;
}

/** A web stream of a stored upload and its size, or undefined when the file is gone. */
export async function openUpload(fileName: string): Promise<{ body: ReadableStream<Uint8Array>; size: number } | undefined> {
  const path = pathOf(fileName);
  const info = await stat(/*turbopackIgnore: true*/ path).catch(() => undefined);
  if (!info?.isFile()) return undefined;
  return { body: Readable.toWeb(createReadStream(/*turbopackIgnore: true*/ path)) as ReadableStream<Uint8Array>, size: info.size };
}

/** Deletes a stored upload; a missing file is not an error. */
export async function removeUpload(fileName: string): Promise<void> {
  await rm(/*turbopackIgnore: true*/ pathOf(fileName), { force: true });
}
