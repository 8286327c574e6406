"use client";
import { useEffect, useRef, type MouseEvent } from "react";

/** One problem: the message, and the id of the control its link moves focus to. */
export type SummaryError = { id: string; message: string };

/**
 * The question that belongs to a control: its fieldset's legend when the legend is near (so a radio's
 * question and hint stay in sight), else its label. Scrolled into view instead of the bare control.
 */
function questionFor(control: HTMLElement): HTMLElement | null {
  const legend = control.closest("fieldset")?.querySelector("legend");
  if (legend) {
    const gap = control.getBoundingClientRect().top - legend.getBoundingClientRect().top;
    if (gap < window.innerHeight / 2) return legend;
  }
  return document.querySelector<HTMLElement>(`label[for="${CSS.escape(control.id)}"]`) ?? control.closest("label");
}

/**
 * GOV.UK behaviour for the summary's links: focus the control and scroll its label or legend (with
 * the hint and error under it) into view, not the bare input at the top edge. Without JavaScript the
 * links are plain fragment links.
 */
function focusControl(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const control = document.getElementById(id);
  if (!control) return;
  event.preventDefault();
  (questionFor(control) ?? control).scrollIntoView();
  control.focus({ preventScroll: true });
}

/**
 * GOV.UK error summary: takes focus when shown, links to each field, and prefixes the page title with
 * "Error: " while there are problems. The only error summary of the portal; every form uses it.
 * @param errors the problems in page order.
 * @param message a problem not tied to one field (e.g. a rate limit).
 * @param submission changes with every answer from the server, so a re-submit with the same errors focuses again.
 */
export function ErrorSummary({ errors, message, submission }: { errors: SummaryError[]; message?: string; submission: unknown }) {
  const ref = useRef<HTMLDivElement>(null);
  const hasProblem = errors.length > 0 || Boolean(message);
  useEffect(() => {
    const base = document.title.replace(/^Error: /, "");
    document.title = hasProblem ? `Error: ${base}` : base;
    if (!hasProblem) return;
    // After the form re-mounts and the router settles; focusing in the same tick gets overridden.
    const timer = setTimeout(() => ref.current?.focus(), 0);
    return () => clearTimeout(timer);
  }, [hasProblem, submission]);
  // A form that was sent replaces itself (and this summary) with a confirmation: drop the prefix then too.
  useEffect(() => () => void (document.title = document.title.replace(/^Error: /, "")), []);
  if (!hasProblem) return null;
  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title" className="mb-8 border-4 border-error p-4">
      <h2 id="error-summary-title" className="text-xl">
        There is a problem
      </h2>
      {message ? <p className="mt-2">{message}</p> : null}
      {errors.length > 0 ? (
        <ul className="mt-2 list-none space-y-1">
          {errors.map((e) => (
            <li key={e.id}>
              <a href={`#${e.id}`} onClick={(event) => focusControl(event, e.id)} className="font-semibold text-error">
                {e.message}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
