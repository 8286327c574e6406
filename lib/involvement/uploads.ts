import "server-only";
// turbopackIgnore: upload paths are runtime data, not files to trace into the build output.
import { randomUUID } from "node:crypto";
import { createReadStream, createWriteStream, mkdirSync } from "node:fs";
import { readdir, rename, rm, stat } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import { Readable } from "node:stream";
import { uploadDir } from "@/lib/upload-dir";

// Stored names are ours (uuid + checked extension), so a name from the database can never escape the folder.
const STORED_NAME = /^[0-9a-f-]{36}\.(pdf|doc|docx)$/;

function pathOf(fileName: string): string {
  if (!STORED_NAME.test(fileName)) throw new Error(`Refusing an unexpected upload name: ${fileName}`);
  return join(/*turbopackIgnore: true*/ uploadDir(), fileName);
}

// Files still arriving (or not yet checked) are "incoming-<uuid>"; only checked files get a stored name.
const INCOMING_NAME = /^incoming-[0-9a-f-]{36}$/;

/** Opens a new file for an upload as it streams in (owner-only permissions, in a folder only the owner can list). */
export function openIncoming(): { path: string; stream: NodeJS.WritableStream } {
  mkdirSync(/*turbopackIgnore: true*/ uploadDir(), { recursive: true, mode: 0o700 });
  const path = join(/*turbopackIgnore: true*/ uploadDir(), `incoming-${randomUUID()}`);
  return { path, stream: createWriteStream(/*turbopackIgnore: true*/ path, { mode: 0o600, flags: "wx" }) };
}

function incomingPath(path: string): string {
  if (!INCOMING_NAME.test(basename(path)) || resolve(/*turbopackIgnore: true*/ path) !== join(/*turbopackIgnore: true*/ uploadDir(), basename(path))) {
    throw new Error(`Refusing an unexpected incoming upload: ${path}`);
  }
  return path;
}

/** Keeps a checked incoming upload under a stored name. @returns the stored file name. */
export async function adoptIncoming(path: string, ext: "pdf" | "doc" | "docx"): Promise<string> {
  const fileName = `${randomUUID()}.${ext}`;
  await rename(/*turbopackIgnore: true*/ incomingPath(path), pathOf(fileName));
  return fileName;
}

/** Deletes an incoming upload that is not kept; a missing file is not an error. */
export async function discardIncoming(path: string): Promise<void> {
  await rm(/*turbopackIgnore: true*/ incomingPath(path), { force: true });
}

/** Deletes incoming uploads older than `graceMs`: left behind when the server stopped mid-upload. @returns how many. */
export async function sweepStaleIncoming(graceMs = 3600_000): Promise<number> {
  const names = await readdir(/*turbopackIgnore: true*/ uploadDir()).catch(() => [] as string[]);
  let removed = 0;
  for (const name of names.filter((n) => INCOMING_NAME.test(n))) {
    const path = join(/*turbopackIgnore: true*/ uploadDir(), name);
    const info = await stat(/*turbopackIgnore: true*/ path).catch(() => undefined);
    if (info && Date.now() - info.mtimeMs > graceMs) {
      await rm(/*turbopackIgnore: true*/ path, { force: true });
      removed++;
    }
  }
  return removed;
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
