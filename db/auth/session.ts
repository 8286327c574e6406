import "server-only";
import { eq } from "drizzle-orm";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { user, type UserRole } from "@/db/schema";
import type { Actor } from "@/lib/marketplace/authz";
import { getAuth } from "./auth";
import { ACCOUNT_HINT_COOKIE } from "@/lib/auth/account-hint";

/** The signed-in user, with the role read from the database, or null. */
export async function getActor(): Promise<Actor | null> {
  const result = await getAuth().api.getSession({ headers: await headers() });
  if (!result) return null;
  const row = getDb().select({ role: user.role }).from(user).where(eq(user.id, result.user.id)).get();
  if (!row) return null;
  return { userId: result.user.id, email: result.user.email, name: result.user.name, role: row.role as UserRole };
}

/** The role of the account with this email; "vendor" when there is none (sign-up makes vendors). */
export function roleOfEmail(email: string): UserRole {
  return (getDb().select({ role: user.role }).from(user).where(eq(user.email, email)).get()?.role ?? "vendor") as UserRole;
}

/** Whether the user opened the confirmation link mailed at sign-up (needed before submitting for review). */
export function hasVerifiedEmail(userId: string): boolean {
  return getDb().select({ v: user.emailVerified }).from(user).where(eq(user.id, userId)).get()?.v === true;
}

/** The signed-in user; otherwise redirects to sign-in and back to `returnTo`. */
export async function requireActor(returnTo = "/vendor"): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
  return actor;
}

/** Whether this request reached the portal over https (directly, or per its configured URL), for cookies' Secure flag. */
export async function servedOverHttps(): Promise<boolean> {
  return (await headers()).get("x-forwarded-proto") === "https" || (process.env.BETTER_AUTH_URL ?? "").startsWith("https://");
}

/**
 * Sets the header's account hint after signing in. It only chooses which account link the (static,
 * cached) header shows; it grants nothing, every page and action checks the real session.
 */
export async function setAccountHint(role: UserRole): Promise<void> {
  (await cookies()).set(ACCOUNT_HINT_COOKIE, role === "vendor" ? "vendor" : "staff", {
    sameSite: "lax",
    secure: await servedOverHttps(),
    path: "/",
    maxAge: 60 * 60 * 24 * 7,
  });
}

/** Signs out of Better Auth and drops the header's account hint. */
export async function signOutEverywhere(): Promise<void> {
  await getAuth().api.signOut({ headers: await headers() });
  (await cookies()).delete(ACCOUNT_HINT_COOKIE);
}
