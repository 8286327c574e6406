"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { deleteApplication, setApplicationStatus } from "@/db/applications";
import { getDb } from "@/db/client";
import { updateFeedback } from "@/db/feedback";
import { hitRateLimit } from "@/db/rate-limit";
import { APPLICATION_STATUSES, FEEDBACK_STATUSES } from "@/db/schema";
import { findStaffUserByEmail } from "@/db/staff-users";
import { dummyPasswordHash, verifyPassword } from "@/lib/auth/password";
import { endStaffSession, startStaffSession } from "@/lib/auth/session";
import { requireStaff } from "@/lib/auth/staff";
import { clientIp } from "@/lib/involvement/client-ip";
import { failed, type FormState } from "@/lib/involvement/form-state";

/** Only same-site staff paths are allowed as a return address (no open redirect). */
function safeNext(value: FormDataEntryValue | null): string {
  return typeof value === "string" && /^\/staff(\/[\w\-/]*)?$/.test(value) ? value : "/staff";
}

/** Staff sign-in: rate limited per IP + email and per email; same work whether or not the email exists. */
export async function signIn(_previous: FormState, data: FormData): Promise<FormState> {
  const email = String(data.get("email") ?? "").trim().toLowerCase();
  const password = String(data.get("password") ?? "");
  const values = { email };
  const errors: Record<string, string> = {};
  if (!email) errors.email = "Enter your email address";
  if (!password) errors.password = "Enter your password";
  if (Object.keys(errors).length > 0) return failed(values, errors);

  const perPair = hitRateLimit(["signin", await clientIp(), email], 5, 15 * 60_000);
  const perEmail = hitRateLimit(["signin-email", email], 20, 60 * 60_000);
  if (!perPair.allowed || !perEmail.allowed) {
    const minutes = Math.ceil(Math.max(perPair.allowed ? 0 : perPair.retryAfterS, perEmail.allowed ? 0 : perEmail.retryAfterS) / 60);
    return failed(values, {}, `Too many sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`);
  }

  const user = findStaffUserByEmail(getDb(), email);
  const matches = await verifyPassword(password, user?.passwordHash ?? (await dummyPasswordHash()));
  if (!user || !matches) {
    return failed(values, {}, "The email address or password is not right.");
  }
  await startStaffSession(user.id);
  redirect(safeNext(data.get("next")));
}

/** Ends the staff session. */
export async function signOut(): Promise<void> {
  await endStaffSession();
  redirect("/staff/sign-in");
}

const reviewSchema = z.object({
  id: z.uuid(),
  status: z.enum(FEEDBACK_STATUSES),
  reply: z.string().max(4000).transform((s) => s.trim() || undefined),
  bb: z.string().max(80).optional(),
});

/** Reviewer: sets a piece of feedback's status and reply. */
export async function reviewFeedback(data: FormData): Promise<void> {
  await requireStaff({ returnTo: "/staff/feedback" });
  const parsed = reviewSchema.safeParse(Object.fromEntries(data));
  if (!parsed.success) redirect("/staff/feedback?error=invalid");
  updateFeedback(parsed.data.id, { status: parsed.data.status, reply: parsed.data.reply });
  revalidatePath("/staff/feedback");
  revalidatePath("/building-blocks", "layout");
  const bb = parsed.data.bb && /^[a-z0-9-]+$/.test(parsed.data.bb) ? `bb=${parsed.data.bb}&` : "";
  redirect(`/staff/feedback?${bb}saved=${parsed.data.id}#feedback-${parsed.data.id}`);
}

/** Reviewer: marks an application. */
export async function markApplication(data: FormData): Promise<void> {
  await requireStaff({ returnTo: "/staff/applications" });
  const parsed = z.object({ id: z.uuid(), status: z.enum(APPLICATION_STATUSES) }).safeParse(Object.fromEntries(data));
  if (!parsed.success) redirect("/staff/applications");
  setApplicationStatus(parsed.data.id, parsed.data.status);
  revalidatePath("/staff/applications");
  redirect(`/staff/applications/${parsed.data.id}?saved=1`);
}

/** Admin: deletes an application and its CV, after a ticked confirmation. */
export async function removeApplication(data: FormData): Promise<void> {
  await requireStaff({ role: "admin" });
  const parsed = z.object({ id: z.uuid(), confirm: z.literal("yes") }).safeParse(Object.fromEntries(data));
  if (!parsed.success) {
    const id = z.uuid().safeParse(data.get("id"));
    redirect(id.success ? `/staff/applications/${id.data}?confirm=missing#delete` : "/staff/applications");
  }
  await deleteApplication(parsed.data.id);
  revalidatePath("/staff/applications");
  redirect("/staff/applications?deleted=1");
}
