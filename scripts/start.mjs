// `npm start`: build when there is no production build, migrate and seed the database, then serve
// (scripts/server.mjs: Next plus a plain listener for /mock/...).
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

function run(command, args) {
  const result = spawnSync(command, args, { stdio: "inherit", env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const port = Number(process.env.PORT ?? "3000");
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a number from 0 to 65535 (got "${process.env.PORT}").`);
  process.exit(1);
}

if (!existsSync(".next/BUILD_ID")) {
  console.log("No production build found: building the portal first (this takes a few minutes).");
  run("npm", ["run", "build"]);
}
// A build made with plain `next build` lacks the compiled server runtime; making it takes a moment.
const { RUNTIME_BUNDLE, buildRuntime } = await import("./build-runtime.mjs");
if (!existsSync(RUNTIME_BUNDLE)) await buildRuntime();
const runtime = await import(pathToFileURL(resolve(RUNTIME_BUNDLE)).href);
try {
  runtime.prepareDatabase();
  console.log(`Database ready at ${runtime.databasePath()}`);
} catch (error) {
  const message = error instanceof runtime.PrepareError ? error.message : `Unexpected error: ${error instanceof Error ? error.message : error}`;
  console.error(`\n✖ ${message}\n`);
  process.exit(1);
}

// Sessions must survive a restart: without BETTER_AUTH_SECRET, keep a generated one beside the database
// (git-ignored, readable only by this user) instead of a new random secret per process.
if (!process.env.BETTER_AUTH_SECRET) {
  const file = join(dirname(resolve(process.env.DATABASE_PATH ?? "data/portal.db")), "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64"), { mode: 0o600 });
  }
  process.env.BETTER_AUTH_SECRET = readFileSync(file, "utf8").trim();
}

// Next reads NODE_ENV when it loads; the custom server (scripts/server.mjs) serves the production build.
process.env.NODE_ENV = "production";
const { startServer } = await import("./server.mjs");
let server;
try {
  server = await startServer({ port, runtime });
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
