import "server-only";
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { nextCookies } from "better-auth/next-js";
import { getDb } from "@/db/client";
import { sendMail } from "@/db/mail";
import { account, session, user, verification } from "@/db/schema";
import { MIN_PASSWORD_LENGTH } from "@/db/marketplace/core/users";
import { CLIENT_ADDRESS_HEADER } from "@/lib/auth/client-address";
import { LOOPBACK_HOSTS, configuredOrigin, fallbackOrigin } from "@/lib/auth/public-origin";
import { authSecret } from "./secret";

export { authSecret } from "./secret";

/** Reset emails go through the portal's mail outbox (db/mail.ts). */
async function sendResetPassword({ user: u, url }: { user: { email: string }; url: string }) {
  sendMail({
    to: u.email,
    subject: "Reset your GovStack Portal password",
    text: `Someone asked to reset the password of this account. To choose a new password, open:\n${url}\n\nThe link works for one hour. If it was not you, ignore this message.`,
    kind: "password-reset",
  });
}

/** The sign-up confirmation: until the link is opened, a vendor can prepare products but not submit them. */
async function sendVerificationEmail({ user: u, url }: { user: { email: string }; url: string }) {
  sendMail({
    to: u.email,
    subject: "Confirm your email address for the GovStack Portal",
    text: `Welcome to the GovStack Portal marketplace. To confirm this is your email address, open:\n${url}\n\nThe link works for 24 hours. Until then you can prepare products, but not send them for review. If you did not create an account, ignore this message.`,
    kind: "verify-email",
  });
}

/** Sign-up with an address that has an account already: the page says the same as for a new one; the owner hears of it. */
async function onExistingUserSignUp({ user: u }: { user: { email: string } }) {
  sendMail({
    to: u.email,
    subject: "You already have a GovStack Portal account",
    text: `Someone (probably you) tried to create a vendor account with this email address, which already has one. Sign in instead; if you have forgotten the password, choose "Forgotten your password?" on the sign-in page. If it was not you, ignore this message: nothing has changed.`,
    kind: "sign-up-existing",
  });
}

function createAuth() {
  const baseURL = configuredOrigin();
  return betterAuth({
    appName: "GovStack Portal",
    secret: authSecret(),
    // Links in the confirmation and reset mails: BETTER_AUTH_URL, else a loopback Host, else localhost. A
    // reset link to a host the requester chose would hand them the token (lib/auth/public-origin.ts).
    baseURL: baseURL ?? { allowedHosts: LOOPBACK_HOSTS, fallback: fallbackOrigin() },
    trustedOrigins: (process.env.BETTER_AUTH_TRUSTED_ORIGINS ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
    database: drizzleAdapter(getDb(), { provider: "sqlite", schema: { user, session, account, verification } }),
    emailAndPassword: {
      enabled: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: 128,
      // Off: sign-up then answers the same whether or not the email has an account (no session either way);
      // the confirmation link signs the new vendor in.
      autoSignIn: false,
      onExistingUserSignUp,
      sendResetPassword,
      resetPasswordTokenExpiresIn: 3600,
      revokeSessionsOnPasswordReset: true,
    },
    emailVerification: { sendOnSignUp: true, autoSignInAfterVerification: true, expiresIn: 24 * 3600, sendVerificationEmail },
    user: { additionalFields: { role: { type: "string", required: false, defaultValue: "vendor", input: false } } },
    // cookieCache stays off: with it on, getSession has returned null in server components (better-auth #7008).
    session: { cookieCache: { enabled: false }, expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    // Better Auth limits only what reaches its HTTP handler, and of that only the mailed links are open
    // (app/api/auth/[...all]/route.ts). Sign-in and reset requests are limited once, in SQLite, by the
    // portal's actions (db/auth/sign-in-guard.ts, db/rate-limit.ts).
    rateLimit: { enabled: true, storage: "memory", window: 60, max: 100 },
    advanced: {
      useSecureCookies: (baseURL ?? "").startsWith("https://"),
      // The address scripts/server.mjs worked out from the socket (and TRUSTED_PROXIES), never a client's header.
      ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] },
    },
    telemetry: { enabled: false },
    plugins: [nextCookies()],
  });
}

type Auth = ReturnType<typeof createAuth>;
let auth: Auth | undefined;

/**
 * The Better Auth instance, created on first use (not at build time). Each Next bundle makes its own: they
 * share everything that matters through the database and the secret (sessions, accounts, the sign-in limits).
 */
export function getAuth(): Auth {
  return (auth ??= createAuth());
}
