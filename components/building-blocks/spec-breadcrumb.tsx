import Link from "next/link";
import type { ReactNode } from "react";

/** The trail above a specification's pages: Specifications › the BB (when the page is one of its subpages) › the current page, not a link. */
export function SpecBreadcrumb({ bb, current }: { bb?: { id: string; title: string }; current: ReactNode }) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm">
      <ol className="flex flex-wrap gap-x-2">
        <li>
          <Link href="/building-blocks">Specifications</Link> <span aria-hidden="true">›</span>
        </li>
        {bb ? (
          <li>
            <Link href={`/building-blocks/${bb.id}`}>{bb.title}</Link> <span aria-hidden="true">›</span>
          </li>
        ) : null}
        <li>{current}</li>
      </ol>
    </nav>
  );
}
