import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/forms/action-form";
import { findInvitation } from "@/db/marketplace/staff";
import { acceptInvitationAction } from "../marketplace-actions";

export const metadata: Metadata = { title: "Accept your invitation", robots: { index: false }, referrer: "no-referrer" };
export const dynamic = "force-dynamic";

/** Where an invitation link lands: choose a name and password, then sign in. Needs no account. */
export default async function InvitationPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const { token, accepted } = await searchParams;
  if (accepted) {
    return (
      <div className="max-w-2xl">
        <h1 className="text-3xl">Your account is ready</h1>
        <p className="mt-3">
          Your password is set. <Link href="/sign-in?next=/staff">Sign in to the staff workspace</Link>.
        </p>
      </div>
    );
  }
  const invitation = typeof token === "string" ? findInvitation(token) : undefined;
  if (!invitation) {
    return (
      <div className="max-w-2xl">
        <h1 className="text-3xl">This invitation link does not work</h1>
        <p className="mt-3">It has expired, was already used, or was withdrawn. Ask the admin who invited you to send a new one.</p>
      </div>
    );
  }
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl">Accept your invitation</h1>
      <p className="mt-3">
        You are invited to the GovStack Portal as {invitation.role === "admin" ? "an admin" : "a reviewer"}, as <strong>{invitation.email}</strong>. Choose your
        name and a password.
      </p>
      <div className="mt-6">
        <ActionForm
          action={acceptInvitationAction}
          submitLabel="Set password and accept"
          fields={[
            { name: "token", label: "Token", type: "hidden", defaultValue: token },
            { name: "name", label: "Your name", type: "text", autoComplete: "name" },
            { name: "password", label: "Password", type: "password", autoComplete: "new-password", hint: "At least 12 characters." },
          ]}
        />
      </div>
    </div>
  );
}
