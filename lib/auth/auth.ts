import "server-only";
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { nextCookies } from "better-auth/next-js";
import { randomBytes } from "node:crypto";
import { getDb } from "@/db/client";
import { sendMail } from "@/db/mail";
import { account, session, user, verification } from "@/db/schema";
import { MIN_PASSWORD_LENGTH } from "@/db/marketplace/core/users";

function authSecret(): string {
  const fromEnv = process.env.BETTER_AUTH_SECRET;
  if (fromEnv && fromEnv.length >= 32) return fromEnv;
  // Development fallback: a random secret per process, so nothing secret is ever committed.
  // Sessions then end when the server restarts; set BETTER_AUTH_SECRET (32+ characters) to keep them.
  console.warn(
    "[auth] BETTER_AUTH_SECRET is not set (or shorter than 32 characters): using a random secret for this process. " +
      "Sessions will not survive a restart. Set it in production: openssl rand -base64 32",
  );
  return randomBytes(32).toString("base64");
}

/** Reset emails go through the portal's mail outbox (db/mail.ts). */
async function sendResetPassword({ user: u, url }: { user: { email: string }; url: string }) {
  sendMail({
    to: u.email,
    subject: "Reset your GovStack Portal password",
    text: `Someone asked to reset the password of this account. To choose a new password, open:\n${url}\n\nThe link works for one hour. If it was not you, ignore this message.`,
    kind: "password-reset",
  });
}

function createAuth() {
  const baseURL = process.env.BETTER_AUTH_URL;
  return betterAuth({
    appName: "GovStack Portal",
    secret: authSecret(),
    baseURL,
    trustedOrigins: (process.env.BETTER_AUTH_TRUSTED_ORIGINS ?? "").split(",").map((s) => s.trim()).filter(Boolean),
    database: drizzleAdapter(getDb(), { provider: "sqlite", schema: { user, session, account, verification } }),
    emailAndPassword: {
      enabled: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: 128,
      autoSignIn: true,
      sendResetPassword,
      resetPasswordTokenExpiresIn: 3600,
      revokeSessionsOnPasswordReset: true,
    },
    user: { additionalFields: { role: { type: "string", required: false, defaultValue: "vendor", input: false } } },
    // cookieCache stays off: with it on, getSession has returned null in server components (better-auth #7008).
    session: { cookieCache: { enabled: false }, expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    rateLimit: {
      enabled: true,
      storage: "memory",
      window: 60,
      max: 100,
      customRules: { "/sign-in/email": { window: 60, max: 5 }, "/request-password-reset": { window: 300, max: 3 } },
    },
    advanced: { useSecureCookies: (baseURL ?? "").startsWith("https://") },
    telemetry: { enabled: false },
    plugins: [nextCookies()],
  });
}

type Auth = ReturnType<typeof createAuth>;
const globalForAuth = globalThis as unknown as { portalAuth?: Auth };

/** The process-wide Better Auth instance, created on first use (not at build time). */
export function getAuth(): Auth {
  globalForAuth.portalAuth ??= createAuth();
  return globalForAuth.portalAuth;
}
