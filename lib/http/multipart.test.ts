import { createWriteStream, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { readMultipart, type MultipartLimits } from "./multipart";

const folder = mkdtempSync(join(tmpdir(), "multipart-"));
let opened = 0;
const limits = (over: Partial<MultipartLimits> = {}): MultipartLimits => ({
  fileField: "cv",
  maxFileBytes: 1000,
  maxBodyBytes: 10_000,
  openFile: () => {
    const path = join(folder, `file-${opened++}`);
    return { path, stream: createWriteStream(path) };
  },
  ...over,
});
const post = (body: BodyInit, headers?: HeadersInit) => new Request("http://portal.test/", { method: "POST", body, headers, duplex: "half" } as RequestInit);

function form(fileBytes: number, fields: Record<string, string | string[]> = { name: "Ada" }) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) data.append(key, v);
  data.append("cv", new File([Buffer.alloc(fileBytes, 0x61)], "cv.pdf", { type: "application/pdf" }));
  return data;
}

describe("readMultipart", () => {
  test("reads text fields (repeated ones as a list) and streams the file to disk", async () => {
    const result = await readMultipart(post(form(600, { name: "Ada", domains: ["payments", "identity"] })), limits());
    if (typeof result === "string") throw new Error(result);
    expect(result.fields.get("name")).toEqual(["Ada"]);
    expect(result.fields.get("domains")).toEqual(["payments", "identity"]);
    expect(result.file).toMatchObject({ name: "cv.pdf", size: 600, tooBig: false });
    expect(readFileSync(result.file!.path!).length).toBe(600);
  });

  test("a file over its limit is marked too big and no more than the limit reaches the disk", async () => {
    const result = await readMultipart(post(form(5000)), limits());
    if (typeof result === "string") throw new Error(result);
    expect(result.file).toMatchObject({ tooBig: true, size: 1000 });
    expect(readFileSync(result.file!.path!).length).toBe(1000);
    expect(result.fields.get("name")).toEqual(["Ada"]);
  });

  test("an empty file input writes nothing", async () => {
    const data = new FormData();
    data.append("cv", new File([], ""));
    const before = readdirSync(folder).length;
    const result = await readMultipart(post(data), limits());
    if (typeof result === "string") throw new Error(result);
    expect(result.file).toMatchObject({ name: "", size: 0 });
    expect(result.file?.path).toBeUndefined();
    expect(readdirSync(folder).length).toBe(before);
  });

  test("a body over the limit is cut off: refused by its declared length, or as it streams", async () => {
    const declared = await new Request("http://portal.test/", { method: "POST", body: form(20_000) }).arrayBuffer();
    const type = new Request("http://portal.test/", { method: "POST", body: form(20_000) }).headers.get("content-type")!;
    expect(await readMultipart(post(declared, { "content-type": type, "content-length": String(declared.byteLength) }), limits())).toBe("too-large");

    // The same bytes with no length, as a stream: cut off once 10,000 bytes have arrived.
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        const chunk = new Uint8Array(declared).subarray(pulled, pulled + 2000);
        pulled += chunk.length;
        if (chunk.length) controller.enqueue(chunk);
        else controller.close();
      },
    });
    expect(await readMultipart(post(stream, { "content-type": type }), limits({ maxFileBytes: 100_000 }))).toBe("too-large");
    expect(pulled).toBeLessThan(declared.byteLength);
  });

  test("a body that is not multipart, or has no boundary, is malformed", async () => {
    expect(await readMultipart(post("name=Ada", { "content-type": "application/x-www-form-urlencoded" }), limits())).toBe("malformed");
    expect(await readMultipart(post("--x\r\n", { "content-type": "multipart/form-data" }), limits())).toBe("malformed");
  });
});
