import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/forms/action-form";
import { resetPasswordAction } from "../actions";

export const metadata: Metadata = { title: "Choose a new password" };

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const { token, error } = await searchParams;
  if (!token || error) {
    return (
      <>
        <h1 className="text-3xl">This reset link does not work</h1>
        <p className="mt-3">
          It may have expired or been used already. <Link href="/vendor/forgot-password">Ask for a new link</Link>.
        </p>
      </>
    );
  }
  return (
    <>
      <h1 className="mb-4 text-3xl">Choose a new password</h1>
      <ActionForm
        action={resetPasswordAction}
        submitLabel="Change password"
        fields={[
          { name: "token", label: "", type: "hidden", defaultValue: token },
          { name: "password", label: "New password", type: "password", autoComplete: "new-password", hint: "At least 12 characters." },
        ]}
      />
    </>
  );
}
