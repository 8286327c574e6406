// `npm run dev`: the same server as `npm start` (scripts/server.mjs: Next plus the /mock listener, one
// instance of the shared modules), with Next in development mode: pages and components reload live.
// The compiled runtime (scripts/runtime.ts: the sandbox, the database's stateful modules) is rebuilt when
// one of its source files is saved, and the server then restarts, so the change is live in a few seconds.
import { spawn } from "node:child_process";
import { RUNTIME_BUNDLE, runtimeBuildOptions } from "./build-runtime.mjs";

const { context } = await import("esbuild");
let server;
let restarting = Promise.resolve();

function stop() {
  if (!server || server.exitCode !== null) return Promise.resolve();
  const exited = new Promise((resolve) => server.once("exit", resolve));
  server.kill("SIGTERM");
  return exited;
}

function restart() {
  restarting = restarting.then(async () => {
    await stop();
    server = spawn(process.execPath, ["scripts/start.mjs", "--dev"], { stdio: "inherit", env: process.env });
  });
}

let builds = 0;
const watcher = await context({
  ...runtimeBuildOptions,
  plugins: [
    {
      name: "restart-server",
      setup(build) {
        build.onEnd((result) => {
          if (result.errors.length) return console.error(`${RUNTIME_BUNDLE} not rebuilt: fix the errors above; the server keeps the last good build.`);
          if (builds++) console.log(`> ${RUNTIME_BUNDLE} rebuilt: restarting the server`);
          restart();
        });
      },
    },
  ],
});
await watcher.watch();

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, async () => {
    await watcher.dispose();
    await restarting;
    await stop();
    process.exit(0);
  });
}
