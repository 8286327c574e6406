import type { z } from "zod";

/** What a form action returns: per-field errors and the values to show again. */
export type FormState = {
  errors: { field: string; message: string }[];
  values: Record<string, string | string[]>;
  message?: string;
  /** Changes on every submission so the form re-mounts with the returned values. */
  at: number;
};

export const initialFormState: FormState = { errors: [], values: {}, at: 0 };

/** The submitted values (files left out; passwords never echoed back). */
export function formValues(form: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$") || /password/i.test(key)) continue;
    const all = form.getAll(key).filter((v): v is string => typeof v === "string");
    out[key] = all.length === 1 && !key.endsWith("[]") ? all[0]! : all;
  }
  return out;
}

/** One message per field from zod issues (the first issue of each field wins). */
export function issuesToErrors(issues: z.core.$ZodIssue[]): FormState["errors"] {
  const seen = new Map<string, string>();
  for (const issue of issues) {
    const field = issue.path.map(String).join(".") || "form";
    if (!seen.has(field)) seen.set(field, issue.message);
  }
  return [...seen].map(([field, message]) => ({ field, message }));
}

/** A failed state with the given errors and the user's values. */
export function failed(form: FormData, errors: FormState["errors"]): FormState {
  return { errors, values: formValues(form), at: Date.now() };
}
