/** What a public form action returns to the page (serialisable, so it also works without JavaScript). */
export type FormState = {
  status: "idle" | "error" | "sent";
  /** Field name → message, in the order the fields appear on the page. */
  errors: Record<string, string>;
  /** What the person typed, to put back in the form. */
  values: Record<string, string | string[]>;
  /** A message not tied to one field (rate limit, unknown specification). */
  message?: string;
};

export const initialFormState: FormState = { status: "idle", errors: {}, values: {} };

/** Counts characters the way a person does (code points), with browser CRLF newlines as one. */
export function countCharacters(text: string): number {
  return [...text.replace(/\r\n/g, "\n")].length;
}
