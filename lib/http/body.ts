// Request bodies read with a size limit enforced while the bytes arrive: a client that sends more
// is cut off at the limit, instead of the whole body being buffered first.

/** The outcome of reading a body: its bytes, or "too-large" once it passed the limit. */
export type LimitedBody = Uint8Array | "too-large";

/** Reads a web Request's body, giving up (and cancelling the stream) as soon as it passes `limit` bytes. */
export async function readLimitedBody(request: Request, limit: number): Promise<LimitedBody> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > limit) {
    await request.body?.cancel().catch(() => undefined);
    return "too-large";
  }
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return "too-large";
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/** Reads a body as UTF-8 text within `limit` bytes. */
export async function readLimitedText(request: Request, limit: number): Promise<string | "too-large"> {
  const bytes = await readLimitedBody(request, limit);
  return bytes === "too-large" ? bytes : new TextDecoder().decode(bytes);
}

/** Reads a form post (urlencoded or multipart) within `limit` bytes; throws on a malformed form like Request.formData(). */
export async function readLimitedForm(request: Request, limit: number): Promise<FormData | "too-large"> {
  const bytes = await readLimitedBody(request, limit);
  if (bytes === "too-large") return bytes;
  return new Response(bytes as Uint8Array<ArrayBuffer>, { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData();
}

/** The message a 413 carries, naming the limit in words. */
export function tooLargeMessage(limit: number): string {
  const size = limit >= 1024 * 1024 ? `${Math.round(limit / (1024 * 1024))} MB` : limit >= 1024 ? `${Math.round(limit / 1024)} KB` : `${limit} bytes`;
  return `The request body is larger than this endpoint accepts (${size}).`;
}
