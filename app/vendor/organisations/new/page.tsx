import type { Metadata } from "next";
import { ActionForm } from "@/components/forms/action-form";
import { requireActor } from "@/db/auth/session";
import { AccountBar } from "../../_components/account-bar";
import { createOrganisationAction } from "../../actions";

export const metadata: Metadata = { title: "Create your organisation" };

export default async function NewOrganisationPage() {
  const actor = await requireActor("/vendor/organisations/new");
  return (
    <>
      <AccountBar actor={actor} />
      <h1 className="mb-4 text-3xl">Create your organisation</h1>
      <ActionForm
        action={createOrganisationAction}
        submitLabel="Create organisation"
        fields={[
          { name: "name", label: "Organisation name", type: "text", autoComplete: "organization" },
          { name: "website", label: "Website (optional)", type: "url", hint: "Starts with https://" },
        ]}
      />
    </>
  );
}
