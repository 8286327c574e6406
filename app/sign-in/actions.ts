"use server";
import { APIError } from "better-auth/api";
import { eq } from "drizzle-orm";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { hitRateLimit, resetRateLimit } from "@/db/rate-limit";
import { user, type UserRole } from "@/db/schema";
import { getAuth } from "@/lib/auth/auth";
import { homeFor, safeReturnPath } from "@/lib/auth/return-path";
import { setAccountHint, signOutEverywhere } from "@/lib/auth/session";
import { failed, issuesToErrors, type FormState } from "@/lib/forms/form-state";
import { clientIp } from "@/lib/involvement/client-ip";
import { signInSchema } from "@/lib/marketplace/forms";

const PER_PAIR = { max: 5, windowMs: 15 * 60_000 };
const PER_EMAIL = { max: 20, windowMs: 60 * 60_000 };

/**
 * One sign-in for vendors, reviewers and admins (Better Auth email and password). Failed attempts are
 * limited per IP + email and per email in SQLite, so the limit holds across restarts and processes.
 */
export async function signInAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = signInSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return failed(form, issuesToErrors(parsed.error.issues));
  const { email } = parsed.data;
  const pairKey = ["signin", await clientIp(), email];
  const emailKey = ["signin-email", email];
  const perPair = hitRateLimit(pairKey, PER_PAIR.max, PER_PAIR.windowMs);
  const perEmail = hitRateLimit(emailKey, PER_EMAIL.max, PER_EMAIL.windowMs);
  if (!perPair.allowed || !perEmail.allowed) {
    const minutes = Math.ceil(Math.max(perPair.allowed ? 0 : perPair.retryAfterS, perEmail.allowed ? 0 : perEmail.retryAfterS) / 60);
    return failed(form, [{ field: "email", message: `Too many sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.` }]);
  }
  try {
    await getAuth().api.signInEmail({ body: parsed.data, headers: await headers() });
  } catch (error) {
    if (error instanceof APIError) return failed(form, [{ field: "email", message: "The email address or password is not right" }]);
    throw error;
  }
  resetRateLimit(pairKey);
  resetRateLimit(emailKey);
  const role = (getDb().select({ role: user.role }).from(user).where(eq(user.email, email)).get()?.role ?? "vendor") as UserRole;
  await setAccountHint(role);
  redirect(safeReturnPath(form.get("next")) ?? homeFor(role));
}

/** Signs out of every area (vendor, review and staff pages share the one session). */
export async function signOutAction(): Promise<void> {
  await signOutEverywhere();
  redirect("/sign-in?signedOut=1");
}
