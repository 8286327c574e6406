"use client";
import { useState } from "react";
import { ArchitectureDiagram, type DiagramBb } from "./architecture-diagram";
import type { RunStatus, TraceCall } from "./trace-labels";

/** The architecture picture with a button that draws the run's calls again, one by one. */
export function LiveArchitecture(props: {
  bbs: DiagramBb[];
  planned: string[];
  trace: TraceCall[];
  run: RunStatus | null;
  callerLabel: string;
  busy?: boolean;
}) {
  const [replay, setReplay] = useState(0);
  return (
    <figure>
      {/* Two drawings of the same picture; CSS shows one, so assistive technology meets one. */}
      <div className="hidden sm:block" data-testid="architecture-diagram">
        <ArchitectureDiagram key={replay} {...props} variant="ring" />
      </div>
      <div className="sm:hidden" data-testid="architecture-diagram-phone">
        <ArchitectureDiagram key={replay} {...props} variant="column" />
      </div>
      <figcaption className="mt-2 text-sm text-muted">
        {props.trace.length
          ? "Filled with a tick: took part in this run; the number is how many calls it answered. A cross marks a block that failed. Grey dashes: not used."
          : "Outlined: the blocks this step uses. Run the step and its calls are drawn here one by one."}
      </figcaption>
      {props.trace.length > 0 && (
        <button
          type="button"
          onClick={() => setReplay((n) => n + 1)}
          className="mt-2 rounded-sm border border-brand-700 px-3 py-1 text-sm font-semibold text-brand-700"
        >
          Draw the calls again
        </button>
      )}
    </figure>
  );
}
