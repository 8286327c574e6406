// The modules that hold per-process state (the SQLite connection and the sandbox's write queue, the
// namespace limits, live trace streams, compiled contracts, the conformance queue). `npm run build`
// compiles them once into build/portal-runtime.cjs (scripts/build-runtime.mjs), and next.config.mjs
// points Next at that one compiled instance instead of bundling a copy per route. A module-level
// variable anywhere else is one per bundle: fine for a cache, wrong for anything that must be counted or
// queued once. scripts/shared-modules.test.ts keeps every import of these in the `@/` form, the only
// form the alias sees. Add a module here and to scripts/runtime.ts together.
export const SHARED_MODULES = [
  "@/db/connection",
  "@/db/sandbox",
  "@/sandbox/namespaces",
  "@/sandbox/trace",
  "@/sandbox/runtime/contracts",
  "@/conformance/queue",
];
