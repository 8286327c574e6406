// The portal's one form kit, in the GOV.UK pattern: label, hint, error message next to the field, the
// error bar, aria-describedby naming the hint and the error. Plain components (no hooks) so server and
// client forms can use them; the character count (character-count.tsx), the error summary
// (error-summary.tsx) and the spec-driven forms (action-form.tsx) build on them.
import type { ReactNode } from "react";

const inputClass = "mt-1 block w-full max-w-xl rounded-sm border-2 bg-white px-2 py-1.5 text-ink";
// One border colour or the other: with both classes the stylesheet's order, not the error, decides.
const borderClass = (error?: string) => (error ? "border-error" : "border-ink");

/** The ids a control's aria-describedby names: its hint and its error, when shown. */
export const describedBy = (...ids: unknown[]) => ids.filter((id): id is string => typeof id === "string" && id !== "").join(" ") || undefined;

/** The red message above a field, prefixed for screen readers. */
export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="mt-1 font-semibold text-error">
      <span className="sr-only">Error: </span>
      {message}
    </p>
  );
}

/** Wraps a field and draws the GOV.UK error bar when it has an error. */
export function FieldGroup({ error, children }: { error?: string; children: ReactNode }) {
  return <div className={`mb-6 ${error ? "border-l-4 border-error pl-3" : ""}`}>{children}</div>;
}

function Hint({ id, hint }: { id: string; hint?: ReactNode }) {
  return hint ? (
    <p id={`${id}-hint`} className="text-muted">
      {hint}
    </p>
  ) : null;
}

/** A control's label, optional hint and error message, in GOV.UK order; ids match aria-describedby. */
export function FieldLabel({ id, label, hint, error, optional }: { id: string; label: ReactNode; hint?: ReactNode; error?: string; optional?: boolean }) {
  return (
    <>
      <label htmlFor={id} className="block font-semibold">
        {label}
        {optional ? <span className="font-normal"> (optional)</span> : null}
      </label>
      <Hint id={id} hint={hint} />
      <FieldError id={`${id}-error`} message={error} />
    </>
  );
}

/** What every labelled control takes. */
export type ControlProps = { id: string; name: string; label: ReactNode; hint?: ReactNode; error?: string; optional?: boolean };

/** The attributes every labelled control carries: its name, and the hint and error that describe it. */
function controlAttributes({ id, name, hint, error }: ControlProps) {
  return {
    id,
    name,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy(hint && `${id}-hint`, error && `${id}-error`),
  };
}

/** A control in its group, under its label, hint and error. */
function Labelled({ control, children }: { control: ControlProps; children: ReactNode }) {
  return (
    <FieldGroup error={control.error}>
      <FieldLabel id={control.id} label={control.label} hint={control.hint} error={control.error} optional={control.optional} />
      {children}
    </FieldGroup>
  );
}

/** A labelled text input (text, email, password, url) with optional hint and error. */
export function TextField(
  props: ControlProps & {
    defaultValue?: string;
    type?: "text" | "email" | "password" | "url";
    autoComplete?: string;
    width?: "full" | "half";
    spellCheck?: boolean;
  },
) {
  const { type = "text", width = "full" } = props;
  return (
    <Labelled control={props}>
      <input
        {...controlAttributes(props)}
        type={type}
        // Passwords are never put back.
        defaultValue={type === "password" ? undefined : props.defaultValue}
        autoComplete={props.autoComplete}
        spellCheck={props.spellCheck}
        className={`${inputClass} ${width === "half" ? "max-w-xs" : ""} ${borderClass(props.error)}`}
      />
    </Labelled>
  );
}

/** A labelled textarea without a limit to count (CharacterCount is the one with a limit). */
export function TextArea(props: ControlProps & { defaultValue?: string; rows?: number }) {
  return (
    <Labelled control={props}>
      <textarea
        {...controlAttributes(props)}
        rows={props.rows ?? 5}
        defaultValue={props.defaultValue}
        className={`${inputClass} ${borderClass(props.error)}`}
      />
    </Labelled>
  );
}

export type Option = { value: string; label: string; hint?: string };

/** A labelled select; `placeholder` is a first, empty choice; `children` may add option groups. */
export function SelectField(props: ControlProps & { options: readonly Option[]; defaultValue?: string; placeholder?: string; children?: ReactNode }) {
  return (
    <Labelled control={props}>
      <select {...controlAttributes(props)} defaultValue={props.defaultValue} className={`${inputClass} ${borderClass(props.error)}`}>
        {props.placeholder !== undefined ? <option value="">{props.placeholder}</option> : null}
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
        {props.children}
      </select>
    </Labelled>
  );
}

/** A group of checkboxes or radios in a fieldset with a legend; the first option carries the group's id (the error summary links to it). */
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
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  type: "checkbox" | "radio";
  options: readonly Option[];
  selected: readonly string[];
  columns?: boolean;
  children?: ReactNode;
}) {
  return (
    <FieldGroup error={error}>
      <fieldset aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}>
        <legend className="font-semibold">{legend}</legend>
        <Hint id={id} hint={hint} />
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
                  aria-describedby={option.hint ? `${optionId}-item-hint` : undefined}
                  className="mt-1 size-5 shrink-0 accent-brand-700"
                />
                <label htmlFor={optionId}>
                  {option.label}
                  {option.hint ? (
                    <span id={`${optionId}-item-hint`} className="block text-sm text-muted">
                      {option.hint}
                    </span>
                  ) : null}
                </label>
              </div>
            );
          })}
        </div>
        {children}
      </fieldset>
    </FieldGroup>
  );
}

/** One checkbox on its own (a consent or a confirmation): ticked sends `value`. */
export function CheckboxField({ id, name, label, error, value = "yes", checked }: ControlProps & { value?: string; checked?: boolean }) {
  return (
    <FieldGroup error={error}>
      <FieldError id={`${id}-error`} message={error} />
      <div className="flex items-start gap-2">
        <input
          id={id}
          name={name}
          type="checkbox"
          value={value}
          defaultChecked={checked}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className="mt-1 size-5 shrink-0 accent-brand-700"
        />
        <label htmlFor={id}>{label}</label>
      </div>
    </FieldGroup>
  );
}

/** A labelled file input. Browsers never keep a chosen file when a form comes back, so there is no value to put back. */
export function FileField(props: ControlProps & { accept?: string; onChange?: (event: React.ChangeEvent<HTMLInputElement>) => void }) {
  return (
    <Labelled control={props}>
      <input {...controlAttributes(props)} type="file" accept={props.accept} onChange={props.onChange} className="mt-1 block w-full max-w-xl" />
    </Labelled>
  );
}

/** The primary button. */
export function SubmitButton({ children, pending }: { children: ReactNode; pending?: boolean }) {
  return (
    <button
      type="submit"
      aria-disabled={pending || undefined}
      className="rounded-sm bg-ok px-4 py-2 font-semibold text-white shadow-[0_2px_0_var(--color-ok-shadow)] hover:bg-ok-hover"
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
