"use client";

import { FormFields, type FieldSpec } from "@/components/forms/action-form";
import { EMAIL_FIELD, PublicActionForm, SELECT_ANY } from "@/components/forms/public-form";
import type { Option } from "@/components/forms/fields";
import type { FormState } from "@/lib/forms/form-state";
import { MESSAGE_MAX } from "@/lib/involvement/options";

/** Expression-of-interest form for a ministry or agency. */
export function InterestForm({
  action,
  useCases,
  buildingBlocks,
}: {
  action: (previous: FormState, data: FormData) => Promise<FormState>;
  useCases: Option[];
  buildingBlocks: Option[];
}) {
  const fields: FieldSpec[] = [
    { name: "country", id: "country", type: "text", label: "Country", autoComplete: "country-name", width: "half" },
    { name: "organisation", id: "organisation", type: "text", label: "Ministry or agency", autoComplete: "organization" },
    { name: "contactName", id: "contact-name", type: "text", label: "Contact name", autoComplete: "name" },
    EMAIL_FIELD,
    { name: "useCases", id: "use-cases", type: "checkboxes", label: "Use cases you are interested in", hint: SELECT_ANY, options: useCases },
    {
      name: "buildingBlocks",
      id: "building-blocks",
      type: "checkboxes",
      label: "Building Blocks you are interested in",
      hint: SELECT_ANY,
      options: buildingBlocks,
      columns: true,
    },
    {
      name: "message",
      id: "message",
      type: "textarea",
      label: "Your message",
      hint: "Where are you today, and what would you like to achieve?",
      max: MESSAGE_MAX,
      rows: 6,
    },
  ];
  return (
    <PublicActionForm
      action={action}
      fields={fields}
      submitLabel="Send expression of interest"
      confirmation={{
        title: "Thank you, we have your message",
        body: <p>Someone from the community team will write to you within two weeks to arrange a first conversation.</p>,
      }}
    >
      {(state) => (
        <>
          <FormFields fields={fields} state={state} />
          <p className="mb-6 text-sm text-muted">
            Only the portal&apos;s administrators and reviewers see this message. We use it to reply to you and delete it after 24 months.
          </p>
        </>
      )}
    </PublicActionForm>
  );
}
