"use server";
import { APIError } from "better-auth/api";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import {
  assertProductEditable,
  createOrganisation,
  createProduct,
  deleteDraftProduct,
  ForbiddenError,
  getWorkingCopy,
  RuleError,
  saveAssessment,
  setProductLogo,
  submitForReview,
  updateProduct,
  withdrawSubmission,
} from "@/db/marketplace/vendor";
import { requestClaim } from "@/db/marketplace/claims";
import { checkLogo, removeLogo, writeLogo } from "@/db/marketplace/uploads";
import { z } from "zod";
import { hitRateLimit } from "@/db/rate-limit";
import { getAuth } from "@/db/auth/auth";
import { passwordWeakness } from "@/lib/auth/password-strength";
import { signUpWait } from "@/db/auth/sign-up-limit";
import { getActor, hasVerifiedEmail } from "@/db/auth/session";
import { getBuildingBlock, getBuildingBlocks } from "@/lib/content/building-blocks";
import { failed, issuesToErrors, type FormState } from "@/lib/forms/form-state";
import { isReplayedSubmission } from "@/db/replay";
import { clientIp } from "@/lib/involvement/client-ip";
import { isAssessmentPageId, sectionsOf } from "@/lib/marketplace/assessment";
import { isClaimableBb } from "./_components/product-fields";
import { answerSchema, confirmDeleteSchema, forgotSchema, organisationSchema, productSchema, resetSchema, signUpSchema } from "@/lib/marketplace/forms";

// Every action: authenticate → validate with zod → call the DAL (which checks authorization
// again) → revalidate → redirect or return per-field errors with the user's input.

function ruleFailure(form: FormData, error: unknown, field = "form"): FormState {
  if (error instanceof ForbiddenError) return failed(form, [{ field, message: "You do not have access to this product." }]);
  if (error instanceof RuleError) return failed(form, [{ field: error.field ?? field, message: error.message }]);
  throw error;
}

/**
 * Vendor sign-up. The answer is the same whether or not the email has an account: "check your inbox".
 * A new account gets a confirmation link (it signs the vendor in); an existing one gets a note saying
 * so. Limited per address and per email; the password is checked for guessability, not only length.
 */
export async function signUpAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = signUpSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return failed(form, issuesToErrors(parsed.error.issues));
  const weakness = passwordWeakness(parsed.data.password, [parsed.data.name, parsed.data.email]);
  if (weakness) return failed(form, [{ field: "password", message: weakness }]);
  const wait = signUpWait(await clientIp(), parsed.data.email);
  if (wait > 0) {
    const minutes = Math.ceil(wait / 60);
    return failed(form, [
      { field: "form", message: `Too many accounts have been created from here. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.` },
    ]);
  }
  try {
    await getAuth().api.signUpEmail({ body: { ...parsed.data, callbackURL: "/vendor?verified=1" }, headers: await headers() });
  } catch (error) {
    if (error instanceof APIError) return failed(form, [{ field: "form", message: "We could not create the account. Try again." }]);
    throw error;
  }
  redirect("/vendor/sign-up?sent=1");
}

export async function forgotPasswordAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = forgotSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return failed(form, issuesToErrors(parsed.error.issues));
  if (hitRateLimit(["reset", await clientIp(), parsed.data.email], 3, 15 * 60_000).allowed) {
    try {
      await getAuth().api.requestPasswordReset({ body: { email: parsed.data.email, redirectTo: "/vendor/reset-password" }, headers: await headers() });
    } catch (error) {
      if (!(error instanceof APIError)) throw error;
    }
  }
  // The same answer whether or not the account exists.
  return {
    errors: [],
    values: {},
    at: Date.now(),
    message: "If an account uses that email, we have sent it a link to reset the password. The link works for one hour.",
  };
}

export async function resetPasswordAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = resetSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return failed(form, issuesToErrors(parsed.error.issues));
  const weakness = passwordWeakness(parsed.data.password);
  if (weakness) return failed(form, [{ field: "password", message: weakness }]);
  try {
    await getAuth().api.resetPassword({ body: { newPassword: parsed.data.password, token: parsed.data.token }, headers: await headers() });
  } catch (error) {
    if (error instanceof APIError) return failed(form, [{ field: "password", message: "This reset link has expired or was already used: ask for a new one" }]);
    throw error;
  }
  redirect("/sign-in?reset=1");
}

export async function createOrganisationAction(_prev: FormState, form: FormData): Promise<FormState> {
  const actor = await getActor();
  if (!actor) redirect("/sign-in");
  const parsed = organisationSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return failed(form, issuesToErrors(parsed.error.issues));
  // The same form posted again (double click, re-post on reload): the first one created it.
  if (isReplayedSubmission("organisation", actor.userId, form, 10 * 60_000)) redirect("/vendor");
  createOrganisation(actor, parsed.data);
  revalidatePath("/vendor");
  redirect("/vendor");
}

