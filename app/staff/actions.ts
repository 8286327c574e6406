"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { deleteApplication, setApplicationStatus } from "@/db/applications";
import { updateFeedback } from "@/db/feedback";
import { APPLICATION_STATUSES, FEEDBACK_STATUSES } from "@/lib/involvement/options";
import { requireStaff } from "@/db/auth/staff";
import { getBuildingBlock } from "@/lib/content/building-blocks";

const reviewSchema = z.object({
  id: z.uuid(),
  status: z.enum(FEEDBACK_STATUSES),
  reply: z
    .string()
    .max(4000)
    .transform((s) => s.trim() || undefined),
  bb: z.string().max(80).optional(),
});

/** Reviewer: sets a piece of feedback's status and reply. */
export async function reviewFeedback(data: FormData): Promise<void> {
  const staff = await requireStaff({ returnTo: "/staff/feedback" });
  const parsed = reviewSchema.safeParse(Object.fromEntries(data));
  if (!parsed.success) redirect("/staff/feedback?error=invalid");
  // Links in mail need an absolute URL: the configured public URL, else the address this request came to.
  const h = await headers();
  const origin = process.env.BETTER_AUTH_URL?.replace(/\/$/, "") ?? `${h.get("x-forwarded-proto") ?? "http"}://${h.get("host") ?? "localhost"}`;
  updateFeedback(staff, parsed.data.id, { status: parsed.data.status, reply: parsed.data.reply }, (bbId) => ({
    bbTitle: getBuildingBlock(bbId)?.title ?? bbId,
    logUrl: `${origin}/building-blocks/${bbId}/reviews`,
  }));
  revalidatePath("/staff/feedback");
  revalidatePath("/building-blocks", "layout");
  const bb = parsed.data.bb && /^[a-z0-9-]+$/.test(parsed.data.bb) ? `bb=${parsed.data.bb}&` : "";
  redirect(`/staff/feedback?${bb}saved=${parsed.data.id}#feedback-${parsed.data.id}`);
}

/** Reviewer: marks an application. */
export async function markApplication(data: FormData): Promise<void> {
  const staff = await requireStaff({ returnTo: "/staff/applications" });
  const parsed = z.object({ id: z.uuid(), status: z.enum(APPLICATION_STATUSES) }).safeParse(Object.fromEntries(data));
  if (!parsed.success) redirect("/staff/applications");
  setApplicationStatus(staff, parsed.data.id, parsed.data.status);
  revalidatePath("/staff/applications");
  redirect(`/staff/applications/${parsed.data.id}?saved=1`);
}

/** Admin: deletes an application and its CV, after a ticked confirmation. */
export async function removeApplication(data: FormData): Promise<void> {
  const admin = await requireStaff({ role: "admin" });
  const parsed = z.object({ id: z.uuid(), confirm: z.literal("yes") }).safeParse(Object.fromEntries(data));
  if (!parsed.success) {
    const id = z.uuid().safeParse(data.get("id"));
    redirect(id.success ? `/staff/applications/${id.data}?confirm=missing#delete` : "/staff/applications");
  }
  await deleteApplication(admin, parsed.data.id);
  revalidatePath("/staff/applications");
  redirect("/staff/applications?deleted=1");
}
