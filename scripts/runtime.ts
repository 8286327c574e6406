// The portal's one compiled runtime: every module that holds per-process state (scripts/shared-modules.mjs),
// plus what the production server needs (preparing the database, the /mock handler, the client-address
// stamp). `npm run build` compiles it into build/portal-runtime.cjs (scripts/build-runtime.mjs) before
// `next build`; the custom server loads it, and so do Next's bundles, through scripts/runtime-instance.cjs.
// Node's module cache then holds a single copy of each stateful module for the whole process.
export * from "@/db/connection";
export * from "@/db/sandbox";
export * from "@/sandbox/namespaces";
export * from "@/sandbox/trace";
export * from "@/sandbox/runtime/contracts";
export * from "@/conformance/queue";

export { prepareDatabase, PrepareError } from "@/db/prepare";
export { handleMockNode, isMockPath } from "@/sandbox/node-http";
export { markAddressesStamped, parseTrustedProxies, stampClientAddress } from "@/lib/auth/client-address";
export { authSecret } from "@/db/auth/secret";
