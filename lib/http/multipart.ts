// A multipart form read as it streams in: text fields into memory (capped), one file straight to disk
// with its size limit enforced as bytes arrive, so an upload never sits in memory whole.
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import busboy from "busboy";

export type StreamedFile = {
  /** The name the browser gave (untrusted; clean it before showing or storing). */
  name: string;
  /** Bytes written (at most `maxFileBytes`). */
  size: number;
  /** True when the file was larger than `maxFileBytes`: what was written is only its start. */
  tooBig: boolean;
  /** Where it was written (also when empty: the caller removes what it does not keep). */
  path?: string;
};

export type StreamedForm = {
  fields: Map<string, string[]>;
  file?: StreamedFile;
};

export type MultipartLimits = {
  /** The only field accepted as a file; other file parts are skipped unread to disk. */
  fileField: string;
  maxFileBytes: number;
  /** The whole body, file included; past it the stream is cut off ("too-large"). */
  maxBodyBytes: number;
  maxFields?: number;
  maxFieldBytes?: number;
  /** Opens the destination for the file (called once, when a file part with a name starts). */
  openFile: () => { path: string; stream: NodeJS.WritableStream };
};

export type MultipartResult = StreamedForm | "too-large" | "malformed";

/** Reads a multipart/form-data request. "malformed" for a body that is not one; "too-large" past maxBodyBytes. */
export async function readMultipart(request: Request, limits: MultipartLimits): Promise<MultipartResult> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > limits.maxBodyBytes) {
    await request.body?.cancel().catch(() => undefined);
    return "too-large";
  }
  const contentType = request.headers.get("content-type") ?? "";
  if (!request.body || !contentType.toLowerCase().startsWith("multipart/form-data")) return "malformed";

  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: { "content-type": contentType },
      // File names as browsers send them: UTF-8 (busboy reads them as Latin-1 otherwise).
      defParamCharset: "utf8",
      limits: {
        files: 1,
        fileSize: limits.maxFileBytes,
        fields: limits.maxFields ?? 50,
        fieldSize: limits.maxFieldBytes ?? 16 * 1024,
        parts: (limits.maxFields ?? 50) + 2,
      },
    });
  } catch {
    return "malformed"; // no boundary
  }

  const fields = new Map<string, string[]>();
  let file: StreamedFile | undefined;
  let fileWritten: Promise<void> = Promise.resolve();
  parser.on("field", (name, value) => fields.set(name, [...(fields.get(name) ?? []), value]));
  parser.on("file", (name, stream, info) => {
    if (name !== limits.fileField || file) {
      stream.resume();
      return;
    }
    const found: StreamedFile = { name: info.filename ?? "", size: 0, tooBig: false };
    file = found;
    stream.on("limit", () => (found.tooBig = true));
    // A file input left empty still sends a part, with no name and no bytes: nothing to write.
    if (!found.name) {
      stream.resume();
      return;
    }
    const target = limits.openFile();
    found.path = target.path;
    const counted = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        found.size += chunk.length;
        done(null, chunk);
      },
    });
    fileWritten = pipeline(stream, counted, target.stream);
    fileWritten.catch(() => undefined); // awaited below; this only keeps an early failure from being "unhandled"
  });

  let received = 0;
  let cutOff = false;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      received += chunk.length;
      if (received > limits.maxBodyBytes) {
        cutOff = true;
        done(new Error("too-large"));
        return;
      }
      done(null, chunk);
    },
  });

  try {
    await pipeline(Readable.fromWeb(request.body as WebReadableStream<Uint8Array>), counter, parser);
    await fileWritten;
  } catch {
    await fileWritten.catch(() => undefined);
    return cutOff ? "too-large" : "malformed";
  }
  return { fields, file };
}
