"use client";
import { useActionState, useEffect, useRef } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { initialFormState, type FormState } from "@/lib/forms/form-state";

export type RequirementRow = {
  id: string;
  level: string;
  text: string;
  href: string;
  answer?: { status: string; comment: string; evidenceUrl: string | null };
  reviewerComment?: string;
};

const FIELDS = ["status", "comment", "evidenceUrl"] as const;

/**
 * One section of a self-assessment. The requirement text is the question itself (full contrast, linked
 * to the spec). Unsaved input is kept in this tab's session storage, so leaving and coming back, or a
 * reload, loses nothing; it is dropped once the server has the answers.
 */
export function AssessmentSectionForm({
  action,
  rows,
  productName,
  draftKey,
  hasNext,
}: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  rows: RequirementRow[];
  productName: string;
  draftKey: string;
  hasNext: boolean;
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const formRef = useRef<HTMLFormElement>(null);
  const errorFor = new Map(Object.entries(state.errors));
  const order = new Map<string, number>(rows.flatMap((r, i) => FIELDS.map((f, j) => [`${r.id}.${f}`, i * 3 + j] as [string, number])));
  const errors = Object.entries(state.errors)
    .map(([field, message]) => ({ field, message }))
    .sort((a, b) => (order.get(a.field) ?? -1) - (order.get(b.field) ?? -1));

  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    if (!state.key) {
      // Put back what was typed but not saved (only fields the server has no newer value for).
      try {
        const saved = JSON.parse(sessionStorage.getItem(draftKey) ?? "{}") as Record<string, string>;
        for (const [name, value] of Object.entries(saved)) {
          const controls = form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(`[name="${CSS.escape(name)}"]`);
          controls.forEach((c) => {
            if (c instanceof HTMLInputElement && c.type === "radio") c.checked = c.value === value;
            else c.value = value;
          });
        }
      } catch {
        sessionStorage.removeItem(draftKey);
      }
    }
    const keep = () => {
      const values: Record<string, string> = {};
      for (const [name, value] of new FormData(form)) if (typeof value === "string" && name.includes(".")) values[name] = value;
      sessionStorage.setItem(draftKey, JSON.stringify(values));
    };
    form.addEventListener("input", keep);
    form.addEventListener("change", keep);
    return () => {
      form.removeEventListener("input", keep);
      form.removeEventListener("change", keep);
    };
  }, [draftKey, state.key]);

  const value = (name: string, fallback: string) => {
    if (!state.key) return fallback;
    const v = state.values[name];
    return typeof v === "string" ? v : "";
  };

  return (
    <>
      <ErrorSummary
        errors={errors.map((e) => ({ id: `f-${e.field.replace(/\./g, "-")}`, message: e.message }))}
        message={state.message}
        submission={state.key}
      />
      <form
        ref={formRef}
        key={state.key}
        action={formAction}
        noValidate
        onSubmit={() => {
          // The server has the answers now (or returns them with errors): the draft is no longer needed.
          sessionStorage.removeItem(draftKey);
        }}
      >
        <ol className="space-y-6">
          {rows.map((r) => {
            const base = `f-${r.id}`;
            const statusError = errorFor.get(`${r.id}.status`);
            const commentError = errorFor.get(`${r.id}.comment`);
            const urlError = errorFor.get(`${r.id}.evidenceUrl`);
            const status = value(`${r.id}.status`, r.answer?.status ?? "");
            return (
              <li key={r.id} className={`rounded border p-4 ${statusError || commentError || urlError ? "border-error" : "border-line"}`}>
                <fieldset aria-describedby={`${base}-text${statusError ? ` ${base}-status-error` : ""}`}>
                  <legend className="text-lg font-semibold">
                    {r.id}{" "}
                    <span className="app-level ml-1 align-middle text-xs" data-level={r.level}>
                      {r.level}
                    </span>
                  </legend>
                  <p id={`${base}-text`} className="mt-1 text-base text-ink">
                    {r.text}
                  </p>
                  <p className="mt-1 text-sm">
                    <a href={r.href} target="_blank" rel="noopener">
                      Read {r.id} in the specification (opens in a new tab)
                    </a>
                  </p>
                  {r.reviewerComment ? (
                    <div className="mt-2 border-l-4 border-warn bg-warn-tint p-2">
                      <p className="font-semibold">Reviewer&apos;s comment</p>
                      <p className="whitespace-pre-line">{r.reviewerComment}</p>
                    </div>
                  ) : null}
                  {statusError ? (
                    <p id={`${base}-status-error`} className="mt-2 font-semibold text-error">
                      <span className="sr-only">Error: </span>
                      {statusError}
                    </p>
                  ) : null}
                  <p className="mt-2 font-semibold">Does {productName} meet it?</p>
                  <ul className="mt-1 flex flex-wrap gap-x-6 gap-y-1">
                    {[
                      { v: "met", label: "Met" },
                      { v: "not_met", label: "Not met" },
                      ...(r.level === "REQUIRED" ? [] : [{ v: "na", label: "Not applicable" }]),
                    ].map((o, i) => (
                      <li key={o.v}>
                        <label className="inline-flex items-center gap-2">
                          <input
                            type="radio"
                            id={i === 0 ? `${base}-status` : undefined}
                            name={`${r.id}.status`}
                            value={o.v}
                            defaultChecked={status === o.v}
                            className="size-4"
                          />
                          {o.label}
                        </label>
                      </li>
                    ))}
                  </ul>
                </fieldset>
                <div className="mt-3 grid gap-3 md:grid-cols-2">
                  <div>
                    <label htmlFor={`${base}-comment`} className="block font-semibold">
                      Note on {r.id} (optional)
                    </label>
                    <p id={`${base}-comment-hint`} className="text-sm">
                      How it is met, or why not. Markdown allowed.
                    </p>
                    {commentError ? <p className="font-semibold text-error">{commentError}</p> : null}
                    <textarea
                      id={`${base}-comment`}
                      name={`${r.id}.comment`}
                      rows={2}
                      defaultValue={value(`${r.id}.comment`, r.answer?.comment ?? "")}
                      aria-describedby={`${base}-comment-hint`}
                      className="mt-1 block w-full rounded-sm border-2 border-ink px-2 py-1"
                    />
                  </div>
                  <div>
                    <label htmlFor={`${base}-evidenceUrl`} className="block font-semibold">
                      Evidence link for {r.id} (optional)
                    </label>
                    <p id={`${base}-evidenceUrl-hint`} className="text-sm">
                      A page, document or test report that shows it, starting with https://
                    </p>
                    {urlError ? <p className="font-semibold text-error">{urlError}</p> : null}
                    <input
                      id={`${base}-evidenceUrl`}
                      name={`${r.id}.evidenceUrl`}
                      type="url"
                      defaultValue={value(`${r.id}.evidenceUrl`, r.answer?.evidenceUrl ?? "")}
                      aria-describedby={`${base}-evidenceUrl-hint`}
                      className="mt-1 block w-full rounded-sm border-2 border-ink px-2 py-1"
                    />
                  </div>
                </div>
              </li>
            );
          })}
        </ol>
        <div className="mt-6 flex flex-wrap gap-3">
          <button
            type="submit"
            name="then"
            value="next"
            disabled={pending}
            className="rounded-sm bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900 disabled:opacity-70"
          >
            {hasNext ? "Save and go to the next section" : "Save this section"}
          </button>
          <button
            type="submit"
            name="then"
            value="overview"
            disabled={pending}
            className="rounded-sm border-2 border-brand-700 px-4 py-2 font-semibold text-brand-700 disabled:opacity-70"
          >
            Save and return to the overview
          </button>
        </div>
      </form>
    </>
  );
}
