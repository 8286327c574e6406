"use client";

import { API } from "@stoplight/elements";
import { useMemo } from "react";
import "./elements.css";

/**
 * Stoplight Elements itself. Browser-only: loaded by api-reference.tsx when needed.
 * - "Send API request" goes to the visitor's own sandbox namespace: the contract's servers are replaced with this
 *   origin's mock URL, which is only known in the browser.
 * - Stacked layout: operations follow each other in the page's own flow, so there is no inner scroll area and the
 *   response of a request appears right under the request, in view.
 * - Memory router: Elements does not write to the address bar or scroll the page to a route when it starts.
 * - Requests carry the page's cookies (same origin only), so they reach the visitor's namespace (set by proxy.ts),
 *   not the shared "default".
 */
export default function ElementsView({ id, document }: { id: string; document: Record<string, unknown> }) {
  const withSandbox = useMemo(
    () => ({
      ...document,
      servers: [{ url: `${window.location.origin}/mock/${id}`, description: "Sandbox mock (your private namespace)" }],
    }),
    [id, document],
  );
  return <API apiDescriptionDocument={withSandbox} router="memory" layout="stacked" hideExport hideSchemas tryItCredentialsPolicy="same-origin" />;
}
