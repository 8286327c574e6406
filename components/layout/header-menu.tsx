"use client";
import { usePathname } from "next/navigation";
import { useEffect, useRef, type ReactNode } from "react";

/**
 * The phone header's "Menu" disclosure: a native <details> (it opens and closes without JavaScript),
 * closed again after each navigation and by Escape, which returns focus to the button.
 */
export function HeaderMenu({ summary, children, className }: { summary: ReactNode; children: ReactNode; className?: string }) {
  const ref = useRef<HTMLDetailsElement>(null);
  const pathname = usePathname();
  useEffect(() => {
    ref.current?.removeAttribute("open");
  }, [pathname]);
  return (
    <details
      ref={ref}
      className={className}
      data-testid="header-menu"
      onKeyDown={(e) => {
        if (e.key !== "Escape" || !ref.current?.open) return;
        ref.current.removeAttribute("open");
        ref.current.querySelector("summary")?.focus();
      }}
    >
      {summary}
      {children}
    </details>
  );
}
