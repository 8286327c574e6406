import type { ReactNode } from "react";

type Name = { labelledBy: string; label?: never } | { label: string; labelledBy?: never };

/**
 * The box a wide table scrolls sideways in on a narrow screen. It is a named region that takes
 * keyboard focus, so a keyboard user can scroll it with the arrow keys (WCAG 2.1.1) and a screen
 * reader says what it holds. It is `relative` because sr-only text in the cells is absolutely
 * placed and would otherwise widen the page at 320 px instead of the region.
 */
export function TableScroll({ className, children, ...name }: Name & { className?: string; children: ReactNode }) {
  return (
    <div
      className={className ? `relative overflow-x-auto ${className}` : "relative overflow-x-auto"}
      role="region"
      aria-label={name.label}
      aria-labelledby={name.labelledBy}
      tabIndex={0}
    >
      {children}
    </div>
  );
}
