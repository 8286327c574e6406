/** @type {import('next').NextConfig} */
const nextConfig = {
  // better-sqlite3 is a native addon: keep it out of the server bundle.
  serverExternalPackages: ["better-sqlite3"],
  poweredByHeader: false,
  // Content files are read from disk at build time; trace them into the output.
  outputFileTracingIncludes: { "/**": ["./content/**/*", "./db/migrations/**/*"] },
};

export default nextConfig;
