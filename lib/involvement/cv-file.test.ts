import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cfbHasStream, checkCvFile as checkCvPath, cleanFileName } from "./cv-file";
import { CV_MAX_BYTES } from "./options";
import { makeCfb, makeDocx, makeExe, makePdf, makeXlsx, makeZip } from "./test-files/make";

const folder = mkdtempSync(join(tmpdir(), "cv-"));
let written = 0;
/** The check runs on files on disk, as uploads are streamed there. */
function checkCvFile(bytes: Uint8Array) {
  const path = join(folder, `cv-${written++}`);
  writeFileSync(path, bytes);
  return checkCvPath(path);
}

describe("checkCvFile", () => {
  it("accepts a PDF, a Word document and a Word 97-2003 document", async () => {
    expect(await checkCvFile(makePdf())).toMatchObject({ ok: true, ext: "pdf", mime: "application/pdf" });
    expect(await checkCvFile(makeDocx())).toMatchObject({ ok: true, ext: "docx" });
    expect(await checkCvFile(makeCfb("WordDocument"))).toMatchObject({ ok: true, ext: "doc", mime: "application/msword" });
  });

  it("rejects an executable whatever it is called", async () => {
    expect(await checkCvFile(makeExe())).toEqual({ ok: false, message: "The CV must be a PDF, DOC or DOCX file" });
    expect(await checkCvFile(readFileSync("/bin/true"))).toMatchObject({ ok: false });
  });

  it("rejects other Office files and plain zips, which share the doc and docx containers", async () => {
    expect(await checkCvFile(makeXlsx())).toMatchObject({ ok: false });
    expect(await checkCvFile(makeZip({ "word/document.xml": "<w/>" }))).toMatchObject({ ok: false });
    expect(await checkCvFile(makeCfb("Workbook"))).toMatchObject({ ok: false });
  });

  it("rejects text, empty and oversized files with a clear message", async () => {
    expect(await checkCvFile(Buffer.from("just some text, not a CV"))).toMatchObject({ ok: false });
    expect(await checkCvFile(new Uint8Array())).toEqual({ ok: false, message: "The selected CV is empty" });
    const big = Buffer.alloc(CV_MAX_BYTES + 1);
    makePdf().copy(big);
    expect(await checkCvFile(big)).toEqual({ ok: false, message: "The CV must be smaller than 50 MB" });
  });
});

describe("cfbHasStream", () => {
  it("finds a named stream and survives a corrupt directory pointer", () => {
    const doc = makeCfb("WordDocument");
    expect(cfbHasStream(doc, "WordDocument")).toBe(true);
    expect(cfbHasStream(doc, "Workbook")).toBe(false);
    const broken = Buffer.from(doc);
    broken.writeUInt32LE(9999, 0x30);
    expect(cfbHasStream(broken, "WordDocument")).toBe(false);
    const loop = Buffer.from(doc);
    loop.writeUInt32LE(1, 512 + 4); // directory sector points at itself
    expect(cfbHasStream(loop, "Workbook")).toBe(false);
  });
});

describe("cleanFileName", () => {
  it("strips direction overrides, so a name cannot pretend to end in .pdf", () => {
    expect(cleanFileName("cv\u202Efdp.exe", "pdf")).toBe("cvfdp.exe.pdf");
    expect(cleanFileName("my\u2066cv\u2069\u200f.pdf", "pdf")).toBe("mycv.pdf");
  });

  it("drops folders and control characters and keeps the checked extension", () => {
    expect(cleanFileName("C:\\Users\\ada\\cv.PDF", "pdf")).toBe("cv.PDF");
    expect(cleanFileName("../../etc/pass\u0000wd", "docx")).toBe("passwd.docx");
    expect(cleanFileName("\u202E", "pdf")).toBe("cv.pdf");
  });
});
