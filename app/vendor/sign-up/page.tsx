import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ActionForm } from "@/components/forms/action-form";
import { getActor } from "@/db/auth/session";
import { signUpAction } from "../actions";

export const metadata: Metadata = { title: "Create a vendor account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  // Already signed in: nothing to create, go to the vendor area.
  if (await getActor()) redirect("/vendor");
  if ((await searchParams).sent) {
    // The same page whether the address was new or already had an account (the mail says which).
    return (
      <>
        <h1 className="mb-4 text-3xl">Check your email</h1>
        <p role="status" className="max-w-2xl">
          We have sent a message to the address you gave. Open the link in it to confirm your address and sign in. The link works for 24 hours.
        </p>
        <p className="mt-4 max-w-2xl">
          Nothing arrived after a few minutes? Look in your spam folder, or <Link href="/vendor/sign-up">try again</Link>. If you already have an account,{" "}
          <Link href="/sign-in">sign in</Link> instead.
        </p>
      </>
    );
  }
  return (
    <>
      <h1 className="mb-4 text-3xl">Create a vendor account</h1>
      <ActionForm
        action={signUpAction}
        submitLabel="Create account"
        fields={[
          { name: "name", label: "Your name", type: "text", autoComplete: "name" },
          { name: "email", label: "Email address", type: "email", autoComplete: "email" },
          {
            name: "password",
            label: "Password",
            type: "password",
            autoComplete: "new-password",
            hint: "At least 12 characters and hard to guess: a few unrelated words work well.",
          },
        ]}
      />
      <p className="mt-6">
        Already have an account? <Link href="/sign-in">Sign in</Link>
      </p>
    </>
  );
}
