"use client";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { fieldId } from "@/components/forms/action-form";
import { initialFormState, listValue, summaryErrors, textValue, type FormState } from "@/lib/forms/form-state";
import { Section } from "@/components/ui/section";

export type ReviewRequirement = {
  id: string;
  level: string;
  text: string;
  href: string;
  answer: string;
  /** The vendor's note, already rendered to sanitized HTML on the server. */
  noteHtml: string;
  evidenceUrl: string | null;
};
export type ReviewBb = { bbId: string; title: string; summary: string; evidence: string; requirements: ReviewRequirement[] };

const DECISIONS = [
  { value: "approve", label: "Approve and publish" },
  { value: "request_changes", label: "Request changes", hint: "The vendor can edit and submit again." },
  { value: "reject", label: "Reject", hint: "For listings that do not belong in the marketplace." },
];

/**
 * The review: every claimed BB's answers and evidence first, each requirement with an optional comment
 * for the vendor; the decision after them. What was typed comes back after an error.
 */
export function ReviewForm({ action, bbs }: { action: (state: FormState, form: FormData) => Promise<FormState>; bbs: ReviewBb[] }) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const errorFor = new Map(Object.entries(state.errors));
  const str = (name: string) => textValue(state, name);
  const list = (name: string) => listValue(state, name);
  return (
    <>
      <ErrorSummary errors={summaryErrors(state.errors, (field) => fieldId({ name: field }))} message={state.message} submission={state.key} />
      <form key={state.key} action={formAction} noValidate>
        <Section headingId="evidence" title="1. The evidence">
          <p className="mt-1 max-w-3xl">
            Read each answer and its evidence. Comment on any requirement the vendor should look at again; they see your comment next to that requirement.
          </p>
          {bbs.length === 0 ? <p className="mt-2">This submission claims no Building Block.</p> : null}
          {bbs.map((bb) => (
            <article key={bb.bbId} className="mt-4 rounded border border-line p-4">
              <h3 className="text-xl">{bb.title}</h3>
              <p className="mt-1 text-sm">
                {bb.summary} · {bb.evidence}
              </p>
              <ol className="mt-3 space-y-3">
                {bb.requirements.map((r) => {
                  const name = `comment.${bb.bbId}.${r.id}`;
                  const error = errorFor.get(name);
                  const typed = str(name);
                  return (
                    <li key={r.id} className="border-t border-line pt-3">
                      <p>
                        <a href={r.href} className="font-mono font-semibold">
                          {r.id}
                        </a>{" "}
                        <span className="app-level text-xs" data-level={r.level}>
                          {r.level}
                        </span>
                      </p>
                      <p className="mt-1">{r.text}</p>
                      <p className="mt-1">
                        <strong>Vendor&apos;s answer: {r.answer}</strong>
                      </p>
                      {r.noteHtml ? <div className="app-prose mt-1 text-sm" dangerouslySetInnerHTML={{ __html: r.noteHtml }} /> : null}
                      {r.evidenceUrl ? (
                        <p className="mt-1 text-sm">
                          <a href={r.evidenceUrl} rel="nofollow ugc noopener" target="_blank">
                            Evidence for {r.id} (opens in a new tab)
                          </a>
                        </p>
                      ) : null}
                      <details className="mt-2" open={!!typed || !!error}>
                        <summary className="cursor-pointer text-sm font-semibold text-brand-700">Comment on {r.id}</summary>
                        <label htmlFor={fieldId({ name })} className="mt-1 block text-sm font-semibold">
                          Your comment on {r.id} for the vendor
                        </label>
                        {error ? <p className="font-semibold text-error">{error}</p> : null}
                        <textarea
                          id={fieldId({ name })}
                          name={name}
                          rows={2}
                          defaultValue={typed}
                          className="mt-1 block w-full max-w-2xl rounded-sm border-2 border-ink px-2 py-1"
                        />
                      </details>
                    </li>
                  );
                })}
              </ol>
            </article>
          ))}
        </Section>

        <section aria-labelledby="decide" className="mt-8 max-w-3xl rounded border-2 border-brand-700 p-4">
          <h2 id="decide" className="mb-3 text-2xl">
            2. Your decision
          </h2>
          <fieldset className="mb-5" aria-describedby={errorFor.get("decision") ? "f-decision-error" : undefined}>
            <legend className="font-semibold">Decision</legend>
            {errorFor.get("decision") ? (
              <p id="f-decision-error" className="font-semibold text-error">
                {errorFor.get("decision")}
              </p>
            ) : null}
            <ul className="mt-1 space-y-1">
              {DECISIONS.map((d, i) => (
                <li key={d.value}>
                  <label className="flex items-start gap-2">
                    <input
                      type="radio"
                      id={i === 0 ? "f-decision" : undefined}
                      name="decision"
                      value={d.value}
                      defaultChecked={str("decision") === d.value}
                      className="mt-1.5 size-4"
                    />
                    <span>
                      {d.label}
                      {d.hint ? <span className="block text-sm">{d.hint}</span> : null}
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
          {bbs.length ? (
            <fieldset className="mb-5">
              <legend className="font-semibold">Building Blocks whose evidence you checked (optional)</legend>
              <p className="text-sm">Approved claims you tick are labelled “Checked by a portal reviewer”.</p>
              <ul className="mt-1 space-y-1">
                {bbs.map((bb) => (
                  <li key={bb.bbId}>
                    <label className="flex items-start gap-2">
                      <input
                        type="checkbox"
                        name="verifiedBbs"
                        value={bb.bbId}
                        defaultChecked={list("verifiedBbs").includes(bb.bbId)}
                        className="mt-1.5 size-4"
                      />
                      {bb.title}
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
          ) : null}
          <div className="mb-5">
            <label htmlFor="f-reason" className="block font-semibold">
              Reason or comment for the vendor
            </label>
            <p className="text-sm">Required when you request changes or reject.</p>
            {errorFor.get("reason") ? <p className="font-semibold text-error">{errorFor.get("reason")}</p> : null}
            <textarea
              id="f-reason"
              name="reason"
              rows={4}
              defaultValue={str("reason")}
              className="mt-1 block w-full max-w-xl rounded-sm border-2 border-ink px-2 py-1"
            />
          </div>
          <button
            type="submit"
            disabled={pending}
            className="rounded-sm bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900 disabled:opacity-70"
          >
            Record decision
          </button>
        </section>
      </form>
    </>
  );
}
