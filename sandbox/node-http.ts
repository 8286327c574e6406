// node:http adapter of the /mock edge, for the production server (scripts/server.mjs): the same
// handleMock as the Next route, without Next's request pipeline (which cost more than the mock itself).
import type { IncomingMessage, ServerResponse } from "node:http";
import { handleMock, type EdgeRequest } from "./http";
import { serializeMock } from "./runtime/dispatch";
import { CLIENT_ADDRESS_HEADER } from "@/lib/auth/client-address";

/** True when a request path belongs to the mock Building Blocks (`/mock` or `/mock/...`). */
export function isMockPath(url: string | undefined): boolean {
  return !!url && url.startsWith("/mock") && (url.length === 5 || url[5] === "/" || url[5] === "?");
}

/** Reads a Node request body, stopping (and discarding the rest) once it passes `limit` bytes. */
function readNodeBody(req: IncomingMessage, limit: number): Promise<Uint8Array | "too-large"> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on("data", (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        done = true;
        chunks.length = 0;
        resolve("too-large");
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => {
      if (!done) resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks));
      done = true;
    });
    req.on("error", (error) => {
      if (!done) reject(error);
      done = true;
    });
  });
}

/** Node IncomingMessage → EdgeRequest. Repeated headers are joined as the Fetch API would. */
export function fromNodeRequest(req: IncomingMessage): EdgeRequest {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) {
    if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(", ") : v;
  }
  return {
    method: (req.method ?? "GET").toUpperCase(),
    url: req.url ?? "/",
    headers,
    readBody: (limit) => readNodeBody(req, limit),
    // The production server stamps the client's address first (TRUSTED_PROXIES honoured); `npm run mocks` does not.
    client: (typeof req.headers[CLIENT_ADDRESS_HEADER] === "string" && req.headers[CLIENT_ADDRESS_HEADER]) || req.socket.remoteAddress || "unknown",
  };
}

/**
 * What Next's config (next.config.mjs) adds to every response it serves. /mock answered by this plain
 * listener never passes through Next, so it sets the same: nothing sniffed, run or framed.
 */
export const MOCK_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Frame-Options": "DENY",
  "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'; sandbox",
};

/** Answers one /mock/... request on a plain node:http server. Never rejects. */
export async function handleMockNode(req: IncomingMessage, res: ServerResponse): Promise<void> {
  try {
    const method = (req.method ?? "GET").toUpperCase();
    const { status, headers, payload } = serializeMock(await handleMock(fromNodeRequest(req)), method);
    if (res.destroyed) return;
    if (payload !== null) headers["Content-Length"] = String(Buffer.byteLength(payload));
    // A body refused before it was read (413) would otherwise be drained from a keep-alive socket first.
    if (!req.complete) headers.Connection = "close";
    res.writeHead(status, { ...MOCK_SECURITY_HEADERS, ...headers });
    res.end(payload ?? undefined);
  } catch (error) {
    // Last resort only (handleMock answers every client mistake itself): still JSON, never a stack trace.
    console.error("[sandbox] request failed:", error);
    if (res.headersSent) return void res.end();
    res.writeHead(500, { ...MOCK_SECURITY_HEADERS, "Content-Type": "application/json; charset=utf-8" });
    res.end(JSON.stringify({ error: "internal", message: "The mock failed unexpectedly; the error is in the server log." }));
  }
}
