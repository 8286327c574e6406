// Idle sockets must not take the server down (issue #14): a bounded loopback test. One client
// (127.0.0.2) opens many idle sockets; another (127.0.0.1) must still be answered, and the idle ones
// are closed by the header timeout.
import { createServer, type Server } from "node:http";
import { connect, type Socket } from "node:net";
import { afterAll, beforeAll, expect, test, vi } from "vitest";
// @ts-expect-error: a plain .mjs module without type declarations
import { applyConnectionLimits, connectionLimitsFromEnv } from "./connection-limits.mjs";

let server: Server;
let port: number;
let perClient: Map<string, number>;
const sockets: Socket[] = [];

beforeAll(async () => {
  server = createServer((_req, res) => res.end("ok"));
  perClient = applyConnectionLimits(server, {
    headersTimeoutMs: 1_000,
    requestTimeoutMs: 2_000,
    keepAliveTimeoutMs: 500,
    maxConnections: 40,
    maxConnectionsPerClient: 10,
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as { port: number }).port;
});

afterAll(async () => {
  for (const s of sockets) s.destroy();
  await new Promise((resolve) => server.close(resolve));
});

/** Opens an idle socket from `localAddress`; resolves once connected, with whether the server closed it. */
function idleSocket(localAddress: string): Promise<{ socket: Socket; closed: Promise<void> }> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: "127.0.0.1", port, localAddress });
    sockets.push(socket);
    const closed = new Promise<void>((done) => socket.once("close", () => done()));
    socket.once("connect", () => resolve({ socket, closed }));
    socket.once("error", () => undefined); // a refused or reset socket is what the test expects
    setTimeout(() => reject(new Error("connect timed out")), 5_000);
  });
}

test("defaults are set and can be overridden by environment variables", () => {
  expect(connectionLimitsFromEnv({})).toMatchObject({ headersTimeoutMs: 10_000, maxConnections: 1_000, maxConnectionsPerClient: 64 });
  expect(connectionLimitsFromEnv({ SERVER_MAX_CONNECTIONS: "50", SERVER_HEADERS_TIMEOUT_MS: "nonsense" })).toMatchObject({
    maxConnections: 50,
    headersTimeoutMs: 10_000,
  });
});

test("one client's idle sockets are capped, others are still served, and idle sockets are closed by the timeout", async () => {
  const idle = await Promise.all(Array.from({ length: 30 }, () => idleSocket("127.0.0.2")));
  // Wait until the server has seen every connection: at most 10 of them are kept.
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(perClient.get("127.0.0.2")).toBe(10);

  const res = await fetch(`http://127.0.0.1:${port}/`);
  expect(await res.text()).toBe("ok");

  // The kept idle sockets never send a request: the header timeout closes them (checked every second).
  await Promise.race([
    Promise.all(idle.map((s) => s.closed)),
    new Promise((_, reject) => setTimeout(() => reject(new Error("idle sockets stayed open")), 5_000)),
  ]);
  await vi.waitFor(() => expect(perClient.get("127.0.0.2")).toBeUndefined());
}, 15_000);
