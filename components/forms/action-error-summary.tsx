"use client";
import { useEffect, useRef } from "react";

/**
 * GOV.UK error summary: takes focus when shown, links to each field, and prefixes the page
 * title with "Error: " while errors are shown.
 */
export function ErrorSummary({ errors, at }: { errors: { field: string; message: string }[]; at: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!errors.length) {
      document.title = document.title.replace(/^Error: /, "");
      return;
    }
    if (!document.title.startsWith("Error: ")) document.title = `Error: ${document.title}`;
    // After the form re-mounts and the router settles; focusing in the same tick gets overridden.
    const timer = setTimeout(() => ref.current?.focus(), 0);
    return () => clearTimeout(timer);
  }, [errors.length, at]);
  if (!errors.length) return null;
  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title" className="mb-6 border-4 border-[var(--color-danger)] p-4">
      <h2 id="error-summary-title" className="text-xl">
        There is a problem
      </h2>
      <ul className="mt-2 list-none space-y-1">
        {errors.map((e) => (
          <li key={e.field}>
            <a href={`#f-${e.field}`} className="font-semibold text-[var(--color-danger)]">
              {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
