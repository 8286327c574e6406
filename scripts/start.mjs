// `npm start`: build when there is no production build, migrate and seed the database, then serve
// (scripts/server.mjs: Next plus a plain listener for /mock/...). With --dev (run by `npm run dev`,
// scripts/dev.mjs, which builds the runtime itself) Next serves in development mode.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";

function run(command, args) {
  const result = spawnSync(command, args, { stdio: "inherit", env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const port = Number(process.env.PORT ?? "3000");
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a number from 0 to 65535 (got "${process.env.PORT}").`);
  process.exit(1);
}

const dev = process.argv.includes("--dev");
// Only the path: esbuild itself is loaded by `npm run build`, never at run time.
const { RUNTIME_BUNDLE } = await import("./build-runtime.mjs");
if (!dev && (!existsSync(".next/BUILD_ID") || !existsSync(RUNTIME_BUNDLE))) {
  console.log("No production build found: building the portal first (this takes a few minutes).");
  run("npm", ["run", "build"]);
}
// Through the same loader as Next's bundles, so Node's module cache hands both the same instance.
const runtime = createRequire(import.meta.url)("./runtime-instance.cjs");
try {
  runtime.prepareDatabase();
  console.log(`Database ready at ${runtime.databasePath()}`);
} catch (error) {
  const message = error instanceof runtime.PrepareError ? error.message : `Unexpected error: ${error instanceof Error ? error.message : error}`;
  console.error(`\n✖ ${message}\n`);
  process.exit(1);
}

// Sessions must survive a restart: without BETTER_AUTH_SECRET, use the one generated once and kept beside
// the database (db/auth/secret.ts), and put it in the environment for everything else keyed by it.
process.env.BETTER_AUTH_SECRET ||= runtime.authSecret();

if (!process.env.BETTER_AUTH_URL && !dev) {
  console.log(
    "BETTER_AUTH_URL is not set: links in account mail lead to localhost (or the loopback address a request used). " +
      "Set it to the portal's public address, e.g. BETTER_AUTH_URL=https://portal.example.org, when others use this server.",
  );
}

// Next reads NODE_ENV when it loads. In development the mail outbox is open to everyone (/outbox), so
// confirmation and reset links can be followed without a mail server.
process.env.NODE_ENV = dev ? "development" : "production";
if (dev) process.env.MAIL_OUTBOX_OPEN ??= "1";
const { startServer } = await import("./server.mjs");
let server;
try {
  server = await startServer({ port, runtime, dev });
} catch (error) {
  console.error(`The portal could not start: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => {
    // Stop accepting, let requests in flight finish; open SSE streams would keep close() waiting, so
    // they are cut after a second. The sandbox's queued writes are committed on exit.
    server.close().finally(() => process.exit(0));
    setTimeout(() => server.server.closeAllConnections(), 1000).unref();
  });
}
