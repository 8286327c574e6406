import type { Metadata } from "next";
import { ActionForm } from "@/components/forms/action-form";
import { forgotPasswordAction } from "../actions";

export const metadata: Metadata = { title: "Reset your password" };

export default function ForgotPasswordPage() {
  return (
    <>
      <h1 className="mb-4 text-3xl">Reset your password</h1>
      <p className="mb-4 max-w-2xl">Enter the email address of your account. We will send it a link to choose a new password.</p>
      <ActionForm
        action={forgotPasswordAction}
        submitLabel="Send reset link"
        fields={[{ name: "email", label: "Email address", type: "email", autoComplete: "email" }]}
      />
    </>
  );
}
