"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { decideSubmission } from "@/db/marketplace/review";
import { ForbiddenError, RuleError } from "@/db/marketplace/core/types";
import { getActor } from "@/db/auth/session";
import { failed, issuesToErrors, type FormState } from "@/lib/forms/form-state";
import { decisionSchema, parseRequirementComments } from "@/lib/marketplace/forms";
import { requestOrigin } from "@/lib/marketplace/origin";

/** Approve, request changes or reject one submission (reviewers and admins only). */
export async function decideAction(versionId: string, _prev: FormState, form: FormData): Promise<FormState> {
  const actor = await getActor();
  if (!actor) redirect("/sign-in?next=/review");
  const parsed = decisionSchema.safeParse({ decision: form.get("decision") ?? "", reason: form.get("reason") ?? "", verifiedBbs: form.getAll("verifiedBbs") });
  const comments = parseRequirementComments(form);
  if (!parsed.success || comments.errors.length) return failed(form, [...(parsed.success ? [] : issuesToErrors(parsed.error.issues)), ...comments.errors]);
  let affectedBbs: string[];
  try {
    ({ affectedBbs } = decideSubmission(actor, versionId, { ...parsed.data, comments: comments.list }, await requestOrigin()));
  } catch (error) {
    if (error instanceof ForbiddenError) return failed(form, [{ field: "decision", message: error.message }]);
    if (error instanceof RuleError) return failed(form, [{ field: error.field ?? "decision", message: error.message }]);
    throw error;
  }
  revalidatePath("/marketplace");
  // Spec pages list the published products of their BB (ISR): refresh the ones this decision touched.
  for (const bb of affectedBbs) revalidatePath(`/building-blocks/${bb}`);
  // Journey steps list products of their BBs too (static pages).
  if (affectedBbs.length) revalidatePath("/use-cases/[id]/steps/[n]", "page");
  revalidatePath("/review");
  revalidatePath("/staff");
  // The queue names the product and the decision (looked up again there, not trusted from the URL).
  redirect(`/review?decided=${encodeURIComponent(versionId)}`);
}
