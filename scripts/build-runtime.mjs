// Compiles scripts/runtime.ts into build/portal-runtime.cjs: the one instance of the portal's stateful
// modules that the production server and Next's bundles share (scripts/shared-modules.mjs). Packages stay
// external (Node loads them from node_modules, better-sqlite3's native addon included); only our own
// TypeScript is compiled. CommonJS, so Next's bundles can require it synchronously. Run by `npm run build`
// before `next build` (pages prerendered at build time already load it); `npm run dev` watches it (scripts/dev.mjs).
import { pathToFileURL } from "node:url";

// scripts/runtime-instance.cjs, which Next's bundles load, names the same file (a CommonJS file cannot import this one).
export const RUNTIME_BUNDLE = "build/portal-runtime.cjs";

/** What esbuild is asked for; scripts/dev.mjs watches with the same. */
export const runtimeBuildOptions = {
  entryPoints: ["scripts/runtime.ts"],
  outfile: RUNTIME_BUNDLE,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  packages: "external",
  logLevel: "warning",
};

export async function buildRuntime() {
  // Loaded only when building: `npm start` imports this module just for the path.
  const { build } = await import("esbuild");
  await build(runtimeBuildOptions);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await buildRuntime();
