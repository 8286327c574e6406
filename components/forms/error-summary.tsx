"use client";

import { useEffect, useRef } from "react";

/**
 * GOV.UK error summary: takes focus when errors appear, links to each field, and prefixes the page
 * title with "Error: " while there are errors.
 * @param fields maps a field name to the id of the control its link should focus.
 */
export function ErrorSummary({
  errors,
  fields,
  message,
}: {
  errors: Record<string, string>;
  fields: Record<string, string>;
  message?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors);
  const hasProblem = entries.length > 0 || Boolean(message);

  useEffect(() => {
    const base = document.title.replace(/^Error: /, "");
    document.title = hasProblem ? `Error: ${base}` : base;
    if (hasProblem) ref.current?.focus();
  }, [errors, message, hasProblem]);

  if (!hasProblem) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-title"
      className="mb-8 border-4 border-[var(--color-danger)] p-4"
    >
      <h2 id="error-summary-title" className="text-xl">
        There is a problem
      </h2>
      {message ? <p className="mt-2">{message}</p> : null}
      {entries.length > 0 ? (
        <ul className="mt-2 space-y-1">
          {entries.map(([name, text]) => (
            <li key={name}>
              <a href={`#${fields[name] ?? name}`} className="font-semibold text-[var(--color-danger)]">
                {text}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
