import type { Ref } from "react";
import { plainRecordLabel } from "../trace-labels";
import type { RunResult } from "./types";

export const STATUS_TEXT = { ok: "Done", unhappy: "The system handled a problem", error: "Something went wrong" } as const;

/** The outcome of a run, shown right under the screen so it is in view after pressing the button. */
export function RunOutcome({ result, ref }: { result: RunResult; ref?: Ref<HTMLDivElement> }) {
  const { outcome } = result;
  const records = Object.entries(outcome.records ?? {}).filter(([, v]) => v);
  return (
    <div
      ref={ref}
      className={`mt-4 scroll-mb-20 rounded-md border-l-8 p-4 ${outcome.status === "ok" ? "border-ok bg-outcome-ok" : outcome.status === "unhappy" ? "border-warn bg-outcome-unhappy" : "border-error bg-outcome-error"}`}
      data-testid="run-result"
      data-status={outcome.status}
    >
      <p className="font-bold">
        {outcome.status === "ok" ? "✓ " : "! "}
        {STATUS_TEXT[outcome.status]}
        {result.unhappy ? " (problem switched on for this run)" : ""}
      </p>
      <p className="mt-1" data-testid="outcome-summary">
        {outcome.summary}
      </p>
      {result.notes.map((n) => (
        <p key={n} className="mt-1 text-sm">
          {n}
        </p>
      ))}
      {records.length > 0 && (
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 text-sm" data-testid="records">
          {records.map(([k, v]) => (
            <div key={k} className="contents">
              <dt className="text-muted">{plainRecordLabel(k)}</dt>
              <dd className="font-mono [overflow-wrap:anywhere]" data-record={k}>
                {v}
              </dd>
            </div>
          ))}
        </dl>
      )}
      <p className="mt-2 text-sm text-muted">
        {result.trace.length} calls in {result.serverMs} ms on the server · your sandbox: <code>{result.namespace}</code> ·{" "}
        <a href="#live-behind">how the calls travelled</a>
      </p>
    </div>
  );
}
