import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/forms/action-form";
import { signInAction } from "../actions";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const sp = await searchParams;
  const notice = sp.reset ? "Your password has been changed. Sign in with the new one." : sp.signedOut ? "You have signed out." : undefined;
  return (
    <>
      <h1 className="mb-4 text-3xl">Sign in</h1>
      {notice ? (
        <p role="status" className="mb-6 border-l-4 border-[var(--color-ok)] bg-[#e6f2ea] p-3">
          {notice}
        </p>
      ) : null}
      <ActionForm
        action={signInAction}
        submitLabel="Sign in"
        fields={[
          { name: "next", label: "", type: "hidden", defaultValue: sp.next ?? "/vendor" },
          { name: "email", label: "Email address", type: "email", autoComplete: "email" },
          { name: "password", label: "Password", type: "password", autoComplete: "current-password" },
        ]}
      />
      <ul className="mt-6 space-y-1">
        <li>
          <Link href="/vendor/forgot-password">Forgotten your password?</Link>
        </li>
        <li>
          <Link href="/vendor/sign-up">Create an account</Link>
        </li>
      </ul>
    </>
  );
}
