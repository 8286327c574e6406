// Decides from a file's bytes (never its name) whether it is a CV we accept: PDF, Word 97-2003 or Word.
import { readFile, stat } from "node:fs/promises";
import { fileTypeFromFile } from "file-type";
import { CV_MAX_BYTES } from "./options";

export type CvCheck = { ok: true; ext: "pdf" | "doc" | "docx"; mime: string } | { ok: false; message: string };

// Control characters, and the bidirectional controls that make "cv\u202Efdp.exe" display as "cvexe.pdf".
const UNSAFE_IN_NAME = /[\u0000-\u001f\u007f-\u009f"\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** A safe display name for an uploaded file: no folders, no control or direction-override characters, short, the checked extension. */
export function cleanFileName(name: string, ext: string): string {
  const base = name.split(/[\\/]/).pop()?.replace(UNSAFE_IN_NAME, "").trim().slice(0, 120) || "cv";
  return base.toLowerCase().endsWith(`.${ext}`) ? base : `${base}.${ext}`;
}

const WRONG_TYPE = "The CV must be a PDF, DOC or DOCX file";

/**
 * Checks an uploaded CV, a file on disk (streamed there as it arrived).
 * - pdf: file-type sees the %PDF signature;
 * - docx: file-type reads the zip's [Content_Types].xml (main part is a WordprocessingML document);
 * - doc: an OLE/CFB container holding a "WordDocument" stream (so an .xls or .msi, also CFB, fails).
 * Only a CFB file is read whole (its directory can be anywhere); the others are sniffed from their start.
 */
export async function checkCvFile(path: string): Promise<CvCheck> {
  const { size } = await stat(/*turbopackIgnore: true*/ path);
  if (size === 0) return { ok: false, message: "The selected CV is empty" };
  if (size > CV_MAX_BYTES) return { ok: false, message: "The CV must be smaller than 50 MB" };
  const type = await fileTypeFromFile(/*turbopackIgnore: true*/ path);
  if (type?.ext === "pdf") return { ok: true, ext: "pdf", mime: "application/pdf" };
  if (type?.ext === "docx") return { ok: true, ext: "docx", mime: type.mime };
  if (type?.ext === "cfb" && cfbHasStream(await readFile(/*turbopackIgnore: true*/ path), "WordDocument")) {
    return { ok: true, ext: "doc", mime: "application/msword" };
  }
  return { ok: false, message: WRONG_TYPE };
}

const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;

/**
 * Reads the directory of a Compound File Binary (MS-CFB) and reports whether it holds a stream with
 * that name. Bounded: every chain walk stops after as many steps as the file has sectors.
 */
export function cfbHasStream(bytes: Uint8Array, name: string): boolean {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 512) return false;
  const shift = view.getUint16(0x1e, true);
  if (shift !== 9 && shift !== 12) return false;
  const sectorSize = 1 << shift;
  const sectorCount = Math.floor((bytes.byteLength - sectorSize) / sectorSize);
  const sectorOffset = (n: number) => (n + 1) * sectorSize;
  const validSector = (n: number) => n < sectorCount;

  // FAT sector ids: 109 in the header, the rest in a chain of DIFAT sectors.
  const fatSectors: number[] = [];
  const fatCount = view.getUint32(0x2c, true);
  for (let i = 0; i < 109 && fatSectors.length < fatCount; i++) fatSectors.push(view.getUint32(0x4c + i * 4, true));
  let difat = view.getUint32(0x44, true);
  for (let steps = 0; difat !== END_OF_CHAIN && difat !== FREE && fatSectors.length < fatCount; steps++) {
    if (!validSector(difat) || steps > sectorCount) return false;
    const base = sectorOffset(difat);
    const perSector = sectorSize / 4 - 1;
    for (let i = 0; i < perSector && fatSectors.length < fatCount; i++) fatSectors.push(view.getUint32(base + i * 4, true));
    difat = view.getUint32(base + perSector * 4, true);
  }
  if (fatSectors.some((s) => !validSector(s))) return false;
  const nextSector = (n: number): number => {
    const perSector = sectorSize / 4;
    const fatSector = fatSectors[Math.floor(n / perSector)];
    if (fatSector === undefined) return END_OF_CHAIN;
    return view.getUint32(sectorOffset(fatSector) + (n % perSector) * 4, true);
  };

  let sector = view.getUint32(0x30, true);
  for (let steps = 0; sector !== END_OF_CHAIN; steps++) {
    if (!validSector(sector) || steps > sectorCount) return false;
    const base = sectorOffset(sector);
    for (let entry = 0; entry < sectorSize / 128; entry++) {
      const at = base + entry * 128;
      const nameBytes = view.getUint16(at + 0x40, true);
      const objectType = bytes[at + 0x42];
      if (objectType !== 2 || nameBytes < 2 || nameBytes > 64) continue;
      const entryName = Buffer.from(bytes.subarray(at, at + nameBytes - 2)).toString("utf16le");
      if (entryName === name) return true;
    }
    sector = nextSector(sector);
  }
  return false;
}
