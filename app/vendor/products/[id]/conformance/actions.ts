"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { ForbiddenError, queueRun, RuleError, saveTarget } from "@/db/conformance";
import { hitRateLimit } from "@/db/rate-limit";
import { kickQueue } from "@/conformance/queue";
import { getActor } from "@/db/auth/session";
import { failed, issuesToErrors, type FormState } from "@/lib/forms/form-state";

// Authenticate → validate (zod) → the DAL checks membership again → redirect or per-field errors.

const targetSchema = z.object({
  baseUrl: z
    .string()
    .trim()
    .min(1, "Enter the base URL of your implementation")
    .max(500, "Use at most 500 characters")
    .url("Enter a full URL starting with https:// (or http://)"),
  authPassword: z.string().max(4000, "Use at most 4,000 characters").optional(),
  removeCredential: z.literal("on").optional(),
});

export async function saveTargetAction(productId: string, bbId: string, _prev: FormState, form: FormData): Promise<FormState> {
  const actor = await getActor();
  if (!actor) redirect(`/sign-in?next=/vendor/products/${productId}/conformance/${bbId}`);
  const parsed = targetSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return failed(form, issuesToErrors(parsed.error.issues));
  const secret = parsed.data.authPassword?.trim();
  try {
    saveTarget(actor, productId, bbId, parsed.data.baseUrl, parsed.data.removeCredential ? "" : secret ? secret : undefined);
  } catch (error) {
    if (error instanceof ForbiddenError) return failed(form, [{ field: "form", message: "You do not have access to this product." }]);
    if (error instanceof RuleError) return failed(form, [{ field: error.field ?? "form", message: error.message }]);
    throw error;
  }
  revalidatePath(`/vendor/products/${productId}/conformance/${bbId}`);
  redirect(`/vendor/products/${productId}/conformance/${bbId}?saved=1`);
}

export async function startRunAction(productId: string, bbId: string, targetId: string): Promise<void> {
  const actor = await getActor();
  if (!actor) redirect(`/sign-in?next=/vendor/products/${productId}/conformance/${bbId}`);
  const back = `/vendor/products/${productId}/conformance/${bbId}`;
  // Each run calls the vendor's endpoint many times: a person may start a few an hour, not a flood.
  if (!hitRateLimit(["conformance-run", actor.userId], 20, 3_600_000).allowed) redirect(`${back}?error=rate`);
  let runId: string;
  try {
    runId = queueRun(actor, targetId);
  } catch (error) {
    if (error instanceof RuleError) redirect(`${back}?error=busy`);
    if (error instanceof ForbiddenError) redirect(`${back}?error=forbidden`);
    throw error;
  }
  kickQueue();
  redirect(`/conformance/runs/${runId}`);
}
