"use client";

import { useState, type FormEvent } from "react";
import { CharacterCount } from "@/components/forms/character-count";
import { ErrorSummary } from "@/components/forms/error-summary";
import { ChoiceGroup, Honeypot, SubmitButton, TextField } from "@/components/forms/fields";
import { ConfirmationPanel } from "@/components/forms/confirmation-panel";
import { failed, type FormState, summaryErrors, textValue, listValue } from "@/lib/involvement/form-state";
import { EXPERTISE_DOMAINS, GENDERS, MOTIVATION_MAX } from "@/lib/involvement/options";
import { CvInput } from "./cv-input";

const IDS = {
  firstName: "first-name",
  lastName: "last-name",
  gender: "gender",
  genderOther: "gender-other",
  nationality: "nationality",
  residence: "residence",
  email: "email",
  domains: "domains",
  motivation: "motivation",
  cv: "cv",
};
const DOMAIN_OPTIONS = EXPERTISE_DOMAINS.map((d) => ({ value: d, label: d }));

export const APPLICATION_SENT = "Thank you. A reviewer will read your application and contact you by email, usually within four weeks.";
const ENDPOINT = "/api/get-involved/applications";

/**
 * "Become a contributor": every field required, errors per field with a summary. It posts to a route
 * that streams the CV to disk; with JavaScript it shows upload progress (a 50 MB CV takes minutes on a
 * slow line) and the answer in place; without, the route redirects back with the answer in a cookie.
 */
export function ContributorForm({ initialState }: { initialState: FormState }) {
  const [state, setState] = useState(initialState);
  const [progress, setProgress] = useState<number>();
  const pending = progress !== undefined;
  const v = (name: string) => textValue(state, name);
  const list = (name: string) => listValue(state, name);
  const e = state.errors;

  if (state.status === "sent") {
    return (
      <ConfirmationPanel title="Application sent">
        <p>{APPLICATION_SENT}</p>
      </ConfirmationPanel>
    );
  }

  return (
    <form
      key={state.key}
      action={ENDPOINT}
      method="post"
      encType="multipart/form-data"
      noValidate
      onSubmit={(event) => send(event, pending, setProgress, setState)}
      className="relative max-w-2xl"
    >
      <ErrorSummary errors={summaryErrors(e, IDS)} message={state.message} submission={state.key} />
      <Honeypot />
      <TextField
        id={IDS.firstName}
        name="firstName"
        label="First name"
        autoComplete="given-name"
        spellCheck={false}
        error={e.firstName}
        defaultValue={v("firstName")}
      />
      <TextField
        id={IDS.lastName}
        name="lastName"
        label="Last name"
        autoComplete="family-name"
        spellCheck={false}
        error={e.lastName}
        defaultValue={v("lastName")}
      />
      <ChoiceGroup id={IDS.gender} name="gender" legend="Gender" type="radio" options={GENDERS} selected={[v("gender")]} error={e.gender ?? e.genderOther}>
        <div className="mt-3 ml-7">
          <label htmlFor={IDS.genderOther} className="block">
            If you chose other, how do you describe your gender?
          </label>
          <input
            id={IDS.genderOther}
            name="genderOther"
            type="text"
            defaultValue={v("genderOther")}
            aria-invalid={e.genderOther ? true : undefined}
            aria-describedby={e.genderOther ? `${IDS.gender}-error` : undefined}
            className={`mt-1 block w-full max-w-xs rounded-sm border-2 bg-white px-2 py-1.5 ${
              e.genderOther ? "border-[var(--color-error)]" : "border-[var(--color-ink)]"
            }`}
          />
        </div>
      </ChoiceGroup>
      <TextField id={IDS.nationality} name="nationality" label="Nationality" width="half" error={e.nationality} defaultValue={v("nationality")} />
      <TextField
        id={IDS.residence}
        name="residence"
        label="Country of residence"
        autoComplete="country-name"
        width="half"
        error={e.residence}
        defaultValue={v("residence")}
      />
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
        id={IDS.domains}
        name="domains"
        legend="Domains of expertise"
        hint="Select all that apply."
        type="checkbox"
        options={DOMAIN_OPTIONS}
        selected={list("domains")}
        columns
        error={e.domains}
      />
      <CharacterCount
        id={IDS.motivation}
        name="motivation"
        label="Why do you want to contribute?"
        hint="Tell us what you would bring to the specifications and the community."
        max={MOTIVATION_MAX}
        error={e.motivation}
        defaultValue={v("motivation")}
      />
      <CvInput id={IDS.cv} error={e.cv} reselect={state.status === "error"} />
      <SubmitButton pending={pending}>Send application</SubmitButton>
      <p aria-live="polite" className="mt-2 text-[var(--color-muted)]">
        {pending ? `Sending your application: ${progress}% uploaded.` : ""}
      </p>
    </form>
  );
}

/** What the person typed, to put back when the server could not read it (limit, cut-off body, no connection). */
function typedValues(data: FormData): FormState["values"] {
  const values: FormState["values"] = {};
  for (const [key, value] of data) {
    if (typeof value !== "string" || key === "website") continue;
    values[key] = key === "domains" ? [...((values[key] as string[] | undefined) ?? []), value] : value;
  }
  return values;
}

/** Sends the form with XMLHttpRequest, the one browser API that reports upload progress. */
function send(event: FormEvent<HTMLFormElement>, pending: boolean, setProgress: (p?: number) => void, setState: (s: FormState) => void) {
  event.preventDefault();
  if (pending) return;
  const data = new FormData(event.currentTarget);
  const typed = typedValues(data);
  const request = new XMLHttpRequest();
  request.open("POST", ENDPOINT);
  request.setRequestHeader("accept", "application/json");
  request.responseType = "json";
  request.upload.onprogress = (e) => e.lengthComputable && setProgress(Math.floor((e.loaded / e.total) * 100));
  request.onload = () => {
    setProgress(undefined);
    const answer = request.response as FormState | null;
    if (!answer || typeof answer.status !== "string") {
      setState(failed(typed, {}, "Something went wrong on our side and the application was not sent. Try again in a few minutes."));
    } else if (answer.status === "error" && Object.keys(answer.values).length === 0) {
      // The server stopped before reading what was typed (a limit): the form still has it.
      setState({ ...answer, values: typed, message: answer.message && `${answer.message} What you typed has been kept.` });
    } else {
      setState(answer);
    }
  };
  request.onerror = () => {
    setProgress(undefined);
    setState(failed(typed, {}, "The application could not be sent: the connection was lost. Check it and send again."));
  };
  setProgress(0);
  request.send(data);
}
