import { SHARED_MODULES } from "./scripts/shared-modules.mjs";

// Every response: no MIME sniffing, no referrer beyond the origin to other sites, no powerful browser
// features, never framed. Pages get their Content-Security-Policy from proxy.ts (nonces); API responses
// and build files get one that lets nothing run.
const commonHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), browsing-topics=()" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];
const nonPagePolicy = { key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'; sandbox" };

/** @type {import('next').NextConfig} */
const nextConfig = {
  // better-sqlite3 is a native addon: keep it out of the server bundle.
  serverExternalPackages: ["better-sqlite3"],
  poweredByHeader: false,
  // The stateful modules resolve to the one compiled runtime (scripts/shared-modules.mjs), not a copy per bundle.
  turbopack: { resolveAlias: Object.fromEntries(SHARED_MODULES.map((name) => [name, "./scripts/runtime-instance.cjs"])) },
  async headers() {
    return [
      { source: "/:path*", headers: commonHeaders },
      { source: "/api/:path*", headers: [nonPagePolicy] },
    ];
  },
  // Content files are read from disk at build time; trace them into the output.
  outputFileTracingIncludes: { "/**": ["./content/**/*", "./db/migrations/**/*"] },
  experimental: {
    // Next would otherwise load every route's server code as the server starts, blocking its event loop
    // for about 1.5 s before the first answer; each route now loads on its first request instead.
    preloadEntriesOnStart: false,
    serverActions: {
      // The largest upload through a server action is a 512 KB logo; the room above it lets the action
      // answer "512 KB or smaller" itself. (CVs go to a streaming route, app/api/get-involved/applications.)
      bodySizeLimit: "2mb",
    },
  },
};

export default nextConfig;
