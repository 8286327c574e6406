"use client";

import { useActionState } from "react";
import { CharacterCount } from "@/components/forms/character-count";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FieldError, FieldGroup, Honeypot, SubmitButton, TextField } from "@/components/forms/fields";
import { ConfirmationPanel } from "@/components/forms/confirmation-panel";
import { initialFormState, type FormState, summaryErrors, textValue } from "@/lib/involvement/form-state";
import { COMMENT_MAX } from "@/lib/involvement/options";

const FIELD_IDS = {
  target: "feedback-target",
  comment: "feedback-comment",
  name: "feedback-name",
  email: "feedback-email",
  consent: "feedback-consent",
};

/** The feedback form itself; SpecFeedback binds the action to one specification. */
export function FeedbackForm({
  action,
  requirementIds,
  back,
}: {
  action: (previous: FormState, data: FormData) => Promise<FormState>;
  requirementIds: string[];
  /** Where to go after sending, e.g. back to the specification. */
  back?: { href: string; label: string };
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const v = (name: string) => textValue(state, name);
  const e = state.errors;

  if (state.status === "sent") {
    return (
      <ConfirmationPanel title="Thank you for your feedback">
        <p>
          Reviewers read every comment and use it for the next version of the specification. Their decision and reply will appear in the specification&apos;s
          review log; if you ticked the box, they will also email you the reply.
        </p>
        <ul className="mt-3 space-y-1">
          {back ? (
            <li>
              <a href={back.href} className="text-white hover:text-white">
                {back.label}
              </a>
            </li>
          ) : null}
          <li>
            <a href="" className="text-white hover:text-white">
              Give more feedback
            </a>
          </li>
        </ul>
      </ConfirmationPanel>
    );
  }

  return (
    <form key={state.key} action={formAction} noValidate className="relative max-w-2xl">
      <ErrorSummary errors={summaryErrors(e, FIELD_IDS)} message={state.message} submission={state.key} />
      <Honeypot />
      <FieldGroup error={e.target}>
        <label htmlFor={FIELD_IDS.target} className="block font-semibold">
          What is your feedback about?
        </label>
        <FieldError id={`${FIELD_IDS.target}-error`} message={e.target} />
        <select
          id={FIELD_IDS.target}
          name="target"
          defaultValue={v("target")}
          aria-invalid={e.target ? true : undefined}
          aria-describedby={e.target ? `${FIELD_IDS.target}-error` : undefined}
          className={`mt-1 block w-full max-w-xl rounded-sm border-2 bg-white px-2 py-1.5 ${
            e.target ? "border-[var(--color-error)]" : "border-[var(--color-ink)]"
          }`}
        >
          <option value="">Choose one</option>
          <option value="whole">The specification as a whole</option>
          <option value="section">A section (say which in your comment)</option>
          {requirementIds.length > 0 ? (
            <optgroup label="A requirement">
              {requirementIds.map((id) => (
                <option key={id} value={id}>
                  Requirement {id}
                </option>
              ))}
            </optgroup>
          ) : null}
        </select>
      </FieldGroup>
      <CharacterCount
        id={FIELD_IDS.comment}
        name="comment"
        label="Your comment"
        hint="What is unclear, missing or wrong? Suggest a change if you can."
        max={COMMENT_MAX}
        error={e.comment}
        defaultValue={v("comment")}
      />
      <TextField id={FIELD_IDS.name} name="name" label="Your name" optional autoComplete="name" error={e.name} defaultValue={v("name")} />
      <TextField
        id={FIELD_IDS.email}
        name="email"
        type="email"
        label="Your email address"
        optional
        autoComplete="email"
        spellCheck={false}
        error={e.email}
        defaultValue={v("email")}
      />
      <FieldGroup error={e.consent}>
        <div className="flex items-start gap-2">
          <input
            id={FIELD_IDS.consent}
            name="consent"
            type="checkbox"
            value="yes"
            defaultChecked={v("consent") === "yes"}
            className="mt-1 size-5 shrink-0 accent-[var(--color-brand-700)]"
          />
          <label htmlFor={FIELD_IDS.consent}>Reviewers may contact me about this feedback by email</label>
        </div>
      </FieldGroup>
      <p className="mb-6 text-sm text-[var(--color-muted)]">
        Your comment is kept as part of this specification&apos;s review record: once a reviewer decides on it, the comment and the reply are published in the
        specification&apos;s review log, without your name or email. Only reviewers see your name and email; we delete them 12 months after you send your
        feedback, and only use your email (to send you the reply) if you tick the box.
      </p>
      <SubmitButton pending={pending}>Send feedback</SubmitButton>
    </form>
  );
}
