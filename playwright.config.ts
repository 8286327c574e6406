import { defineConfig, devices } from "@playwright/test";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";

const PORT = Number(process.env.E2E_PORT ?? 3100);
/** A second process standing in for a vendor's implementation (swap-in, e2e/swap-in.spec.ts): `npm run mocks`. */
export const VENDOR_PORT = Number(process.env.E2E_VENDOR_PORT ?? PORT + 99);
const chromium = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [["list"]],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    launchOptions: {
      // Debian's Chromium when present; Playwright's own browser otherwise.
      executablePath: chromium,
      args: ["--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [
    // Signs in each role once and saves its state (e2e/roles.ts); specs that act as a role use it.
    { name: "setup", testMatch: /\.setup\.ts$/, use: { ...devices["Desktop Chrome"] } },
    { name: "chromium", use: { ...devices["Desktop Chrome"] }, dependencies: ["setup"] },
  ],
  webServer: [
    {
      // A throwaway database for every run; the start script migrates and seeds it.
      // The reference listing's conformance runs happen first, not in the background while tests run.
      command: "rm -rf .e2e && DATABASE_PATH=.e2e/portal.db node_modules/.bin/tsx scripts/conformance-reference.ts && node scripts/start.mjs",
      url: `http://127.0.0.1:${PORT}/`,
      env: {
        PORT: String(PORT),
        DATABASE_PATH: ".e2e/portal.db",
        NODE_ENV: "production",
        UPLOAD_DIR: ".e2e/uploads",
        // Mail goes to the outbox; tests read verification and invitation links from /outbox.
        MAIL_OUTBOX_OPEN: "1",
        // Every test browser comes from 127.0.0.1: lift the per-client cap on new sandbox namespaces
        // (its own tests are in sandbox/namespaces.limits.test.ts).
        SANDBOX_NAMESPACES_PER_CLIENT: "10000",
        // Likewise for open sockets: two workers' browser contexts, API request contexts and the conformance
        // runner's calls to the server's own mocks all come from loopback, and together they can pass the
        // per-address cap of 64 (a refused socket is an ECONNRESET in a test). The cap is unit-tested in
        // scripts/connection-limits.test.ts.
        SERVER_MAX_CONNECTIONS_PER_CLIENT: "1000",
        // The test runner acts as the proxy in front of the portal: tests give each simulated visitor its
        // own X-Forwarded-For, believed only because the peer is loopback (lib/auth/client-address.ts).
        TRUSTED_PROXIES: "127.0.0.1,::1",
        // Journeys sign up a dozen vendors from one address; the limit itself is unit-tested.
        SIGN_UP_RATE_LIMIT: "1000",
        // Conformance runs in e2e target the server's own mocks on loopback (e2e/conformance.spec.ts).
        CONFORMANCE_ALLOW_HOSTS: "127.0.0.1",
        // Already done by the command above.
        CONFORMANCE_REFERENCE: "0",
        // Marketplace: the seed creates this admin (the reviewer in e2e/marketplace.spec.ts); test-only values.
        ADMIN_EMAIL: process.env.E2E_ADMIN_EMAIL ?? "admin@e2e.test",
        ADMIN_PASSWORD: process.env.E2E_ADMIN_PASSWORD ?? "e2e-admin-password-123",
        BETTER_AUTH_URL: `http://127.0.0.1:${PORT}`,
        BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET ?? randomBytes(32).toString("base64"),
      },
      reuseExistingServer: false,
      timeout: 480_000,
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      // The "vendor": the mocks alone, in another process on its own database.
      command: "rm -rf .e2e-vendor && node scripts/mocks.mjs",
      url: `http://127.0.0.1:${VENDOR_PORT}/mock/payments/healthcheck`,
      env: { MOCKS_PORT: String(VENDOR_PORT), DATABASE_PATH: ".e2e-vendor/portal.db", NODE_ENV: "production" },
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "ignore",
      stderr: "pipe",
    },
  ],
});
