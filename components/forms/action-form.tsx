"use client";
import { useActionState, type ReactNode } from "react";
import { Notice } from "@/components/ui/notice";
import { initialFormState, listValue, summaryErrors, textValue, type FormState } from "@/lib/forms/form-state";
import { CharacterCount } from "./character-count";
import { ErrorSummary } from "./error-summary";
import { ChoiceGroup, FileField, SelectField, SubmitButton, TextArea, TextField, type Option } from "./fields";

/** One field of a form, as data: the form kit draws it with the GOV.UK components in fields.tsx. */
export type FieldSpec = {
  name: string;
  label: string;
  type: "text" | "email" | "password" | "url" | "textarea" | "select" | "checkboxes" | "radios" | "file" | "hidden" | "section";
  /** The control's id (the error summary links to it); `f-<name>` when not given. */
  id?: string;
  hint?: string;
  optional?: boolean;
  options?: readonly Option[];
  defaultValue?: string | string[];
  autoComplete?: string;
  spellCheck?: boolean;
  width?: "full" | "half";
  accept?: string;
  rows?: number;
  /** A textarea's limit: shown with a live character count. */
  max?: number;
  /** Checkbox groups with many short options: two columns on wider screens. */
  columns?: boolean;
  /** A select's first, empty choice. */
  placeholder?: string;
};

/** The id of a field's control: the one its label points at and the error summary links to. */
export const fieldId = (spec: Pick<FieldSpec, "id" | "name">) => spec.id ?? `f-${spec.name.replace(/[^A-Za-z0-9_-]/g, "-")}`;

/** One field from its spec, with the value to show and its error. */
export function Field({ spec, value, error }: { spec: FieldSpec; value: string | string[] | undefined; error?: string }) {
  const id = fieldId(spec);
  const text = Array.isArray(value) ? value.join(", ") : (value ?? "");
  const common = { id, name: spec.name, label: spec.label, hint: spec.hint, error, optional: spec.optional };
  switch (spec.type) {
    case "hidden":
      return <input type="hidden" name={spec.name} value={text} />;
    case "section":
      return (
        <div className="mb-4 mt-8 border-t border-line pt-4">
          <h2 className="text-xl">{spec.label}</h2>
          {spec.hint ? <p className="mt-1">{spec.hint}</p> : null}
        </div>
      );
    case "checkboxes":
    case "radios":
      return (
        <ChoiceGroup
          id={id}
          name={spec.name}
          legend={spec.label}
          hint={spec.hint}
          error={error}
          type={spec.type === "radios" ? "radio" : "checkbox"}
          options={spec.options ?? []}
          selected={[value ?? []].flat()}
          columns={spec.columns}
        />
      );
    case "textarea":
      return spec.max ? (
        <CharacterCount {...common} max={spec.max} rows={spec.rows} defaultValue={text} />
      ) : (
        <TextArea {...common} rows={spec.rows} defaultValue={text} />
      );
    case "select":
      return <SelectField {...common} options={spec.options ?? []} placeholder={spec.placeholder} defaultValue={text} />;
    case "file":
      return <FileField {...common} accept={spec.accept} />;
    default:
      return <TextField {...common} type={spec.type} defaultValue={text} autoComplete={spec.autoComplete} spellCheck={spec.spellCheck} width={spec.width} />;
  }
}

/**
 * The fields of a form from their specs. Before the first answer they show their defaults; after it,
 * what the person typed (hidden fields keep their default when nothing came back).
 */
export function FormFields({ fields, state }: { fields: readonly FieldSpec[]; state: FormState }) {
  const answered = state.status !== "idle";
  return fields.map((f) => {
    const back = f.type === "checkboxes" ? listValue(state, f.name) : textValue(state, f.name);
    const value = !answered ? f.defaultValue : f.name in state.values ? back : f.type === "hidden" ? f.defaultValue : undefined;
    return <Field key={f.name} spec={f} value={value} error={state.errors[f.name]} />;
  });
}

/** The error summary's links, in the order of the fields on the page (the server checks in its own order). */
export function summaryFor(state: FormState, fields: readonly FieldSpec[]) {
  const position = new Map(fields.map((f, i) => [f.name, i]));
  const ids = new Map(fields.map((f) => [f.name, fieldId(f)]));
  const ordered = Object.fromEntries(Object.entries(state.errors).sort(([a], [b]) => (position.get(a) ?? -1) - (position.get(b) ?? -1)));
  return summaryErrors(ordered, (field) => ids.get(field) ?? fieldId({ name: field }));
}

/**
 * A server-action form built from field specs: error summary, per-field messages, and the user's
 * input kept after a failed submission; a confirmation from the server shows above it. Works without
 * JavaScript (progressive enhancement). `children` come after the fields, before the button.
 */
export function ActionForm({
  action,
  fields,
  submitLabel,
  multipart = false,
  children,
}: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  fields: FieldSpec[];
  submitLabel: string;
  multipart?: boolean;
  children?: ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const problem = state.status === "error" ? state.message : undefined;
  return (
    <>
      <ErrorSummary errors={summaryFor(state, fields)} message={problem} submission={state.key} />
      {state.status === "sent" && state.message ? <Notice className="mb-6">{state.message}</Notice> : null}
      <form id="f-form" key={state.key} action={formAction} noValidate encType={multipart ? "multipart/form-data" : undefined}>
        <FormFields fields={fields} state={state} />
        {children}
        <SubmitButton pending={pending}>{submitLabel}</SubmitButton>
      </form>
    </>
  );
}
