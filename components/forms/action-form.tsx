"use client";
import { useActionState } from "react";
import { Notice } from "@/components/ui/notice";
import type { FormState } from "@/lib/forms/form-state";
import { ErrorSummary } from "./error-summary";

export type FieldSpec = {
  name: string;
  label: string;
  type: "text" | "email" | "password" | "url" | "textarea" | "select" | "checkboxes" | "radios" | "file" | "hidden" | "section";
  hint?: string;
  options?: { value: string; label: string; hint?: string }[];
  defaultValue?: string | string[];
  autoComplete?: string;
  accept?: string;
  rows?: number;
};

const inputClass = "mt-1 block w-full max-w-xl rounded-sm border-2 px-2 py-1";

function Field({ spec, value, error }: { spec: FieldSpec; value: string | string[] | undefined; error?: string }) {
  const id = `f-${spec.name}`;
  const hintId = spec.hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  const border = error ? "border-[var(--color-error)]" : "border-[var(--color-ink)]";
  const wrap = `mb-5 ${error ? "border-l-4 border-[var(--color-error)] pl-3" : ""}`;
  const hint = spec.hint ? (
    <p id={hintId} className="text-sm text-[var(--color-muted)]">
      {spec.hint}
    </p>
  ) : null;
  const message = error ? (
    <p id={errorId} className="font-semibold text-[var(--color-error)]">
      <span className="sr-only">Error: </span>
      {error}
    </p>
  ) : null;
  const str = Array.isArray(value) ? value.join(", ") : (value ?? "");

  if (spec.type === "hidden") return <input type="hidden" name={spec.name} value={str} />;
  if (spec.type === "section")
    return (
      <div className="mb-4 mt-8 border-t border-[var(--color-line)] pt-4">
        <h2 className="text-xl">{spec.label}</h2>
        {spec.hint ? <p className="mt-1">{spec.hint}</p> : null}
      </div>
    );
  if (spec.type === "checkboxes" || spec.type === "radios") {
    const selected = new Set([value ?? []].flat());
    return (
      <fieldset className={wrap} aria-describedby={describedBy}>
        <legend className="font-semibold">{spec.label}</legend>
        {hint}
        {message}
        <ul className="mt-1 space-y-1">
          {spec.options?.map((o, i) => (
            <li key={o.value}>
              <label className="flex items-start gap-2">
                <input
                  id={i === 0 ? id : `${id}-${i}`}
                  type={spec.type === "radios" ? "radio" : "checkbox"}
                  name={spec.name}
                  value={o.value}
                  defaultChecked={selected.has(o.value)}
                  className="mt-1.5 size-4 shrink-0"
                />
                <span>
                  {o.label}
                  {o.hint ? <span className="block text-sm text-[var(--color-muted)]">{o.hint}</span> : null}
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
    );
  }
  return (
    <div className={wrap}>
      <label htmlFor={id} className="block font-semibold">
        {spec.label}
      </label>
      {hint}
      {message}
      {spec.type === "textarea" ? (
        <textarea
          id={id}
          name={spec.name}
          defaultValue={str}
          rows={spec.rows ?? 5}
          aria-describedby={describedBy}
          aria-invalid={!!error || undefined}
          className={`${inputClass} ${border}`}
        />
      ) : spec.type === "select" ? (
        <select
          id={id}
          name={spec.name}
          defaultValue={str}
          aria-describedby={describedBy}
          aria-invalid={!!error || undefined}
          className={`${inputClass} ${border} bg-white`}
        >
          {spec.options?.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : (
        <input
          id={id}
          name={spec.name}
          type={spec.type}
          accept={spec.accept}
          defaultValue={spec.type === "password" || spec.type === "file" ? undefined : str}
          autoComplete={spec.autoComplete}
          aria-describedby={describedBy}
          aria-invalid={!!error || undefined}
          className={`${inputClass} ${border}`}
        />
      )}
    </div>
  );
}

/**
 * A server-action form built from field specs: error summary, per-field messages, and the
 * user's input kept after a failed submission. Works without JavaScript (progressive enhancement).
 */
export function ActionForm({
  action,
  fields,
  submitLabel,
  multipart = false,
}: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  fields: FieldSpec[];
  submitLabel: string;
  multipart?: boolean;
}) {
  const [state, formAction, pending] = useActionState(action, { errors: [], values: {}, at: 0 });
  const errorFor = new Map(state.errors.map((e) => [e.field, e.message]));
  // The summary lists problems in the order of the fields on the page (the server checks in its own
  // order); errors for no field ("form") come first.
  const position = new Map(fields.map((f, i) => [f.name, i]));
  const inPageOrder = [...state.errors].sort((a, b) => (position.get(a.field) ?? -1) - (position.get(b.field) ?? -1));
  return (
    <>
      <ErrorSummary errors={inPageOrder.map((e) => ({ id: `f-${e.field}`, message: e.message }))} submission={state.at} />
      {state.message && !state.errors.length ? <Notice className="mb-6">{state.message}</Notice> : null}
      <form id="f-form" key={state.at} action={formAction} noValidate encType={multipart ? "multipart/form-data" : undefined}>
        {fields.map((f) => (
          <Field
            key={f.name}
            spec={f}
            value={state.at ? (state.values[f.name] ?? (f.type === "hidden" ? f.defaultValue : undefined)) : f.defaultValue}
            error={errorFor.get(f.name)}
          />
        ))}
        <button
          type="submit"
          disabled={pending}
          className="rounded-sm bg-[var(--color-brand-700)] px-4 py-2 font-semibold text-white hover:bg-[var(--color-brand-900)] disabled:opacity-70"
        >
          {submitLabel}
        </button>
      </form>
    </>
  );
}
