"use server";
import { z } from "zod";
import { decideClaim } from "@/db/marketplace/claims";
import { acceptInvitation, inviteStaff, removeStaff, revokeInvitation } from "@/db/marketplace/staff";
import { publicForm, signedInForm } from "@/components/forms/form-action";
import { failed } from "@/lib/forms/form-state";
import { requestOrigin } from "@/lib/marketplace/origin";

// Staff actions of the marketplace: claims, invitations, removals. The form-action chain checks the
// session and the role here; the data layer checks the role again.

const claimDecisionSchema = z
  .object({
    decision: z.enum(["approve", "reject"], { error: "Choose approve or reject" }),
    reason: z.string().trim().max(2000, "Reason must be 2,000 characters or fewer"),
  })
  .refine((v) => v.decision === "approve" || v.reason.length >= 5, { path: ["reason"], message: "Give the vendor a reason they can act on" });

export const decideClaimAction = signedInForm({ access: "staff", signIn: "/sign-in?next=/staff/claims" })
  .errors({ field: "decision" })
  .input(claimDecisionSchema, { blanks: ["decision", "reason"] })
  .action(async ({ actor, input }, claimId: string) => {
    const { productSlug: slug } = decideClaim(actor, claimId, { approve: input.decision === "approve", reason: input.reason }, await requestOrigin());
    return {
      revalidate: [
        "/marketplace",
        `/marketplace/products/${slug}`,
        // Spec pages and journey steps (static) name each listed product's organisation and whether it is seed data.
        ["/building-blocks/[id]", "page"],
        ["/use-cases/[id]/steps/[n]", "page"],
        "/staff",
      ],
      redirect: `/staff/claims?decided=${input.decision === "approve" ? "approved" : "rejected"}&slug=${encodeURIComponent(slug)}`,
    };
  });

const inviteSchema = z.object({
  email: z.email("Enter an email address like name@example.org").trim().toLowerCase().max(200, "Email must be 200 characters or fewer"),
  role: z.enum(["reviewer", "admin"], { error: "Choose reviewer or admin" }),
});

const admin = signedInForm({ access: "admin", signIn: "/sign-in?next=/staff/people" });

export const inviteStaffAction = admin
  .errors({ field: "email" })
  .input(inviteSchema, { blanks: ["email", "role"] })
  .action(async ({ actor, input }) => {
    inviteStaff(actor, input, await requestOrigin());
    return { revalidate: ["/staff/people"], redirect: `/staff/people?invited=${encodeURIComponent(input.email)}` };
  });

export const removeStaffAction = admin.errors({ field: "confirm" }).action(({ actor, form, values }, userId: string) => {
  if (form.get("confirm") !== "yes") return failed(values, { confirm: "Tick the box to confirm the removal" });
  const { email } = removeStaff(actor, userId);
  return { revalidate: ["/staff/people"], redirect: `/staff/people?removed=${encodeURIComponent(email)}` };
});

export const revokeInvitationAction = admin.action(({ actor }, invitationId: string) => {
  revokeInvitation(actor, invitationId);
  return { revalidate: ["/staff/people"], redirect: "/staff/people?revoked=1" };
});

const acceptSchema = z.object({
  token: z.string().min(20, "The invitation link is not valid: ask an admin for a new one"),
  name: z.string().trim().min(1, "Enter your name").max(100, "Name must be 100 characters or fewer"),
  password: z.string().min(12, "Password must be at least 12 characters").max(128, "Password must be 128 characters or fewer"),
});

export const acceptInvitationAction = publicForm()
  .input(acceptSchema)
  .action(({ input }) => {
    acceptInvitation(input);
    return { redirect: "/staff/invitation?accepted=1" };
  });
