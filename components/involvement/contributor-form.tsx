"use client";

import { useState, type FormEvent } from "react";
import { FormFields, type FieldSpec } from "@/components/forms/action-form";
import { ChoiceGroup } from "@/components/forms/fields";
import { EMAIL_FIELD, PublicForm } from "@/components/forms/public-form";
import { failed, textValue, type FormState } from "@/lib/forms/form-state";
import { EXPERTISE_DOMAINS, GENDERS, MOTIVATION_MAX } from "@/lib/involvement/options";
import { CvInput } from "./cv-input";

const NAMES: FieldSpec[] = [
  { name: "firstName", id: "first-name", type: "text", label: "First name", autoComplete: "given-name", spellCheck: false },
  { name: "lastName", id: "last-name", type: "text", label: "Last name", autoComplete: "family-name", spellCheck: false },
];
const GENDER: FieldSpec[] = [
  { name: "gender", id: "gender", type: "radios", label: "Gender", options: GENDERS },
  { name: "genderOther", id: "gender-other", type: "text", label: "If you chose other, how do you describe your gender?" },
];
const ABOUT: FieldSpec[] = [
  { name: "nationality", id: "nationality", type: "text", label: "Nationality", width: "half" },
  { name: "residence", id: "residence", type: "text", label: "Country of residence", autoComplete: "country-name", width: "half" },
  EMAIL_FIELD,
  {
    name: "domains",
    id: "domains",
    type: "checkboxes",
    label: "Domains of expertise",
    hint: "Select all that apply.",
    options: EXPERTISE_DOMAINS.map((d) => ({ value: d, label: d })),
    columns: true,
  },
  {
    name: "motivation",
    id: "motivation",
    type: "textarea",
    label: "Why do you want to contribute?",
    hint: "Tell us what you would bring to the specifications and the community.",
    max: MOTIVATION_MAX,
  },
];
const CV: FieldSpec = { name: "cv", id: "cv", type: "file", label: "Upload your CV" };
/** Every field in page order: the error summary's order and link targets. */
const FIELDS = [...NAMES, ...GENDER, ...ABOUT, CV];

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
  const e = state.errors;
  const otherId = GENDER[1]!.id!;

  return (
    <PublicForm
      state={state}
      fields={FIELDS}
      form={{ action: ENDPOINT, method: "post", encType: "multipart/form-data", onSubmit: (event) => send(event, pending, setProgress, setState) }}
      pending={pending}
      submitLabel="Send application"
      confirmation={{ title: "Application sent", body: <p>{APPLICATION_SENT}</p> }}
      after={
        <p aria-live="polite" className="mt-2 text-muted">
          {pending ? `Sending your application: ${progress}% uploaded.` : ""}
        </p>
      }
    >
      <FormFields fields={NAMES} state={state} />
      <ChoiceGroup
        id="gender"
        name="gender"
        legend="Gender"
        type="radio"
        options={GENDERS}
        selected={[textValue(state, "gender")]}
        error={e.gender ?? e.genderOther}
      >
        <div className="mt-3 ml-7">
          <label htmlFor={otherId} className="block">
            {GENDER[1]!.label}
          </label>
          <input
            id={otherId}
            name="genderOther"
            type="text"
            defaultValue={textValue(state, "genderOther")}
            aria-invalid={e.genderOther ? true : undefined}
            aria-describedby={e.genderOther ? "gender-error" : undefined}
            className={`mt-1 block w-full max-w-xs rounded-sm border-2 bg-white px-2 py-1.5 ${e.genderOther ? "border-error" : "border-ink"}`}
          />
        </div>
      </ChoiceGroup>
      <FormFields fields={ABOUT} state={state} />
      <CvInput id={CV.id!} error={e.cv} reselect={state.status === "error"} />
    </PublicForm>
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
