// The production server (`npm start` runs it after building and preparing the database): one process,
// one port. /mock/... is answered by a plain node:http handler (sandbox/node-http.ts), everything else by
// Next's request handler. Next's pipeline costs more per request than a mock call itself, so skipping it
// more than doubles the sandbox's throughput. `npm run dev` runs the same server with Next in development mode.
//
// The /mock handler and Next's routes use the same instance of the sandbox's stateful modules (the SQLite
// connection, write queue, namespace limits, trace streams): the compiled runtime, build/portal-runtime.cjs,
// which Next's bundles load too (scripts/shared-modules.mjs).
import { createServer } from "node:http";
import { applyConnectionLimits } from "./connection-limits.mjs";

/**
 * Starts Next and the /mock listener on `port`; resolves with a `close()` that stops both.
 * @param runtime the compiled runtime (build/portal-runtime.cjs, see scripts/runtime.ts)
 * @param dev Next in development mode (`npm run dev`)
 * @throws with a readable message if the port is taken or Next cannot start.
 */
export async function startServer({ port, hostname, runtime, dev = false }) {
  const { handleMockNode, isMockPath, markAddressesStamped, parseTrustedProxies, stampClientAddress } = runtime;
  // Every request gets the client's address in a private header before Next sees it (a client's own
  // copy is overwritten); X-Forwarded-For counts only from proxies listed in TRUSTED_PROXIES.
  const trustedProxies = parseTrustedProxies(process.env.TRUSTED_PROXIES);
  markAddressesStamped();
  const { default: next } = await import("next");
  const app = next({ dev, port, hostname });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = createServer((req, res) => {
    stampClientAddress(req, trustedProxies);
    if (isMockPath(req.url)) {
      void handleMockNode(req, res);
    } else {
      handle(req, res);
    }
  });
  applyConnectionLimits(server);
  await new Promise((resolve, reject) => {
    server.once("error", (error) => {
      const message =
        error.code === "EADDRINUSE"
          ? `Port ${port} is already in use. Stop the other server or start with another PORT, e.g. PORT=3001 npm start.`
          : error.code === "EACCES"
            ? `Not allowed to listen on port ${port}. Use a port above 1024, e.g. PORT=3000 npm start.`
            : `The server could not listen on port ${port}: ${error.message}`;
      reject(new Error(message));
    });
    server.listen(port, hostname, () => resolve(undefined));
  });
  console.log(`> GovStack Portal ready on http://${hostname ?? "localhost"}:${port} (mocks at /mock/...)`);
  return {
    async close() {
      const closed = new Promise((resolve) => server.close(() => resolve(undefined)));
      server.closeIdleConnections();
      await closed;
      await app.close?.();
    },
    server,
  };
}
