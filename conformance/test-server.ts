// Test helper: the sandbox mocks on an ephemeral 127.0.0.1 port (the only address tests call), on a
// throwaway database, plus an allow-list that admits it.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { useTempDb, warmContracts } from "@/sandbox/test-helpers";
import { allowListFrom } from "./guard";

export type MockServer = { origin: string; close: () => Promise<void> };

/** Starts the mock edge (the same handler `npm run mocks` serves) on 127.0.0.1, contracts compiled. */
export async function startMockServer(): Promise<MockServer> {
  await useTempDb();
  // Compiling a contract on a mock's first call can take seconds on a busy machine: do it before any run.
  await warmContracts();
  const { handleMockNode, isMockPath } = await import("@/sandbox/node-http");
  const server: Server = createServer((req, res) => {
    if (!isMockPath(req.url)) return void res.writeHead(404).end();
    void handleMockNode(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { origin, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Admits the loopback test server and nothing else. */
export const loopbackOnly = () => allowListFrom("127.0.0.1");
