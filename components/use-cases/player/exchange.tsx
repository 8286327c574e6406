"use client";
import { useState } from "react";
import { callMark, readablePath, statusText, type RunStatus } from "../trace-labels";
import type { PlayerBb, TraceItem } from "./types";

const pretty = (v: unknown) => (typeof v === "string" ? v : JSON.stringify(v, null, 2));

/** One request and its response, expandable, with a copyable curl command and links for the BB. */
export function Exchange({ entry, index, bbs, run }: { entry: TraceItem; index: number; bbs: PlayerBb[]; run?: RunStatus }) {
  const mark = run ? callMark(entry, run) : "ok";
  const [copied, setCopied] = useState("");
  const bb = entry.via === "im" ? entry.provider : "information-mediator";
  const title = bbs.find((b) => b.id === bb)?.title ?? bb;
  async function copy() {
    try {
      await navigator.clipboard.writeText(entry.curl);
      setCopied("Copied the curl command.");
    } catch {
      setCopied("Copy failed: select the command and copy it by hand.");
    }
  }
  return (
    <details className="rounded-sm border border-line" data-testid="exchange">
      <summary className="cursor-pointer px-3 py-2 text-sm [overflow-wrap:anywhere]">
        <span className="font-semibold">
          {index + 1}. {title}:
        </span>{" "}
        <code className="font-mono">
          {entry.method} {readablePath(entry.path)}
        </code>{" "}
        → <span className="font-mono font-bold">{statusText(entry.status)}</span>
        {mark === "expected" ? " (expected)" : mark === "problem" ? " (the problem)" : ""} ({Math.round(entry.latencyMs)} ms)
      </summary>
      <div className="space-y-3 border-t border-line p-3 text-sm">
        <p>
          <a href={`/building-blocks/${bb}`}>{title} specification</a> · <a href={`/marketplace?bb=${bb}`}>Products for {title}</a>
        </p>
        <h4 className="font-semibold">Request</h4>
        <pre className="max-h-64 overflow-auto bg-surface-code p-2 font-mono text-xs" tabIndex={0} aria-label={`Request ${index + 1}`}>
          {`${entry.method} ${entry.path}\n`}
          {Object.entries(entry.request.headers).map(([k, v]) => `${k}: ${v}\n`)}
          {entry.request.body != null ? `\n${pretty(entry.request.body)}` : ""}
        </pre>
        <h4 className="font-semibold">Response ({entry.status})</h4>
        <pre className="max-h-64 overflow-auto bg-surface-code p-2 font-mono text-xs" tabIndex={0} aria-label={`Response ${index + 1}`}>
          {pretty(entry.response.body)}
        </pre>
        <h4 className="font-semibold">Repeat it with curl</h4>
        <pre className="max-h-40 overflow-auto bg-surface-code p-2 font-mono text-xs" tabIndex={0} aria-label={`curl command ${index + 1}`}>
          {entry.curl}
        </pre>
        <button type="button" onClick={copy} className="rounded-sm border border-brand-700 px-3 py-1 font-semibold text-brand-700">
          Copy as curl<span className="sr-only"> (call {index + 1})</span>
        </button>
        <span role="status" className="ml-2">
          {copied}
        </span>
      </div>
    </details>
  );
}
