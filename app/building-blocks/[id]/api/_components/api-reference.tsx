"use client";

import dynamic from "next/dynamic";

// Elements touches `document` on import, so it never runs on the server (stack-notes pitfall 2).
const ElementsView = dynamic(() => import("./elements-view"), {
  ssr: false,
  loading: () => <p className="p-4" role="status">Loading the API reference…</p>,
});

/** Client-only frame for the interactive reference of one BB, with a real height for its layout. */
export function ApiReference({ id, document }: { id: string; document: Record<string, unknown> }) {
  return (
    <div className="app-elements border border-[var(--color-line)]">
      <ElementsView id={id} document={document} />
    </div>
  );
}
