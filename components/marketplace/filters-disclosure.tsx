"use client";
import { useEffect, useRef, type ReactNode } from "react";

/**
 * The marketplace filters behind a "Filters" button on narrow screens, so results start near the top;
 * open beside the results from 1024 px up. Without JavaScript it is a plain closed disclosure.
 */
export function FiltersDisclosure({ active, children }: { active: number; children: ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const wide = window.matchMedia("(min-width: 1024px)");
    const sync = () => {
      if (ref.current && wide.matches) ref.current.open = true;
    };
    sync();
    wide.addEventListener("change", sync);
    return () => wide.removeEventListener("change", sync);
  }, []);
  return (
    <details ref={ref} className="group lg:[&>summary]:hidden">
      <summary className="inline-flex cursor-pointer items-center gap-2 rounded-sm border-2 border-brand-700 px-4 py-2 font-semibold text-brand-700">
        Filters{active ? ` (${active} on)` : ""}
        <span aria-hidden="true" className="group-open:hidden">
          ▾
        </span>
        <span aria-hidden="true" className="hidden group-open:inline">
          ▴
        </span>
      </summary>
      <div className="mt-3 lg:mt-0">{children}</div>
    </details>
  );
}
