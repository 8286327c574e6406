import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ActionForm } from "@/components/forms/action-form";
import { Notice } from "@/components/ui/notice";
import { homeFor, safeReturnPath } from "@/lib/auth/return-path";
import { getActor } from "@/db/auth/session";
import { signInAction } from "./actions";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The one sign-in page: vendors, reviewers and admins. */
export default async function SignInPage({ searchParams }: Props) {
  const sp = await searchParams;
  const next = safeReturnPath(sp.next);
  const actor = await getActor();
  // Signed in already and nowhere particular to go: straight to their area.
  if (actor && !next && !sp.signedOut && !sp.reset) redirect(homeFor(actor.role));
  const notice = sp.reset ? "Your password has been changed. Sign in with the new one." : sp.signedOut ? "You have signed out." : undefined;
  return (
    <>
      <h1 className="mb-4 text-3xl">Sign in</h1>
      <p className="mb-6 max-w-2xl">
        For vendors who list products in the marketplace, and for the reviewers who look after listings, feedback and applications. You do not need an account
        to read the specifications, give feedback or apply.
      </p>
      {notice ? <Notice className="mb-6">{notice}</Notice> : null}
      <ActionForm
        action={signInAction}
        submitLabel="Sign in"
        fields={[
          { name: "next", label: "", type: "hidden", defaultValue: next ?? "" },
          { name: "email", label: "Email address", type: "email", autoComplete: "email" },
          { name: "password", label: "Password", type: "password", autoComplete: "current-password" },
        ]}
      />
      <ul className="mt-6 space-y-1">
        <li>
          <Link href="/vendor/forgot-password">Forgotten your password?</Link>
        </li>
        <li>
          <Link href="/vendor/sign-up">Create a vendor account</Link>
        </li>
      </ul>
    </>
  );
}
