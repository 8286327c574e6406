/** What a public form action returns to the page (serialisable, so it also works without JavaScript). */
export type FormState = {
  status: "idle" | "error" | "sent";
  /** Field name → message, in the order the fields appear on the page. */
  errors: Record<string, string>;
  /** What the person typed, to put back in the form. */
  values: Record<string, string | string[]>;
  /** A message not tied to one field (rate limit, unknown specification). */
  message?: string;
  /** New for every answer, so the form re-mounts with the returned values (React resets a form after its action). */
  key?: string;
};

/** The answer to a form that has problems: what was typed comes back with the messages. */
export function failed(values: FormState["values"], errors: FormState["errors"], message?: string): FormState {
  return { status: "error", errors, values, message, key: crypto.randomUUID() };
}

/** The answer to a form that was sent. */
export const sent: FormState = { status: "sent", errors: {}, values: {} };

export const initialFormState: FormState = { status: "idle", errors: {}, values: {} };

/** What was typed in a text field, to put back ("" when nothing was). */
export function textValue(state: FormState, name: string): string {
  const value = state.values[name];
  return typeof value === "string" ? value : "";
}

/** What was chosen in a group of checkboxes, to put back. */
export function listValue(state: FormState, name: string): string[] {
  const value = state.values[name];
  return Array.isArray(value) ? value : [];
}

/** Counts characters the way a person does (code points), with browser CRLF newlines as one. */
export function countCharacters(text: string): number {
  return [...text.replace(/\r\n/g, "\n")].length;
}

/** The error summary's list from field errors: each links to the control id given in `ids` (or the field name). */
export function summaryErrors(errors: FormState["errors"], ids: Record<string, string>): { id: string; message: string }[] {
  return Object.entries(errors).map(([field, message]) => ({ id: ids[field] ?? field, message }));
}
