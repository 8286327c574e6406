"use client";

import { useEffect, useRef, useState, type ComponentType } from "react";

type ElementsProps = { id: string; document: Record<string, unknown>; sandboxBase: string };
type State =
  | { status: "waiting" | "loading" | "error"; message?: string }
  | { status: "ready"; View: ComponentType<ElementsProps>; document: Record<string, unknown>; sandboxBase: string };

/**
 * The visitor's own namespace as a path (/mock/ns/<name>): "Send API request" then reaches it whatever Elements does
 * with cookies (its stacked layout's Docs tab sends none). The shared /mock when the namespace cannot be read.
 */
const sandboxBase = () =>
  fetch("/api/sandbox/session")
    .then((r) => (r.ok ? (r.json() as Promise<{ baseUrl?: string }>) : {}))
    .then((session: { baseUrl?: string }) => session.baseUrl ?? "/mock")
    .catch(() => "/mock");

/**
 * The interactive reference (Stoplight Elements), loaded only when its section comes into view or the visitor asks
 * for it: Elements and the contract together are over 500 KB and take a long task to start, which the operation list
 * above does not need. The section keeps a minimum height so nothing above it moves when it loads.
 */
export function ApiReference({ id }: { id: string }) {
  const [state, setState] = useState<State>({ status: "waiting" });
  const frame = useRef<HTMLDivElement>(null);
  const started = useRef(false);

  const load = () => {
    if (started.current) return;
    started.current = true;
    setState({ status: "loading" });
    Promise.all([
      import("./elements-view"),
      fetch(`/building-blocks/${id}/api/openapi.json`).then((r) => {
        if (!r.ok) throw new Error(`the contract could not be loaded (HTTP ${r.status})`);
        return r.json() as Promise<Record<string, unknown>>;
      }),
      sandboxBase(),
    ])
      .then(([mod, document, base]) => setState({ status: "ready", View: mod.default, document, sandboxBase: base }))
      .catch((error: Error) => {
        started.current = false;
        setState({ status: "error", message: error.message });
      });
  };

  useEffect(() => {
    const node = frame.current;
    if (!node || typeof IntersectionObserver === "undefined") return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        observer.disconnect();
        load();
      }
    });
    observer.observe(node);
    return () => observer.disconnect();
    // load is stable for this component's life (guarded by a ref)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <div ref={frame} className="app-elements">
      {state.status === "ready" ? (
        <state.View id={id} document={state.document} sandboxBase={state.sandboxBase} />
      ) : (
        <div className="p-4">
          {state.status === "loading" ? <p role="status">Loading the interactive reference…</p> : null}
          {state.status === "error" ? <p role="alert">The interactive reference did not load: {state.message}.</p> : null}
          {state.status !== "loading" ? (
            <button type="button" onClick={load} className="mt-2 rounded-sm bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900">
              {state.status === "error" ? "Try again" : "Open the interactive reference"}
            </button>
          ) : null}
        </div>
      )}
    </div>
  );
}
