// The node:http adapter (production /mock listener) gives the same answers as the web Request path.
import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, expect, test } from "vitest";
import { call, useTempDb } from "./test-helpers";

let server: Server;
let port = 0;

beforeAll(async () => {
  await useTempDb();
  const { handleMockNode } = await import("./node-http");
  server = createServer((req, res) => void handleMockNode(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
}, 120_000); // loading the sandbox takes more than the default 10 s on a busy machine
afterAll(() => new Promise<void>((resolve) => server?.close(() => resolve()) ?? resolve()));

/** Raw HTTP so the test controls chunking and headers exactly. */
function send(method: string, path: string, headers: Record<string, string>, chunks: string[] = []) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; text: string }>((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port, method, path, headers }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (text += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
    });
    req.on("error", reject);
    for (const c of chunks) req.write(c);
    req.end();
  });
}

test("isMockPath matches /mock and below, nothing else", async () => {
  const { isMockPath } = await import("./node-http");
  for (const p of ["/mock", "/mock/", "/mock/payments/x", "/mock?x=1"]) expect(isMockPath(p)).toBe(true);
  for (const p of ["/mocks", "/mockery/x", "/sandbox", "/", undefined]) expect(isMockPath(p)).toBe(false);
});

test("same status, body and sandbox headers as the web path", async () => {
  const path = "/mock/ns/node-a/digital-registries/data/farmers/1.0/read";
  const body = JSON.stringify({ query: { content: { id: "FRM-0001" } } });
  const node = await send("POST", path, { "content-type": "application/json", "content-length": String(Buffer.byteLength(body)) }, [body]);
  const web = await call("POST", path, { raw: body, headers: { "content-type": "application/json" } });
  expect(node.status).toBe(web.status);
  expect(JSON.parse(node.text)).toEqual(web.body);
  expect(node.headers["x-sandbox-mock"]).toBe(web.headers.get("x-sandbox-mock"));
  expect(node.headers["cache-control"]).toBe("no-store");
  expect(Number(node.headers["x-sandbox-trace-id"])).toBe(Number(web.headers.get("x-sandbox-trace-id")) - 1);
});

test("every answer carries the headers Next adds to its own responses (nothing sniffed, run or framed)", async () => {
  for (const [method, path] of [
    ["GET", "/mock/ns/node-h/payments/healthcheck"],
    ["GET", "/mock/ns/node-h/nowhere"],
    ["DELETE", "/mock/ns/node-h/payments/healthcheck"],
  ] as const) {
    const res = await send(method, path, {});
    expect(res.headers["x-content-type-options"], path).toBe("nosniff");
    expect(res.headers["x-frame-options"]).toBe("DENY");
    expect(res.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(res.headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  }
});

test("a chunked body over the cap is refused with a JSON 413, declared or not", async () => {
  const path = "/mock/ns/node-b/digital-registries/data/farmers/1.0/create";
  const chunk = "x".repeat(16 * 1024);
  const chunked = await send("POST", path, { "content-type": "application/json", "transfer-encoding": "chunked" }, [chunk, chunk, chunk, chunk, chunk]);
  expect(chunked.status).toBe(413);
  expect(JSON.parse(chunked.text).error).toBe("too_large");
  const declared = await send("POST", path, { "content-type": "application/json", "content-length": "999999" });
  expect(declared.status).toBe(413);
  expect(declared.headers.connection).toBe("close");
});

test("cookie namespace, bad JSON and unknown BBs answer as JSON without stack traces", async () => {
  const bad = await send("POST", "/mock/digital-registries/data/farmers/1.0/read", { "content-type": "application/json", cookie: "a=1; sandbox_ns=node-c" }, [
    "{nope",
  ]);
  expect(bad.status).toBe(400);
  expect(bad.text).toContain("JSON");
  expect(bad.text).not.toMatch(/\.ts:\d+/);
  const missing = await send("GET", "/mock/nope", {});
  expect(missing.status).toBe(404);
  expect(missing.headers["content-type"]).toContain("application/json");
  expect(missing.headers.connection).toBe("keep-alive");
  const head = await send("HEAD", "/mock/ns/node-c/payments/vouchers/7001", {});
  expect(head.text).toBe("");
});
