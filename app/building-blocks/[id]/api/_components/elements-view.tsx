"use client";

import { API } from "@stoplight/elements";
import { useMemo } from "react";
import "./elements.css";

/**
 * Stoplight Elements itself. Browser-only: loaded through api-reference.tsx with ssr: false.
 * "Try it" is aimed at the visitor's own sandbox namespace by replacing the contract's servers
 * with this origin's mock URL, which is only known in the browser. Requests carry the page's cookies
 * (same origin only), so they reach the visitor's namespace (set by proxy.ts), not the shared "default".
 */
export default function ElementsView({ id, document }: { id: string; document: Record<string, unknown> }) {
  const withSandbox = useMemo(
    () => ({
      ...document,
      servers: [{ url: `${window.location.origin}/mock/${id}`, description: "Sandbox mock (your private namespace)" }],
    }),
    [id, document],
  );
  return <API apiDescriptionDocument={withSandbox} router="hash" layout="responsive" hideExport tryItCredentialsPolicy="same-origin" />;
}
