"use client";

import { FormFields, type FieldSpec } from "@/components/forms/action-form";
import { CheckboxField, SelectField } from "@/components/forms/fields";
import { EMAIL_FIELD, PublicActionForm } from "@/components/forms/public-form";
import { textValue, type FormState } from "@/lib/forms/form-state";
import { COMMENT_MAX } from "@/lib/involvement/options";

const FIELDS: FieldSpec[] = [
  { name: "target", id: "feedback-target", type: "select", label: "What is your feedback about?" },
  {
    name: "comment",
    id: "feedback-comment",
    type: "textarea",
    label: "Your comment",
    hint: "What is unclear, missing or wrong? Suggest a change if you can.",
    max: COMMENT_MAX,
  },
  { name: "name", id: "feedback-name", type: "text", label: "Your name", optional: true, autoComplete: "name" },
  { ...EMAIL_FIELD, id: "feedback-email", label: "Your email address", optional: true },
  { name: "consent", id: "feedback-consent", type: "checkboxes", label: "Reviewers may contact me about this feedback by email" },
];

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
  const sentBody = (
    <>
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
    </>
  );

  return (
    <PublicActionForm action={action} fields={FIELDS} submitLabel="Send feedback" confirmation={{ title: "Thank you for your feedback", body: sentBody }}>
      {(state) => (
        <>
          <SelectField
            id={FIELDS[0]!.id!}
            name="target"
            label={FIELDS[0]!.label}
            error={state.errors.target}
            defaultValue={textValue(state, "target")}
            placeholder="Choose one"
            options={[
              { value: "whole", label: "The specification as a whole" },
              { value: "section", label: "A section (say which in your comment)" },
            ]}
          >
            {requirementIds.length > 0 ? (
              <optgroup label="A requirement">
                {requirementIds.map((id) => (
                  <option key={id} value={id}>
                    Requirement {id}
                  </option>
                ))}
              </optgroup>
            ) : null}
          </SelectField>
          <FormFields fields={FIELDS.slice(1, 4)} state={state} />
          <CheckboxField
            id={FIELDS[4]!.id!}
            name="consent"
            label={FIELDS[4]!.label}
            error={state.errors.consent}
            checked={textValue(state, "consent") === "yes"}
          />
          <p className="mb-6 text-sm text-muted">
            Your comment is kept as part of this specification&apos;s review record: once a reviewer decides on it, the comment and the reply are published in
            the specification&apos;s review log, without your name or email. Only reviewers see your name and email; we delete them 12 months after you send
            your feedback, and only use your email (to send you the reply) if you tick the box.
          </p>
        </>
      )}
    </PublicActionForm>
  );
}
