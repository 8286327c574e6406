"use server";
import { z } from "zod";
import { queueRun, RuleError, saveTarget } from "@/db/conformance";
import { hitRateLimit } from "@/db/rate-limit";
import { kickQueue } from "@/conformance/queue";
import { signedInForm } from "@/components/forms/form-action";

// The form-action chain: origin → a member of the product's organisation → zod → the DAL (which checks
// membership again) → redirect, or per-field errors.

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

const conformancePage = (productId: string, bbId: string) => `/vendor/products/${productId}/conformance/${bbId}`;

export const saveTargetAction = signedInForm({
  access: "member",
  product: (productId: string) => productId,
  signIn: (productId: string, bbId: string) => `/sign-in?next=${conformancePage(productId, bbId)}`,
})
  .errors({ forbidden: "You do not have access to this product." })
  .input(targetSchema)
  .action(({ actor, input }, productId: string, bbId: string) => {
    const secret = input.authPassword?.trim();
    saveTarget(actor, productId, bbId, input.baseUrl, input.removeCredential ? "" : secret ? secret : undefined);
    return { revalidate: [conformancePage(productId, bbId)], redirect: `${conformancePage(productId, bbId)}?saved=1` };
  });

/** Queues a conformance run against a saved endpoint (the data layer checks the product is the actor's). */
export const startRunAction = signedInForm({
  access: "signed-in",
  signIn: (productId: string, bbId: string) => `/sign-in?next=${conformancePage(productId, bbId)}`,
}).redirectAction(
  ({ actor }, productId: string, bbId: string, targetId: string) => {
    // Each run calls the vendor's endpoint many times: a person may start a few an hour, not a flood.
    if (!hitRateLimit(["conformance-run", actor.userId], 20, 3_600_000).allowed) return { redirect: `${conformancePage(productId, bbId)}?error=rate` };
    const runId = queueRun(actor, targetId);
    kickQueue();
    return { redirect: `/conformance/runs/${runId}` };
  },
  ({ error }, productId, bbId) => `${conformancePage(productId, bbId)}?error=${error instanceof RuleError ? "busy" : "forbidden"}`,
);
