"use client";
import { useEffect, useState } from "react";
import type { TraceEntry } from "@/sandbox/trace";
import { TraceEntryView } from "./trace-entry";

function curlFor(entry: TraceEntry, origin: string, ns: string): string {
  const q = (s: string) => `'${s.replace(/'/g, "'\\''")}'`;
  const base = entry.via === "im" ? "information-mediator" : entry.provider;
  const parts = [`curl -X ${entry.method} ${q(`${origin}/mock/ns/${ns}/${base}${entry.path}`)}`];
  for (const [k, v] of Object.entries(entry.request.headers)) parts.push(`-H ${q(`${k}: ${v}`)}`);
  if (entry.request.body !== null && entry.request.body !== undefined) parts.push(`--data ${q(JSON.stringify(entry.request.body))}`);
  return parts.join(" \\\n  ");
}

/** Follows the trace live over server-sent events and lists new exchanges above the server-rendered ones. */
export function TraceLive({ ns }: { ns: string }) {
  const [entries, setEntries] = useState<TraceEntry[]>([]);
  const [status, setStatus] = useState("Connecting to the live trace…");
  useEffect(() => {
    const source = new EventSource(`/api/sandbox/trace/stream?ns=${encodeURIComponent(ns)}`);
    source.onopen = () => setStatus("Live: new calls appear here as they happen.");
    // A refused stream (429: too many open from this address) is not retried by EventSource: say so.
    source.onerror = () =>
      setStatus(
        source.readyState === EventSource.CLOSED
          ? "Live trace unavailable (too many open, e.g. in other tabs); reload the page to see new calls."
          : "Live trace interrupted; retrying…",
      );
    source.addEventListener("exchange", (event) => {
      const entry = JSON.parse((event as MessageEvent).data) as TraceEntry;
      setEntries((list) => [entry, ...list].slice(0, 50));
    });
    return () => source.close();
  }, [ns]);
  return (
    <div>
      <p role="status" className="text-sm text-muted">
        {status}
      </p>
      {entries.length > 0 && (
        <ul aria-label="New calls" className="list-none">
          {entries.map((e) => (
            <TraceEntryView key={e.id} entry={e} curl={curlFor(e, window.location.origin, ns)} />
          ))}
        </ul>
      )}
    </div>
  );
}
