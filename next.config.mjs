/** @type {import('next').NextConfig} */
const nextConfig = {
  // better-sqlite3 is a native addon: keep it out of the server bundle.
  serverExternalPackages: ["better-sqlite3"],
  poweredByHeader: false,
  // Content files are read from disk at build time; trace them into the output.
  outputFileTracingIncludes: { "/**": ["./content/**/*", "./db/migrations/**/*"] },
  experimental: {
    serverActions: {
      // The contributor form uploads a CV of up to 50 MB through a server action. The extra room lets
      // the action itself answer "smaller than 50 MB" for files a little over; the browser refuses
      // larger files before upload. This limit applies to every server action.
      bodySizeLimit: "60mb",
    },
  },
};

export default nextConfig;
