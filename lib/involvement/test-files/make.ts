// Builders for tiny but structurally real test files (used by unit tests and the e2e specs).
import { crc32 } from "node:zlib";

/** A minimal PDF 1.4 document. */
export function makePdf(): Buffer {
  return Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n" + "trailer<</Root 1 0 R>>\n%%EOF\n");
}

/** A stored (uncompressed) zip with the given entries. */
export function makeZip(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(entries)) {
    const nameBuf = Buffer.from(name);
    const data = Buffer.from(content);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    locals.push(local, nameBuf, data);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBuf.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBuf);
    offset += 30 + nameBuf.length + data.length;
  }
  const centralDir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(centralDir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, centralDir, end]);
}

const CONTENT_TYPES = (main: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  `<Default Extension="xml" ContentType="application/xml"/>` +
  `<Override PartName="/${main}" ContentType="application/vnd.openxmlformats-officedocument.${
    main.startsWith("word") ? "wordprocessingml.document" : "spreadsheetml.sheet"
  }.main+xml"/></Types>`;

/** A minimal Word (.docx) package. */
export function makeDocx(): Buffer {
  return makeZip({
    "[Content_Types].xml": CONTENT_TYPES("word/document.xml"),
    "word/document.xml": '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>',
  });
}

/** A minimal Excel (.xlsx) package: a zip that is not a Word document. */
export function makeXlsx(): Buffer {
  return makeZip({ "[Content_Types].xml": CONTENT_TYPES("xl/workbook.xml"), "xl/workbook.xml": "<workbook/>" });
}

/**
 * A minimal version-3 compound file (512-byte sectors): header, one FAT sector, one directory sector,
 * holding a root entry and one empty stream with the given name ("WordDocument" for a .doc).
 */
export function makeCfb(streamName: string): Buffer {
  const file = Buffer.alloc(512 * 3);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(file, 0);
  file.writeUInt16LE(0x3e, 0x18);
  file.writeUInt16LE(3, 0x1a);
  file.writeUInt16LE(0xfffe, 0x1c);
  file.writeUInt16LE(9, 0x1e);
  file.writeUInt16LE(6, 0x20);
  file.writeUInt32LE(1, 0x2c); // one FAT sector
  file.writeUInt32LE(1, 0x30); // directory starts at sector 1
  file.writeUInt32LE(0x1000, 0x38);
  file.writeUInt32LE(0xfffffffe, 0x3c);
  file.writeUInt32LE(0xfffffffe, 0x44);
  for (let i = 0; i < 109; i++) file.writeUInt32LE(0xffffffff, 0x4c + i * 4);
  file.writeUInt32LE(0, 0x4c); // FAT lives in sector 0
  const fat = 512;
  for (let i = 0; i < 128; i++) file.writeUInt32LE(0xffffffff, fat + i * 4);
  file.writeUInt32LE(0xfffffffd, fat); // sector 0 is a FAT sector
  file.writeUInt32LE(0xfffffffe, fat + 4); // sector 1 (directory) ends its chain
  const dir = 1024;
  const entry = (index: number, name: string, type: number) => {
    const at = dir + index * 128;
    const nameBuf = Buffer.from(`${name}\u0000`, "utf16le");
    nameBuf.copy(file, at);
    file.writeUInt16LE(nameBuf.length, at + 0x40);
    file[at + 0x42] = type;
    file.writeUInt32LE(0xffffffff, at + 0x44);
    file.writeUInt32LE(0xffffffff, at + 0x48);
    file.writeUInt32LE(index === 0 ? 1 : 0xffffffff, at + 0x4c);
    file.writeUInt32LE(0xfffffffe, at + 0x74);
  };
  entry(0, "Root Entry", 5);
  entry(1, streamName, 2);
  return file;
}

/** The first bytes of a Windows executable (MZ header), e.g. to rename to .pdf. */
export function makeExe(): Buffer {
  const exe = Buffer.alloc(1024);
  exe.write("MZ", 0, "latin1");
  exe.writeUInt32LE(0x80, 0x3c);
  exe.write("PE\u0000\u0000", 0x80, "latin1");
  return exe;
}
