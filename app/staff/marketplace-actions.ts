"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { decideClaim } from "@/db/marketplace/claims";
import { acceptInvitation, inviteStaff, removeStaff, revokeInvitation } from "@/db/marketplace/staff";
import { ForbiddenError, RuleError } from "@/db/marketplace/core/types";
import { getActor } from "@/db/auth/session";
import { failed, issuesToErrors, type FormState } from "@/lib/forms/form-state";
import { requestOrigin } from "@/lib/marketplace/origin";

// Staff actions of the marketplace: claims, invitations, removals. Each checks the session here and
// the role again in the data layer.

function ruleFailure(form: FormData, error: unknown, field = "form"): FormState {
  if (error instanceof ForbiddenError || error instanceof RuleError)
    return failed(form, [{ field: (error instanceof RuleError && error.field) || field, message: error.message }]);
  throw error;
}

const claimDecisionSchema = z
  .object({
    decision: z.enum(["approve", "reject"], { error: "Choose approve or reject" }),
    reason: z.string().trim().max(2000, "Reason must be 2,000 characters or fewer"),
  })
  .refine((v) => v.decision === "approve" || v.reason.length >= 5, { path: ["reason"], message: "Give the vendor a reason they can act on" });

export async function decideClaimAction(claimId: string, _prev: FormState, form: FormData): Promise<FormState> {
  const actor = await getActor();
  if (!actor) redirect("/sign-in?next=/staff/claims");
  const parsed = claimDecisionSchema.safeParse({ decision: form.get("decision") ?? "", reason: form.get("reason") ?? "" });
  if (!parsed.success) return failed(form, issuesToErrors(parsed.error.issues));
  let slug: string;
  try {
    ({ productSlug: slug } = decideClaim(actor, claimId, { approve: parsed.data.decision === "approve", reason: parsed.data.reason }, await requestOrigin()));
  } catch (error) {
    return ruleFailure(form, error, "decision");
  }
  revalidatePath("/marketplace");
  revalidatePath(`/marketplace/products/${slug}`);
  revalidatePath("/staff");
  redirect(`/staff/claims?decided=${parsed.data.decision === "approve" ? "approved" : "rejected"}&slug=${encodeURIComponent(slug)}`);
}

const inviteSchema = z.object({
  email: z.email("Enter an email address like name@example.org").trim().toLowerCase().max(200, "Email must be 200 characters or fewer"),
  role: z.enum(["reviewer", "admin"], { error: "Choose reviewer or admin" }),
});

export async function inviteStaffAction(_prev: FormState, form: FormData): Promise<FormState> {
  const actor = await getActor();
  if (!actor) redirect("/sign-in?next=/staff/people");
  const parsed = inviteSchema.safeParse({ email: form.get("email") ?? "", role: form.get("role") ?? "" });
  if (!parsed.success) return failed(form, issuesToErrors(parsed.error.issues));
  try {
    inviteStaff(actor, parsed.data, await requestOrigin());
  } catch (error) {
    return ruleFailure(form, error, "email");
  }
  revalidatePath("/staff/people");
  redirect(`/staff/people?invited=${encodeURIComponent(parsed.data.email)}`);
}

export async function removeStaffAction(userId: string, _prev: FormState, form: FormData): Promise<FormState> {
  const actor = await getActor();
  if (!actor) redirect("/sign-in?next=/staff/people");
  if (form.get("confirm") !== "yes") return failed(form, [{ field: "confirm", message: "Tick the box to confirm the removal" }]);
  let email: string;
  try {
    ({ email } = removeStaff(actor, userId));
  } catch (error) {
    return ruleFailure(form, error, "confirm");
  }
  revalidatePath("/staff/people");
  redirect(`/staff/people?removed=${encodeURIComponent(email)}`);
}

export async function revokeInvitationAction(invitationId: string, _prev: FormState, form: FormData): Promise<FormState> {
  const actor = await getActor();
  if (!actor) redirect("/sign-in?next=/staff/people");
  try {
    revokeInvitation(actor, invitationId);
  } catch (error) {
    return ruleFailure(form, error);
  }
  revalidatePath("/staff/people");
  redirect("/staff/people?revoked=1");
}

const acceptSchema = z.object({
  token: z.string().min(20, "The invitation link is not valid: ask an admin for a new one"),
  name: z.string().trim().min(1, "Enter your name").max(100, "Name must be 100 characters or fewer"),
  password: z.string().min(12, "Password must be at least 12 characters").max(128, "Password must be 128 characters or fewer"),
});

export async function acceptInvitationAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = acceptSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return failed(form, issuesToErrors(parsed.error.issues));
  try {
    acceptInvitation(parsed.data);
  } catch (error) {
    return ruleFailure(form, error);
  }
  redirect("/staff/invitation?accepted=1");
}
