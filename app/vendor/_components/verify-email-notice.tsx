import { ActionForm } from "@/components/forms/action-form";
import { hasVerifiedEmail } from "@/db/auth/session";
import type { Actor } from "@/lib/marketplace/authz";
import { resendVerificationAction } from "../actions";

/** Until the vendor opens the confirmation link: why products cannot be submitted yet, and a way to get the link again. */
export function VerifyEmailNotice({ actor }: { actor: Actor }) {
  if (hasVerifiedEmail(actor.userId)) return null;
  return (
    <section aria-labelledby="verify-email" className="mb-6 border-l-4 border-warn bg-verify-tint p-3">
      <h2 id="verify-email" className="text-lg">
        Confirm your email address
      </h2>
      <p className="mt-1">
        We sent a link to <strong>{actor.email}</strong>. Open it to confirm the address. Until then you can prepare products, but not submit them for review.
      </p>
      <ActionForm action={resendVerificationAction} submitLabel="Send the link again" fields={[]} />
    </section>
  );
}
