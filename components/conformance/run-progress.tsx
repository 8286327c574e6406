"use client";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";

type Progress = { status: string; progressDone: number; progressTotal: number };

/** Live progress of a queued or running run: polls once a second, reloads the page when it ends. */
export function RunProgress({ runId, initial }: { runId: string; initial: Progress }) {
  const router = useRouter();
  const [p, setP] = useState(initial);
  useEffect(() => {
    let stopped = false;
    const timer = setInterval(async () => {
      try {
        const res = await fetch(`/api/conformance/runs/${runId}`, { cache: "no-store" });
        if (!res.ok || stopped) return;
        const next = (await res.json()) as Progress;
        setP(next);
        if (next.status === "finished" || next.status === "error") {
          clearInterval(timer);
          router.refresh();
        }
      } catch {
        // try again on the next tick
      }
    }, 1000);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [runId, router]);
  const label =
    p.status === "queued"
      ? "Waiting in the queue"
      : p.status === "running"
        ? `Running: ${p.progressDone} of ${p.progressTotal || "?"} checks done`
        : p.status === "finished"
          ? "Finished"
          : "Stopped";
  return (
    <div className="mt-4 max-w-xl">
      <label htmlFor="run-progress" className="font-semibold">
        Progress
      </label>
      <progress id="run-progress" className="mt-1 block h-4 w-full" max={Math.max(1, p.progressTotal)} value={p.progressDone} />
      <p role="status" aria-live="polite" className="mt-1" data-testid="run-status">
        {label}
      </p>
    </div>
  );
}