/** Whether the product's working copy already claims the BB (checked as the actor: members only). */
function claimedBefore(actor: NonNullable<Awaited<ReturnType<typeof getActor>>>, productId: string, bbId: string): boolean {
  try {
    return getWorkingCopy(actor, productId).snapshot.bbs.some((b) => b.bbId === bbId);
  } catch {
    return false;
  }
}

export async function saveProductAction(target: { productId?: string; organisationId?: string }, _prev: FormState, form: FormData): Promise<FormState> {
  const actor = await getActor();
  if (!actor) redirect("/sign-in");
  const raw = { ...Object.fromEntries(form), bbs: form.getAll("bbs"), useCases: form.getAll("useCases") };
  // Planned BBs cannot be claimed; a claim made before stays acceptable so the product can be saved.
  const alreadyClaimed = target.productId ? new Set(form.getAll("bbs").map(String)) : new Set<string>();
  const claimable = getBuildingBlocks().filter((b) => isClaimableBb(b.status) || (alreadyClaimed.has(b.id) && claimedBefore(actor, target.productId!, b.id)));
  const parsed = productSchema(claimable.map((b) => b.id)).safeParse(raw);
  if (!parsed.success) return failed(form, issuesToErrors(parsed.error.issues));
  let productId = target.productId;
  if (!productId && isReplayedSubmission("new-product", actor.userId, form, 10 * 60_000)) redirect("/vendor");
  try {
    if (productId) updateProduct(actor, productId, parsed.data);
    else productId = createProduct(actor, target.organisationId ?? "", parsed.data);
  } catch (error) {
    return ruleFailure(form, error);
  }
  revalidatePath("/vendor");
  redirect(`/vendor/products/${productId}?saved=1`);
}

/** Logo upload: the vendor's right to change the product and the image's bytes are checked before anything is written. */
export async function uploadLogoAction(productId: string, _prev: FormState, form: FormData): Promise<FormState> {
  const actor = await getActor();
  if (!actor) redirect("/sign-in");
  const file = form.get("logo");
  if (!(file instanceof File)) return failed(form, [{ field: "logo", message: "Choose an image file" }]);
  try {
    assertProductEditable(actor, productId);
  } catch (error) {
    return ruleFailure(form, error, "logo");
  }
  const checked = await checkLogo(file);
  if ("error" in checked) return failed(form, [{ field: "logo", message: checked.error }]);
  const fileName = await writeLogo(checked);
  let replaced: string | null;
  try {
    replaced = setProductLogo(actor, productId, fileName);
  } catch (error) {
    await removeLogo(fileName); // e.g. submitted for review meanwhile: the new file would be an orphan
    return ruleFailure(form, error, "logo");
  }
  await removeLogo(replaced); // kept while a submitted or published version still shows it
  revalidatePath(`/vendor/products/${productId}`);
  redirect(`/vendor/products/${productId}?saved=1`);
}

/**
 * Saves the answers of one section of a BB's self-assessment; the other sections stay as saved. Then
 * goes to the next section, or back to the overview when asked or when this was the last one.
 */
export async function saveAssessmentSectionAction(
  target: { productId: string; bbId: string; section: string },
  _prev: FormState,
  form: FormData,
): Promise<FormState> {
  const actor = await getActor();
  if (!actor) redirect("/sign-in");
  const spec = getBuildingBlock(target.bbId);
  const sections = spec && isAssessmentPageId(target.section) ? sectionsOf(spec.requirements, new Map()) : [];
  const index = sections.findIndex((s) => s.id === target.section);
  if (index < 0) return failed(form, [{ field: "form", message: "This section of the self-assessment does not exist." }]);
  const requirements = sections[index]!.requirements;
  const errors: FormState["errors"] = [];
  const answers = [];
  for (const r of requirements) {
    const parsed = answerSchema.safeParse({
      status: form.get(`${r.id}.status`) ?? "",
      comment: form.get(`${r.id}.comment`) ?? "",
      evidenceUrl: form.get(`${r.id}.evidenceUrl`) ?? "",
    });
    if (!parsed.success) {
      for (const e of issuesToErrors(parsed.error.issues)) errors.push({ field: `${r.id}.${e.field}`, message: `${r.id}: ${e.message}` });
      continue;
    }
    if (parsed.data.status === "na" && r.level === "REQUIRED")
      errors.push({ field: `${r.id}.status`, message: `${r.id}: a required requirement is met or not met, never “not applicable”` });
    else if (parsed.data.status)
      answers.push({ requirementId: r.id, status: parsed.data.status, comment: parsed.data.comment, evidenceUrl: parsed.data.evidenceUrl });
    else if (parsed.data.comment || parsed.data.evidenceUrl)
      errors.push({ field: `${r.id}.status`, message: `${r.id}: choose met, not met or not applicable, or clear the note and link` });
  }
  if (errors.length) return failed(form, errors);
  try {
    saveAssessment(
      actor,
      target.productId,
      target.bbId,
      answers,
      requirements.map((r) => r.id),
    );
  } catch (error) {
    return ruleFailure(form, error);
  }
  revalidatePath(`/vendor/products/${target.productId}`);
  const base = `/vendor/products/${target.productId}/assessment/${target.bbId}`;
  const next = sections[index + 1];
  redirect(form.get("then") === "overview" || !next ? `${base}?saved=${target.section}` : `${base}/${next.id}?saved=${target.section}`);
}

