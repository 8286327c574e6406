"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { deleteApplication, setApplicationStatus } from "@/db/applications";
import { updateFeedback } from "@/db/feedback";
import { signedInForm } from "@/components/forms/form-action";
import { APPLICATION_STATUSES, FEEDBACK_STATUSES } from "@/lib/involvement/options";
import { getBuildingBlock } from "@/lib/content/building-blocks";

// The staff pages' own forms: vendors, and reviewers asking for an admin-only thing, get a 404 (hidden).
const reviewer = (returnTo: string) => signedInForm({ access: "staff", hidden: true, signIn: `/sign-in?next=${encodeURIComponent(returnTo)}` });

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
export const reviewFeedback = reviewer("/staff/feedback")
  .input(reviewSchema)
  .redirectAction(
    async ({ actor, input }) => {
      // Links in mail need an absolute URL: the configured public URL, else the address this request came to.
      const h = await headers();
      const origin = process.env.BETTER_AUTH_URL?.replace(/\/$/, "") ?? `${h.get("x-forwarded-proto") ?? "http"}://${h.get("host") ?? "localhost"}`;
      updateFeedback(actor, input.id, { status: input.status, reply: input.reply }, (bbId) => ({
        bbTitle: getBuildingBlock(bbId)?.title ?? bbId,
        logUrl: `${origin}/building-blocks/${bbId}/reviews`,
      }));
      const bb = input.bb && /^[a-z0-9-]+$/.test(input.bb) ? `bb=${input.bb}&` : "";
      return {
        revalidate: ["/staff/feedback", ["/building-blocks", "layout"]],
        redirect: `/staff/feedback?${bb}saved=${input.id}#feedback-${input.id}`,
      };
    },
    () => "/staff/feedback?error=invalid",
  );

/** Reviewer: marks an application. */
export const markApplication = reviewer("/staff/applications")
  .input(z.object({ id: z.uuid(), status: z.enum(APPLICATION_STATUSES) }))
  .redirectAction(
    ({ actor, input }) => {
      setApplicationStatus(actor, input.id, input.status);
      return { revalidate: ["/staff/applications"], redirect: `/staff/applications/${input.id}?saved=1` };
    },
    () => "/staff/applications",
  );

/** Admin: deletes an application and its CV, after a ticked confirmation. */
export const removeApplication = signedInForm({ access: "admin", hidden: true })
  .input(z.object({ id: z.uuid(), confirm: z.literal("yes") }))
  .redirectAction(
    async ({ actor, input }) => {
      await deleteApplication(actor, input.id);
      return { revalidate: ["/staff/applications"], redirect: "/staff/applications?deleted=1" };
    },
    ({ form }) => {
      const id = z.uuid().safeParse(form.get("id"));
      return id.success ? `/staff/applications/${id.data}?confirm=missing#delete` : "/staff/applications";
    },
  );
