import type { ReactNode } from "react";

/**
 * A page section named by its heading: `<section aria-labelledby>` around an `<h2>` with `headingId`,
 * so landmarks and the heading outline agree. `className` carries the section's own spacing.
 */
export function Section({ headingId, title, className, children }: { headingId: string; title: ReactNode; className?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={headingId} className={className}>
      <h2 id={headingId} className="text-2xl">
        {title}
      </h2>
      {children}
    </section>
  );
}
