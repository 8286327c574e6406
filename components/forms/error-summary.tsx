"use client";
import { useEffect, useRef } from "react";

/** One problem: the message, and the id of the control its link moves focus to. */
export type SummaryError = { id: string; message: string };

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
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title" className="mb-8 border-4 border-[var(--color-danger)] p-4">
      <h2 id="error-summary-title" className="text-xl">
        There is a problem
      </h2>
      {message ? <p className="mt-2">{message}</p> : null}
      {errors.length > 0 ? (
        <ul className="mt-2 list-none space-y-1">
          {errors.map((e) => (
            <li key={e.id}>
              <a href={`#${e.id}`} className="font-semibold text-[var(--color-danger)]">
                {e.message}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
