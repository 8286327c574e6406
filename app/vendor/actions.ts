"use server";
import { APIError } from "better-auth/api";
import { headers } from "next/headers";
import {
  assertProductEditable,
  createOrganisation,
  createProduct,
  deleteDraftProduct,
  getWorkingCopy,
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
import { hasVerifiedEmail } from "@/db/auth/session";
import { getBuildingBlock, getBuildingBlocks } from "@/lib/content/building-blocks";
import { failed, fieldErrors, sent, type FormState } from "@/lib/forms/form-state";
import { isReplayedSubmission } from "@/db/replay";
import { clientIp } from "@/lib/involvement/client-ip";
import type { Actor } from "@/lib/marketplace/authz";
import { isAssessmentPageId, sectionsOf } from "@/lib/marketplace/assessment";
import { publicForm, signedInForm } from "@/components/forms/form-action";
import { isClaimableBb } from "./_components/product-fields";
import { answerSchema, confirmDeleteSchema, forgotSchema, organisationSchema, productSchema, resetSchema, signUpSchema } from "@/lib/marketplace/forms";

// Every action is built by components/forms/form-action.ts: origin → session → zod → the DAL (which
// checks authorization again) → revalidate → redirect, or per-field errors with the user's input.

const NO_ACCESS = "You do not have access to this product.";
const signedIn = signedInForm({ access: "signed-in" }).errors({ forbidden: NO_ACCESS });
/** A member of the organisation that owns the product named by the first bound argument. */
const member = signedInForm({ access: "member", product: (productId: string) => productId }).errors({ forbidden: NO_ACCESS });

const minutes = (seconds: number) => {
  const m = Math.ceil(seconds / 60);
  return `${m} minute${m === 1 ? "" : "s"}`;
};

/**
 * Vendor sign-up. The answer is the same whether or not the email has an account: "check your inbox".
 * A new account gets a confirmation link (it signs the vendor in); an existing one gets a note saying
 * so. Limited per address and per email; the password is checked for guessability, not only length.
 */
export const signUpAction = publicForm()
  .input(signUpSchema)
  .action(async ({ input, values }) => {
    const weakness = passwordWeakness(input.password, [input.name, input.email]);
    if (weakness) return failed(values, { password: weakness });
    const wait = signUpWait(await clientIp(), input.email);
    if (wait > 0) return failed(values, {}, `Too many accounts have been created from here. Try again in ${minutes(wait)}.`);
    try {
      await getAuth().api.signUpEmail({ body: { ...input, callbackURL: "/vendor?verified=1" }, headers: await headers() });
    } catch (error) {
      if (error instanceof APIError) return failed(values, {}, "We could not create the account. Try again.");
      throw error;
    }
    return { redirect: "/vendor/sign-up?sent=1" };
  });

export const forgotPasswordAction = publicForm()
  .input(forgotSchema)
  .action(async ({ input }) => {
    if (hitRateLimit(["reset", await clientIp(), input.email], 3, 15 * 60_000).allowed) {
      try {
        await getAuth().api.requestPasswordReset({ body: { email: input.email, redirectTo: "/vendor/reset-password" }, headers: await headers() });
      } catch (error) {
        if (!(error instanceof APIError)) throw error;
      }
    }
    // The same answer whether or not the account exists.
    return sent("If an account uses that email, we have sent it a link to reset the password. The link works for one hour.");
  });

export const resetPasswordAction = publicForm()
  .input(resetSchema)
  .action(async ({ input, values }) => {
    const weakness = passwordWeakness(input.password);
    if (weakness) return failed(values, { password: weakness });
    try {
      await getAuth().api.resetPassword({ body: { newPassword: input.password, token: input.token }, headers: await headers() });
    } catch (error) {
      if (error instanceof APIError) return failed(values, { password: "This reset link has expired or was already used: ask for a new one" });
      throw error;
    }
    return { redirect: "/sign-in?reset=1" };
  });

export const createOrganisationAction = signedIn.input(organisationSchema).action(({ actor, input, form }) => {
  // The same form posted again (double click, re-post on reload): the first one created it.
  if (isReplayedSubmission("organisation", actor.userId, form, 10 * 60_000)) return { redirect: "/vendor" };
  createOrganisation(actor, input);
  return { revalidate: ["/vendor"], redirect: "/vendor" };
});

/** Whether the product's working copy already claims the BB (checked as the actor: members only). */
function claimedBefore(actor: Actor, productId: string, bbId: string): boolean {
  try {
    return getWorkingCopy(actor, productId).snapshot.bbs.some((b) => b.bbId === bbId);
  } catch {
    return false;
  }
}

type ProductTarget = { productId?: string; organisationId?: string };

export const saveProductAction = signedIn
  .input(
    ({ actor, form }, [target]) => {
      const { productId } = target as ProductTarget;
      // Planned BBs cannot be claimed; a claim made before stays acceptable so the product can be saved.
      const alreadyClaimed = productId ? new Set(form.getAll("bbs").map(String)) : new Set<string>();
      const claimable = getBuildingBlocks().filter((b) => isClaimableBb(b.status) || (alreadyClaimed.has(b.id) && claimedBefore(actor, productId!, b.id)));
      return productSchema(claimable.map((b) => b.id));
    },
    { lists: ["bbs", "useCases"] },
  )
  .action(({ actor, input, form }, target: ProductTarget) => {
    let productId = target.productId;
    if (!productId && isReplayedSubmission("new-product", actor.userId, form, 10 * 60_000)) return { redirect: "/vendor" };
    if (productId) updateProduct(actor, productId, input);
    else productId = createProduct(actor, target.organisationId ?? "", input);
    return { revalidate: ["/vendor"], redirect: `/vendor/products/${productId}?saved=1` };
  });

/** Logo upload: the vendor's right to change the product and the image's bytes are checked before anything is written. */
export const uploadLogoAction = member.errors({ field: "logo" }).action(async ({ actor, form, values }, productId: string) => {
  const file = form.get("logo");
  if (!(file instanceof File)) return failed(values, { logo: "Choose an image file" });
  assertProductEditable(actor, productId);
  const checked = await checkLogo(file);
  if ("error" in checked) return failed(values, { logo: checked.error });
  const fileName = await writeLogo(checked);
  let replaced: string | null;
  try {
    replaced = setProductLogo(actor, productId, fileName);
  } catch (error) {
    await removeLogo(fileName); // e.g. submitted for review meanwhile: the new file would be an orphan
    throw error;
  }
  await removeLogo(replaced); // kept while a submitted or published version still shows it
  return { revalidate: [`/vendor/products/${productId}`], redirect: `/vendor/products/${productId}?saved=1` };
});

type SectionTarget = { productId: string; bbId: string; section: string };

/**
 * Saves the answers of one section of a BB's self-assessment; the other sections stay as saved. Then
 * goes to the next section, or back to the overview when asked or when this was the last one.
 */
export const saveAssessmentSectionAction = signedInForm({ access: "member", product: (target: SectionTarget) => target.productId })
  .errors({ forbidden: NO_ACCESS })
  .action(({ actor, form, values }, target: SectionTarget) => {
    const spec = getBuildingBlock(target.bbId);
    const sections = spec && isAssessmentPageId(target.section) ? sectionsOf(spec.requirements, new Map()) : [];
    const index = sections.findIndex((s) => s.id === target.section);
    if (index < 0) return failed(values, {}, "This section of the self-assessment does not exist.");
    const requirements = sections[index]!.requirements;
    const errors: FormState["errors"] = {};
    const answers = [];
    for (const r of requirements) {
      const parsed = answerSchema.safeParse({
        status: form.get(`${r.id}.status`) ?? "",
        comment: form.get(`${r.id}.comment`) ?? "",
        evidenceUrl: form.get(`${r.id}.evidenceUrl`) ?? "",
      });
      if (!parsed.success) {
        for (const [field, message] of Object.entries(fieldErrors(parsed.error.issues))) errors[`${r.id}.${field}`] = `${r.id}: ${message}`;
        continue;
      }
      if (parsed.data.status === "na" && r.level === "REQUIRED")
        errors[`${r.id}.status`] = `${r.id}: a required requirement is met or not met, never “not applicable”`;
      else if (parsed.data.status)
        answers.push({ requirementId: r.id, status: parsed.data.status, comment: parsed.data.comment, evidenceUrl: parsed.data.evidenceUrl });
      else if (parsed.data.comment || parsed.data.evidenceUrl)
        errors[`${r.id}.status`] = `${r.id}: choose met, not met or not applicable, or clear the note and link`;
    }
    if (Object.keys(errors).length) return failed(values, errors);
    saveAssessment(
      actor,
      target.productId,
      target.bbId,
      answers,
      requirements.map((r) => r.id),
    );
    const base = `/vendor/products/${target.productId}/assessment/${target.bbId}`;
    const next = sections[index + 1];
    return {
      revalidate: [`/vendor/products/${target.productId}`],
      redirect: form.get("then") === "overview" || !next ? `${base}?saved=${target.section}` : `${base}/${next.id}?saved=${target.section}`,
    };
  });

/** Mails the sign-up confirmation link again (3 an hour per account). */
export const resendVerificationAction = signedIn.action(async ({ actor, values }) => {
  if (hasVerifiedEmail(actor.userId)) return sent("Your email address is already confirmed.");
  const limit = hitRateLimit(["verify-resend", actor.userId], 3, 3600_000);
  if (!limit.allowed) return failed(values, {}, `We have sent the link several times already. Try again in ${minutes(limit.retryAfterS)}.`);
  await getAuth().api.sendVerificationEmail({ body: { email: actor.email, callbackURL: "/vendor?verified=1" }, headers: await headers() });
  return sent(`We have sent a new link to ${actor.email}. It works for 24 hours.`);
});

export const submitForReviewAction = member.action(({ actor, values }, productId: string) => {
  if (actor.role === "vendor" && !hasVerifiedEmail(actor.userId)) {
    return failed(values, {}, "Confirm your email address first: open the link we sent you, or ask for a new one at the top of this page.");
  }
  submitForReview(actor, productId);
  return { revalidate: [`/vendor/products/${productId}`], redirect: `/vendor/products/${productId}?submitted=1` };
});

export const withdrawSubmissionAction = member.action(({ actor }, productId: string) => {
  withdrawSubmission(actor, productId);
  return { revalidate: ["/vendor", `/vendor/products/${productId}`, "/review"], redirect: `/vendor/products/${productId}?withdrawn=1` };
});

export const deleteDraftAction = member.input(confirmDeleteSchema, { blanks: ["confirm"] }).action(async ({ actor }, productId: string) => {
  const { logoFile } = deleteDraftProduct(actor, productId);
  await removeLogo(logoFile);
  return { revalidate: ["/vendor"], redirect: "/vendor?deleted=1" };
});

const claimSchema = z.object({
  organisationId: z.string().min(1, "Choose the organisation").max(80),
  message: z
    .string()
    .trim()
    .min(20, "Say in at least 20 characters how your organisation is connected to the product")
    .max(2000, "Message must be 2,000 characters or fewer"),
});

/** Asks a reviewer to let one of the actor's organisations take over a seeded listing. */
export const requestClaimAction = signedIn
  .errors({ field: "organisationId" })
  .input(claimSchema, { blanks: ["organisationId", "message"] })
  .action(({ actor, input }, productSlug: string) => {
    requestClaim(actor, { productSlug, ...input });
    return { revalidate: ["/vendor", "/staff"], redirect: "/vendor?claimed=1" };
  });
