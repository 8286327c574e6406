"use client";

import { useActionState } from "react";
import { CharacterCount } from "@/components/forms/character-count";
import { ErrorSummary } from "@/components/forms/error-summary";
import { ChoiceGroup, Honeypot, SubmitButton, TextField } from "@/components/forms/fields";
import { ConfirmationPanel } from "@/components/forms/confirmation-panel";
import { initialFormState, type FormState, summaryErrors, textValue, listValue } from "@/lib/involvement/form-state";
import { MESSAGE_MAX } from "@/lib/involvement/options";

const IDS = {
  country: "country",
  organisation: "organisation",
  contactName: "contact-name",
  email: "email",
  useCases: "use-cases",
  buildingBlocks: "building-blocks",
  message: "message",
};

type Option = { value: string; label: string };

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
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const v = (name: string) => textValue(state, name);
  const list = (name: string) => listValue(state, name);
  const e = state.errors;

  if (state.status === "sent") {
    return (
      <ConfirmationPanel title="Thank you, we have your message">
        <p>Someone from the community team will write to you within two weeks to arrange a first conversation.</p>
      </ConfirmationPanel>
    );
  }

  return (
    <form key={state.key} action={formAction} noValidate className="relative max-w-2xl">
      <ErrorSummary errors={summaryErrors(e, IDS)} message={state.message} submission={state.key} />
      <Honeypot />
      <TextField id={IDS.country} name="country" label="Country" autoComplete="country-name" width="half" error={e.country} defaultValue={v("country")} />
      <TextField
        id={IDS.organisation}
        name="organisation"
        label="Ministry or agency"
        autoComplete="organization"
        error={e.organisation}
        defaultValue={v("organisation")}
      />
      <TextField id={IDS.contactName} name="contactName" label="Contact name" autoComplete="name" error={e.contactName} defaultValue={v("contactName")} />
      <TextField
        id={IDS.email}
        name="email"
        type="email"
        label="Email address"
        autoComplete="email"
        spellCheck={false}
        error={e.email}
        defaultValue={v("email")}
      />
      <ChoiceGroup
        id={IDS.useCases}
        name="useCases"
        legend="Use cases you are interested in"
        hint="Select all that apply, or none if you are not sure yet."
        type="checkbox"
        options={useCases}
        selected={list("useCases")}
        error={e.useCases}
      />
      <ChoiceGroup
        id={IDS.buildingBlocks}
        name="buildingBlocks"
        legend="Building Blocks you are interested in"
        hint="Select all that apply, or none if you are not sure yet."
        type="checkbox"
        options={buildingBlocks}
        selected={list("buildingBlocks")}
        columns
        error={e.buildingBlocks}
      />
      <CharacterCount
        id={IDS.message}
        name="message"
        label="Your message"
        hint="Where are you today, and what would you like to achieve?"
        max={MESSAGE_MAX}
        error={e.message}
        defaultValue={v("message")}
      />
      <p className="mb-6 text-sm text-[var(--color-muted)]">
        Only the portal&apos;s administrators and reviewers see this message. We use it to reply to you and delete it after 24 months.
      </p>
      <SubmitButton pending={pending}>Send expression of interest</SubmitButton>
    </form>
  );
}
