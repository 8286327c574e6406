import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ActionForm } from "@/components/forms/action-form";
import { getActor } from "@/lib/auth/session";
import { signUpAction } from "../actions";

export const metadata: Metadata = { title: "Create a vendor account" };

export default async function SignUpPage() {
  // Already signed in: nothing to create, go to the vendor area.
  if (await getActor()) redirect("/vendor");
  return (
    <>
      <h1 className="mb-4 text-3xl">Create a vendor account</h1>
      <ActionForm
        action={signUpAction}
        submitLabel="Create account"
        fields={[
          { name: "name", label: "Your name", type: "text", autoComplete: "name" },
          { name: "email", label: "Email address", type: "email", autoComplete: "email" },
          { name: "password", label: "Password", type: "password", autoComplete: "new-password", hint: "At least 12 characters. A few unrelated words work well." },
        ]}
      />
      <p className="mt-6">
        Already have an account? <Link href="/sign-in">Sign in</Link>
      </p>
    </>
  );
}
