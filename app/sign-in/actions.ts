"use server";
import { APIError } from "better-auth/api";
import { cookies, headers } from "next/headers";
import { authSecret, getAuth } from "@/db/auth/auth";
import { homeFor, safeReturnPath } from "@/lib/auth/return-path";
import { roleOfEmail, servedOverHttps, setAccountHint } from "@/db/auth/session";
import { DEVICE_COOKIE, deviceToken, isKnownDevice, beginSignIn, recordSignInSuccess, waitMessage } from "@/db/auth/sign-in-guard";
import { publicForm } from "@/components/forms/form-action";
import { failed } from "@/lib/forms/form-state";
import { clientIp } from "@/lib/involvement/client-ip";
import { signInSchema } from "@/lib/marketplace/forms";

/**
 * The one sign-in for vendors, reviewers and admins (Better Auth email and password; its HTTP sign-in
 * endpoint is closed). Wrong passwords slow the address, the address + account pair and the account
 * down with growing delays kept in SQLite (db/auth/sign-in-guard.ts), so the limits hold across
 * restarts and processes and a stranger can slow, but never lock out, someone else's account.
 */
export const signInAction = publicForm()
  .input(signInSchema)
  .action(async ({ input, form, values }) => {
    const { email } = input;
    const jar = await cookies();
    const attempt = { address: await clientIp(), email, knownDevice: isKnownDevice(jar.get(DEVICE_COOKIE)?.value, email, authSecret()) };
    // Counted as a failure before the password is checked, so parallel guesses cannot all get through.
    const wait = beginSignIn(attempt);
    if (wait > 0) return failed(values, { email: waitMessage(wait) });
    try {
      await getAuth().api.signInEmail({ body: input, headers: await headers() });
    } catch (error) {
      if (error instanceof APIError) return failed(values, { email: "The email address or password is not right" });
      throw error;
    }
    recordSignInSuccess(attempt);
    jar.set(DEVICE_COOKIE, deviceToken(email, authSecret()), {
      httpOnly: true,
      sameSite: "lax",
      secure: await servedOverHttps(),
      path: "/sign-in",
      maxAge: 365 * 86400,
    });
    const role = roleOfEmail(email);
    await setAccountHint(role);
    return { redirect: safeReturnPath(form.get("next")) ?? homeFor(role) };
  });
