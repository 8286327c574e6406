import type { z } from "zod";

/**
 * What every form action returns to its page: serialisable, so the same answer works with JavaScript
 * (useActionState) and without (the page re-renders with it, or a flash cookie carries it).
 */
export type FormState = {
  /** "error" when something must be fixed; "sent" when the form was accepted and the page stays. */
  status: "idle" | "error" | "sent";
  /** Field name → message, in the order the fields appear on the page. */
  errors: Record<string, string>;
  /** What the person typed, to put back in the form (files and passwords never). */
  values: Record<string, string | string[]>;
  /** A message not tied to one field: a problem (status "error") or a confirmation (status "sent"). */
  message?: string;
  /** New for every answer, so the form re-mounts with the returned values (React resets a form after its action). */
  key?: string;
};

export const initialFormState: FormState = { status: "idle", errors: {}, values: {} };

/** The answer to a form that has problems: what was typed comes back with the messages. */
export function failed(values: FormState["values"], errors: FormState["errors"], message?: string): FormState {
  return { status: "error", errors, values, message, key: crypto.randomUUID() };
}

/** The answer to a form that was accepted, optionally with a confirmation shown next to it. */
export function sent(message?: string): FormState {
  return { status: "sent", errors: {}, values: {}, message, key: crypto.randomUUID() };
}

// Fields Next adds ($ACTION_…) and passwords are never sent back to the page.
const NOT_ECHOED = (name: string) => name.startsWith("$") || /password/i.test(name);

/** The submitted text values, to put back in the form: one string per field, a list when the field repeats. */
export function formValues(form: FormData): FormState["values"] {
  const out: FormState["values"] = {};
  for (const name of new Set(form.keys())) {
    if (NOT_ECHOED(name)) continue;
    const all = form.getAll(name).filter((v): v is string => typeof v === "string");
    if (all.length) out[name] = all.length === 1 ? all[0]! : all;
  }
  return out;
}

/**
 * The form as a plain object for a zod schema: text values only (files are read separately), the last
 * value of a field, and every value of the fields named in `lists` (checkbox groups) as an array.
 */
export function readForm(form: FormData, lists: readonly string[] = []): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [name, value] of form) if (typeof value === "string") out[name] = value;
  for (const name of lists) out[name] = form.getAll(name).filter((v): v is string => typeof v === "string");
  return out;
}

/**
 * One message per field from zod issues, the first issue of each field winning; list positions are
 * dropped from the path (an error on `domains.2` belongs to the `domains` group). Fields named in
 * `order` come first, in that order (the page's order), so the error summary reads top to bottom.
 */
export function fieldErrors(issues: readonly z.core.$ZodIssue[], order: readonly string[] = []): FormState["errors"] {
  const found: FormState["errors"] = {};
  for (const issue of issues) {
    const field =
      issue.path
        .filter((p) => typeof p !== "number")
        .map(String)
        .join(".") || "form";
    found[field] ??= issue.message;
  }
  const ordered: FormState["errors"] = {};
  for (const field of order) if (found[field]) ordered[field] = found[field];
  return { ...ordered, ...found };
}

/** What was typed in a text field, to put back ("" when nothing was). */
export function textValue(state: FormState, name: string): string {
  const value = state.values[name];
  return typeof value === "string" ? value : "";
}

/** What was chosen in a group of checkboxes, to put back. */
export function listValue(state: FormState, name: string): string[] {
  const value = state.values[name];
  return Array.isArray(value) ? value : value ? [value] : [];
}

/** Counts characters the way a person does (code points), with browser CRLF newlines as one. */
export function countCharacters(text: string): number {
  return [...text.replace(/\r\n/g, "\n")].length;
}

/** The error summary's list from field errors: each links to the control id given by `idOf` (or the field name). */
export function summaryErrors(errors: FormState["errors"], idOf: Record<string, string> | ((field: string) => string) = {}): { id: string; message: string }[] {
  const id = (field: string) => (typeof idOf === "function" ? idOf(field) : (idOf[field] ?? field));
  return Object.entries(errors).map(([field, message]) => ({ id: id(field), message }));
}
