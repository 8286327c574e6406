import Link from "next/link";
import type { Actor } from "@/lib/marketplace/authz";
import { canReview } from "@/lib/marketplace/authz";
import { signOutAction } from "@/components/auth/actions";
import { VerifyEmailNotice } from "./verify-email-notice";

/** Who is signed in, with links to the vendor and review areas and a sign-out button. */
export function AccountBar({ actor }: { actor: Actor }) {
  return (
    <>
      <div className="mb-6 flex flex-wrap items-center gap-x-4 gap-y-2 border-b border-line pb-3 text-sm">
        <span>
          Signed in as <strong>{actor.email}</strong>
        </span>
        <Link href="/vendor">Your products</Link>
        {canReview(actor) ? <Link href="/staff">Staff workspace</Link> : null}
        <form action={signOutAction}>
          <button type="submit" className="underline">
            Sign out
          </button>
        </form>
      </div>
      {actor.role === "vendor" ? <VerifyEmailNotice actor={actor} /> : null}
    </>
  );
}
