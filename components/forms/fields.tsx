// Form building blocks in the GOV.UK pattern: label, hint, error message next to the field.
// Plain components (no hooks) so both server and client forms can use them.
import type { ReactNode } from "react";

const inputClass = "mt-1 block w-full max-w-xl rounded-sm border-2 bg-white px-2 py-1.5 text-[var(--color-ink)]";
// One border colour or the other: with both classes the stylesheet's order, not the error, decides.
const borderClass = (error?: string) => (error ? "border-[var(--color-error)]" : "border-[var(--color-ink)]");

/** The red message above a field, prefixed for screen readers. */
export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="mt-1 font-semibold text-[var(--color-error)]">
      <span className="sr-only">Error: </span>
      {message}
    </p>
  );
}

/** Wraps a field and draws the GOV.UK error bar when it has an error. */
export function FieldGroup({ error, children }: { error?: string; children: ReactNode }) {
  return <div className={`mb-6 ${error ? "border-l-4 border-[var(--color-error)] pl-3" : ""}`}>{children}</div>;
}

const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(" ") || undefined;

type TextFieldProps = {
  id: string;
  name: string;
  label: string;
  hint?: string;
  error?: string;
  defaultValue?: string;
  type?: "text" | "email";
  autoComplete?: string;
  optional?: boolean;
  width?: "full" | "half";
  spellCheck?: boolean;
};

/** A control's label, optional hint and error message, in GOV.UK order; ids match aria-describedby. */
export function FieldLabel({ id, label, hint, error, optional }: { id: string; label: ReactNode; hint?: ReactNode; error?: string; optional?: boolean }) {
  return (
    <>
      <label htmlFor={id} className="block font-semibold">
        {label}
        {optional ? <span className="font-normal"> (optional)</span> : null}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-[var(--color-muted)]">
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} message={error} />
    </>
  );
}

/** A labelled text input with optional hint and error. */
export function TextField(props: TextFieldProps) {
  const { id, name, label, hint, error, defaultValue, type = "text", autoComplete, optional, width = "full" } = props;
  return (
    <FieldGroup error={error}>
      <FieldLabel id={id} label={label} hint={hint} error={error} optional={optional} />
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={defaultValue}
        autoComplete={autoComplete}
        spellCheck={props.spellCheck}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}
        className={`${inputClass} ${width === "half" ? "max-w-xs" : ""} ${borderClass(error)}`}
      />
    </FieldGroup>
  );
}

/** A group of checkboxes or radios in a fieldset with a legend. */
export function ChoiceGroup({
  id,
  name,
  legend,
  hint,
  error,
  type,
  options,
  selected,
  columns,
  children,
}: {
  id: string;
  name: string;
  legend: string;
  hint?: string;
  error?: string;
  type: "checkbox" | "radio";
  options: readonly { value: string; label: string }[];
  selected: readonly string[];
  columns?: boolean;
  children?: ReactNode;
}) {
  return (
    <FieldGroup error={error}>
      <fieldset aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}>
        <legend className="font-semibold">{legend}</legend>
        {hint ? (
          <p id={`${id}-hint`} className="text-[var(--color-muted)]">
            {hint}
          </p>
        ) : null}
        <FieldError id={`${id}-error`} message={error} />
        <div className={`mt-2 grid gap-2 ${columns ? "sm:grid-cols-2" : ""}`}>
          {options.map((option, i) => {
            const optionId = i === 0 ? id : `${id}-${i}`;
            return (
              <div key={option.value} className="flex items-start gap-2">
                <input
                  id={optionId}
                  type={type}
                  name={name}
                  value={option.value}
                  defaultChecked={selected.includes(option.value)}
                  className="mt-1 size-5 shrink-0 accent-[var(--color-brand-700)]"
                />
                <label htmlFor={optionId}>{option.label}</label>
              </div>
            );
          })}
        </div>
        {children}
      </fieldset>
    </FieldGroup>
  );
}

/** The primary button. */
export function SubmitButton({ children, pending }: { children: ReactNode; pending?: boolean }) {
  return (
    <button
      type="submit"
      aria-disabled={pending || undefined}
      className="rounded-sm bg-[var(--color-ok)] px-4 py-2 font-semibold text-white shadow-[0_2px_0_var(--color-ok-shadow)] hover:bg-ok-hover"
    >
      {children}
    </button>
  );
}

/**
 * A field people should never fill in. Bots that fill every input reveal themselves; it is hidden
 * from sight, from screen readers and from the tab order.
 */
export function Honeypot() {
  return (
    <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
      <label htmlFor="hp-website">Leave this field empty</label>
      <input id="hp-website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  );
}
