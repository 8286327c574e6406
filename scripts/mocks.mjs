// `npm run mocks`: the mock Building Blocks alone, without the portal (no build needed). For pointing
// a test suite or an app at the sandbox: every mock is at http://localhost:<port>/mock/<bb>/ and
// /mock/ns/<namespace>/<bb>/, exactly as under `npm start`. Port from MOCKS_PORT (default 3333, the
// port GovStack's compliance suites expect).
import { spawnSync } from "node:child_process";
import { createServer } from "node:http";
import { tsImport } from "tsx/esm/api";
import { applyConnectionLimits } from "./connection-limits.mjs";

const port = Number(process.env.MOCKS_PORT ?? "3333");
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`MOCKS_PORT must be a number from 0 to 65535 (got "${process.env.MOCKS_PORT}").`);
  process.exit(1);
}

const prepared = spawnSync("node_modules/.bin/tsx", ["scripts/prepare-db.ts"], { stdio: "inherit" });
if (prepared.status !== 0) process.exit(prepared.status ?? 1);

const { handleMockNode, isMockPath } = await tsImport("../sandbox/node-http.ts", import.meta.url);
const server = createServer((req, res) => {
  if (!isMockPath(req.url)) {
    res.writeHead(404, { "Content-Type": "application/json; charset=utf-8" });
    res.end(JSON.stringify({ error: "not_found", message: "Only the mocks are served here: /mock/<bb>/... (see sandbox/README.md)." }));
    return;
  }
  void handleMockNode(req, res);
});
applyConnectionLimits(server);
server.once("error", (error) => {
  console.error(
    error.code === "EADDRINUSE" ? `Port ${port} is already in use; set MOCKS_PORT to another port.` : `The mocks could not start: ${error.message}`,
  );
  process.exit(1);
});
server.listen(port, () => console.log(`> Mock Building Blocks ready on http://localhost:${port}/mock/<bb>/ (e.g. /mock/digital-registries/healthcheck)`));
for (const signal of ["SIGINT", "SIGTERM"]) process.once(signal, () => server.close(() => process.exit(0)));
