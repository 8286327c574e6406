// Bundles scripts/runtime.ts into .next/portal-runtime.mjs for the production server. Packages stay
// external (Node loads them from node_modules, better-sqlite3's native addon included); only our own
// TypeScript is compiled. Run by `npm run build`, and by `npm start` when a build lacks it.
import { pathToFileURL } from "node:url";

export const RUNTIME_BUNDLE = ".next/portal-runtime.mjs";

export async function buildRuntime() {
  // Loaded only when building: `npm start` imports this module on every start just for the path.
  const { build } = await import("esbuild");
  await build({
    entryPoints: ["scripts/runtime.ts"],
    outfile: RUNTIME_BUNDLE,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "esm",
    packages: "external",
    logLevel: "warning",
  });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await buildRuntime();
