// `npm run bench`: builds when needed, starts the production server on a throwaway database,
// runs every bench/*.bench.mjs and prints one table. Results are also written to bench/results/latest.json.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";

const PORT = process.env.BENCH_PORT ?? "3900";
const baseUrl = `http://127.0.0.1:${PORT}`;

if (!existsSync(".next/BUILD_ID")) spawnSync("npm", ["run", "build"], { stdio: "inherit" });
rmSync(".bench", { recursive: true, force: true });

/** Starts `npm start` and resolves with the child and the milliseconds until the first 200. */
async function startServer() {
  const started = performance.now();
  const child = spawn("node", ["scripts/start.mjs"], {
    // The sandbox bench stores two records per create+read pair: lift the per-namespace caps.
    env: { SANDBOX_MAX_RECORDS: "10000000", SANDBOX_MAX_NAMESPACE_BYTES: "10000000000", ...process.env, PORT, DATABASE_PATH: ".bench/portal.db", NODE_ENV: "production" },
    stdio: "ignore",
    detached: true,
  });
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(baseUrl + "/")).status === 200) return { child, readyMs: performance.now() - started };
    } catch {
      // not listening yet
    }
    await sleep(50);
  }
  process.kill(-child.pid);
  throw new Error("the server did not answer within 30 s");
}

const { child, readyMs } = await startServer();
const rows = [{ name: "npm start on a built tree → first 200 on /", value: Math.round(readyMs), unit: "ms", budget: undefined }];
try {
  const files = readdirSync("bench").filter((f) => f.endsWith(".bench.mjs")).sort();
  for (const file of files) {
    const { default: bench } = await import(`./${file}`);
    rows.push(...(await bench({ baseUrl })));
  }
} finally {
  process.kill(-child.pid, "SIGTERM");
}

let overBudget = 0;
console.log("\n| Measure | Value | Budget | |\n|---|---:|---:|---|");
for (const row of rows) {
  // A row has a ceiling (`budget`: at most) or a floor (`atLeast`, e.g. a Lighthouse score).
  const ok = row.atLeast !== undefined ? row.value >= row.atLeast : row.budget === undefined || row.value <= row.budget;
  if (!ok) overBudget++;
  const budget = row.atLeast !== undefined ? `≥ ${row.atLeast} ${row.unit}` : row.budget === undefined ? "—" : `${row.budget} ${row.unit}`;
  console.log(`| ${row.name} | ${row.value} ${row.unit} | ${budget} | ${ok ? "ok" : "OVER"} |`);
}
mkdirSync("bench/results", { recursive: true });
writeFileSync("bench/results/latest.json", JSON.stringify({ at: new Date().toISOString(), rows }, null, 2));
process.exit(overBudget ? 1 : 0);