/** Mails the sign-up confirmation link again (3 an hour per account). */
export async function resendVerificationAction(_prev: FormState, form: FormData): Promise<FormState> {
  const actor = await getActor();
  if (!actor) redirect("/sign-in");
  if (hasVerifiedEmail(actor.userId)) return { errors: [], values: {}, at: Date.now(), message: "Your email address is already confirmed." };
  const limit = hitRateLimit(["verify-resend", actor.userId], 3, 3600_000);
  if (!limit.allowed) {
    const minutes = Math.ceil(limit.retryAfterS / 60);
    return failed(form, [
      { field: "form", message: `We have sent the link several times already. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.` },
    ]);
  }
  await getAuth().api.sendVerificationEmail({ body: { email: actor.email, callbackURL: "/vendor?verified=1" }, headers: await headers() });
  return { errors: [], values: {}, at: Date.now(), message: `We have sent a new link to ${actor.email}. It works for 24 hours.` };
}

export async function submitForReviewAction(productId: string, _prev: FormState, form: FormData): Promise<FormState> {
  const actor = await getActor();
  if (!actor) redirect("/sign-in");
  if (actor.role === "vendor" && !hasVerifiedEmail(actor.userId)) {
    return failed(form, [
      { field: "form", message: "Confirm your email address first: open the link we sent you, or ask for a new one at the top of this page." },
    ]);
  }
  try {
    submitForReview(actor, productId);
  } catch (error) {
    return ruleFailure(form, error);
  }
  revalidatePath(`/vendor/products/${productId}`);
  redirect(`/vendor/products/${productId}?submitted=1`);
}

export async function withdrawSubmissionAction(productId: string, _prev: FormState, form: FormData): Promise<FormState> {
  const actor = await getActor();
  if (!actor) redirect("/sign-in");
  try {
    withdrawSubmission(actor, productId);
  } catch (error) {
    return ruleFailure(form, error);
  }
  revalidatePath("/vendor");
  revalidatePath(`/vendor/products/${productId}`);
  revalidatePath("/review");
  redirect(`/vendor/products/${productId}?withdrawn=1`);
}

export async function deleteDraftAction(productId: string, _prev: FormState, form: FormData): Promise<FormState> {
  const actor = await getActor();
  if (!actor) redirect("/sign-in");
  const parsed = confirmDeleteSchema.safeParse({ confirm: form.get("confirm") ?? "" });
  if (!parsed.success) return failed(form, issuesToErrors(parsed.error.issues));
  let logoFile: string | null;
  try {
    ({ logoFile } = deleteDraftProduct(actor, productId));
  } catch (error) {
    return ruleFailure(form, error);
  }
  await removeLogo(logoFile);
  revalidatePath("/vendor");
  redirect("/vendor?deleted=1");
}

const claimSchema = z.object({
  organisationId: z.string().min(1, "Choose the organisation").max(80),
  message: z
    .string()
    .trim()
    .min(20, "Say in at least 20 characters how your organisation is connected to the product")
    .max(2000, "Message must be 2,000 characters or fewer"),
});

/** Asks a reviewer to let one of the actor's organisations take over a seeded listing. */
export async function requestClaimAction(productSlug: string, _prev: FormState, form: FormData): Promise<FormState> {
  const actor = await getActor();
  if (!actor) redirect("/sign-in");
  const parsed = claimSchema.safeParse({ organisationId: form.get("organisationId") ?? "", message: form.get("message") ?? "" });
  if (!parsed.success) return failed(form, issuesToErrors(parsed.error.issues));
  try {
    requestClaim(actor, { productSlug, ...parsed.data });
  } catch (error) {
    return ruleFailure(form, error, "organisationId");
  }
  revalidatePath("/vendor");
  revalidatePath("/staff");
  redirect("/vendor?claimed=1");
}
