"use server";
import { signOutEverywhere } from "@/db/auth/session";
import { publicForm } from "@/components/forms/form-action";

/** Signs out of every area (vendor, review and staff pages share the one session). */
export const signOutAction = publicForm().redirectAction(
  async () => {
    await signOutEverywhere();
    return { redirect: "/sign-in?signedOut=1" };
  },
  () => "/sign-in?signedOut=1",
);
