"use client";
import { useActionState, type FormHTMLAttributes, type ReactNode } from "react";
import { initialFormState, type FormState } from "@/lib/forms/form-state";
import { summaryFor, type FieldSpec } from "./action-form";
import { ConfirmationPanel } from "./confirmation-panel";
import { ErrorSummary } from "./error-summary";
import { Honeypot, SubmitButton } from "./fields";

/** The email field of the public forms. */
export const EMAIL_FIELD: FieldSpec = { name: "email", id: "email", type: "email", label: "Email address", autoComplete: "email", spellCheck: false };

/** The hint of the public forms' optional checkbox groups. */
export const SELECT_ANY = "Select all that apply, or none if you are not sure yet.";

/**
 * The frame of a form anyone may send (get involved, feedback): the error summary, the honeypot, the
 * fields, the button; once sent, a confirmation panel in its place.
 * @param fields the specs of every field, in page order: the summary's order and link targets.
 */
type Frame = {
  fields: readonly FieldSpec[];
  confirmation: { title: string; body: ReactNode };
  submitLabel: string;
  after?: ReactNode;
};

export function PublicForm({
  state,
  fields,
  confirmation,
  submitLabel,
  pending,
  form,
  children,
  after,
}: Frame & {
  state: FormState;
  pending?: boolean;
  form: Pick<FormHTMLAttributes<HTMLFormElement>, "method" | "encType" | "onSubmit"> & { action: string | ((data: FormData) => void) };
  children: ReactNode;
}) {
  if (state.status === "sent") return <ConfirmationPanel title={confirmation.title}>{confirmation.body}</ConfirmationPanel>;
  return (
    <form key={state.key} noValidate className="relative max-w-2xl" {...form}>
      <ErrorSummary errors={summaryFor(state, fields)} message={state.message} submission={state.key} />
      <Honeypot />
      {children}
      <SubmitButton pending={pending}>{submitLabel}</SubmitButton>
      {after}
    </form>
  );
}

/** A public form sent to a server action (useActionState); `children` draws the fields for the latest answer. */
export function PublicActionForm({
  action,
  children,
  ...frame
}: Frame & { action: (previous: FormState, data: FormData) => Promise<FormState>; children: (state: FormState) => ReactNode }) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  return (
    <PublicForm state={state} form={{ action: formAction }} pending={pending} {...frame}>
      {children(state)}
    </PublicForm>
  );
}
