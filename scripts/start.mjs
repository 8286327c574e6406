// `npm start`: build when there is no production build, migrate and seed the database, then serve.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

const bin = (name) => `node_modules/.bin/${name}`;

function run(command, args) {
  const result = spawnSync(command, args, { stdio: "inherit", env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (!existsSync(".next/BUILD_ID")) {
  console.log("No production build found: building the portal first (this takes a few minutes).");
  run("npm", ["run", "build"]);
}
run(bin("tsx"), ["scripts/prepare-db.ts"]);

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

const port = process.env.PORT ?? "3000";
const server = spawn(bin("next"), ["start", "--port", port], { stdio: "inherit", env: process.env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
