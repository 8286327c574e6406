// `tsx --conditions=react-server bench/fill-marketplace.ts`: adds BENCH_PRODUCTS (10,000) generated
// published products to the database at DATABASE_PATH, so the bench server serves a marketplace at
// scale (bench/marketplace-http.bench.mjs). Run by bench/run.mjs before the server starts.
(process.env as Record<string, string>).NODE_ENV = "production";
const N = Number(process.env.BENCH_PRODUCTS ?? 10_000);
const { getDb } = await import("../db/client");
const { runMigrations } = await import("../db/migrate");
const { enableIncrementalVacuum } = await import("@/db/sandbox");
const { fillMarketplace } = await import("./marketplace-data");

const db = getDb();
// As npm start prepares a new database, so that the start-up bench times a restart, not the one-time
// rebuild of a database made without incremental auto-vacuum.
enableIncrementalVacuum(db.$client);
runMigrations(db);
const ms = await fillMarketplace(db, N);
db.$client.pragma("optimize");
db.$client.close();
console.log(`[bench] ${N.toLocaleString("en")} products published in ${Math.round(ms)} ms`);
export {};
