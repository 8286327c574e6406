"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SubmitButton, TextField } from "@/components/forms/fields";
import { initialFormState, type FormState } from "@/lib/involvement/form-state";

/** Email and password form for reviewers and admins. */
export function SignInForm({
  action,
  next,
}: {
  action: (previous: FormState, data: FormData) => Promise<FormState>;
  next: string;
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const e = state.errors;
  return (
    <form key={state.key} action={formAction} noValidate className="max-w-md">
      <ErrorSummary errors={e} fields={{ email: "email", password: "password" }} message={state.message} />
      <input type="hidden" name="next" value={next} />
      <TextField id="email" name="email" type="email" label="Email address" autoComplete="username" spellCheck={false} error={e.email} defaultValue={typeof state.values.email === "string" ? state.values.email : ""} />
      <div className={`mb-6 ${e.password ? "border-l-4 border-[var(--color-danger)] pl-3" : ""}`}>
        <label htmlFor="password" className="block font-semibold">
          Password
        </label>
        {e.password ? (
          <p id="password-error" className="mt-1 font-semibold text-[var(--color-danger)]">
            <span className="sr-only">Error: </span>
            {e.password}
          </p>
        ) : null}
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          aria-invalid={e.password ? true : undefined}
          aria-describedby={e.password ? "password-error" : undefined}
          className="mt-1 block w-full rounded-sm border-2 border-[var(--color-ink)] bg-white px-2 py-1.5"
        />
      </div>
      <SubmitButton pending={pending}>Sign in</SubmitButton>
    </form>
  );
}
