// `npm start`: build when there is no production build, migrate and seed the database, then serve.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

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

const port = process.env.PORT ?? "3000";
const server = spawn(bin("next"), ["start", "--port", port], { stdio: "inherit", env: process.env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
