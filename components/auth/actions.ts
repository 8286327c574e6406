"use server";
import { redirect } from "next/navigation";
import { signOutEverywhere } from "@/db/auth/session";

/** Signs out of every area (vendor, review and staff pages share the one session). */
export async function signOutAction(): Promise<void> {
  await signOutEverywhere();
  redirect("/sign-in?signedOut=1");
}
