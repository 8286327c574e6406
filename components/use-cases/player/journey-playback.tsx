"use client";
// "Play the whole journey": runs every step of a use case in order against the sandbox, with a short
// narration per step. Pause, step back, step forward and replay; the narration is announced politely.
import { useEffect, useRef, useState } from "react";
import type { Faults } from "@/sandbox/types";
import { FaultNotice } from "./fault-notice";
import { beatsOf, PACES, type Beat, type Pace, type PlaybackStep } from "./playback-beats";
import type { PlayerBb } from "./types";

type BeatResult = { status: "ok" | "unhappy" | "error"; summary: string; notes: string[]; calls: number };
type Mode = "idle" | "playing" | "stepping" | "paused" | "done";

type Props = { useCaseId: string; steps: PlaybackStep[]; bbs: PlayerBb[] };

const STATUS = {
  ok: { label: "Done", mark: "✓", box: "border-ok bg-outcome-ok" },
  unhappy: { label: "A problem, handled", mark: "!", box: "border-warn bg-outcome-unhappy" },
  error: { label: "Could not finish", mark: "✗", box: "border-error bg-outcome-error" },
} as const;

const button = "rounded-sm px-4 py-2 font-semibold aria-disabled:opacity-60";
const primary = `${button} bg-brand-700 text-white`;
const secondary = `${button} border border-ink bg-white`;

export function JourneyPlayback({ useCaseId, steps, bbs }: Props) {
  const [withProblems, setWithProblems] = useState(false);
  const [pace, setPace] = useState<Pace>("normal");
  const [mode, setModeState] = useState<Mode>("idle");
  const [pos, setPos] = useState(0);
  const [results, setResults] = useState<(BeatResult | undefined)[]>([]);
  const [running, setRunning] = useState(false);
  const [faults, setFaults] = useState<Faults | undefined>();
  const beats = beatsOf(steps, withProblems);
  const beat = beats[pos]!;
  const result = results[pos];
  const cardRef = useRef<HTMLElement>(null);
  // Timers and async runs read the latest values through refs (they outlive the render that started them).
  const live = useRef({ mode: "idle" as Mode, pos: 0, pace: "normal" as Pace, beats, timer: undefined as ReturnType<typeof setTimeout> | undefined });
  useEffect(() => {
    live.current.beats = beats;
    live.current.pace = pace;
  });
  useEffect(() => () => clearTimeout(live.current.timer), []);

  function setMode(m: Mode) {
    live.current.mode = m;
    setModeState(m);
  }

  function stopTimer() {
    clearTimeout(live.current.timer);
    live.current.timer = undefined;
  }

  async function runBeat(b: Beat): Promise<BeatResult> {
    try {
      const res = await fetch(`/api/use-cases/${useCaseId}/steps/${b.step}/run`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(b.fault ? { unhappy: b.fault } : {}),
      });
      const body = await res.json();
      if (!res.ok) throw new Error(body.message ?? `HTTP ${res.status}`);
      setFaults(body.faults);
      return { status: body.outcome.status, summary: body.outcome.summary, notes: body.notes ?? [], calls: body.trace?.length ?? 0 };
    } catch (error) {
      return { status: "error", summary: `The step could not run (${(error as Error).message}). Press “Play on” to try again.`, notes: [], calls: 0 };
    }
  }

  /** Runs beat i live, shows its result, then (when playing) waits for the reading time and moves on. */
  async function runAt(i: number) {
    live.current.pos = i;
    setPos(i);
    setRunning(true);
    const r = await runBeat(live.current.beats[i]!);
    setResults((old) => {
      const next = [...old];
      next[i] = r;
      return next;
    });
    setRunning(false);
    if (live.current.mode === "stepping") setMode("paused");
    else if (live.current.mode === "playing") {
      if (r.status === "error") setMode("paused");
      else scheduleNext();
    }
  }

  function scheduleNext() {
    const wait = PACES[live.current.pace].ms;
    if (wait === null) return setMode("paused");
    stopTimer();
    live.current.timer = setTimeout(() => {
      if (live.current.mode !== "playing") return;
      const next = live.current.pos + 1;
      if (next >= live.current.beats.length) setMode("done");
      else void runAt(next);
    }, wait);
  }

  function reveal() {
    const reduce = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    cardRef.current?.scrollIntoView({ block: "nearest", behavior: reduce ? "auto" : "smooth" });
  }

  function play() {
    if (running) return;
    if (mode === "done") return replay();
    setMode("playing");
    reveal();
    if (results[pos]) scheduleNext();
    else void runAt(pos);
  }

  function pause() {
    stopTimer();
    setMode("paused");
  }

  function replay() {
    if (running) return;
    stopTimer();
    setResults([]);
    setMode("playing");
    reveal();
    void runAt(0);
  }

  function goTo(i: number) {
    if (i < 0 || i >= beats.length || running) return;
    stopTimer();
    // Steps after the one we go to run again, live, when the visitor plays on.
    setResults((old) => old.slice(0, Math.min(old.length, i + 1)));
    if (results[i]) {
      live.current.pos = i;
      setPos(i);
      setMode("paused");
    } else {
      setMode("stepping");
      void runAt(i);
    }
  }

  function changeProblems(on: boolean) {
    if (running) return;
    stopTimer();
    setWithProblems(on);
    setResults([]);
    live.current.pos = 0;
    setPos(0);
    setMode("idle");
  }

  const playing = mode === "playing";
  const doneCount = results.filter(Boolean).length;
  const stepLabel = `Step ${beat.step} of ${steps.length}: ${beat.title}`;

  return (
    <div className="mt-6 space-y-5">
      <FaultNotice bbs={bbs} latest={faults} heading="h2" />
      <fieldset className="space-y-3 rounded-md border border-line p-4">
        <legend className="px-1 font-semibold">How to play it</legend>
        <label className="flex items-start gap-2">
          <input type="checkbox" className="mt-1.5" checked={withProblems} onChange={(e) => changeProblems(e.target.checked)} data-testid="with-problems" />
          <span>
            Show what can go wrong first
            <span className="block text-sm text-muted">
              Before each step, try its problems (a refused consent, a failed payment…), then the normal story. The problems are kept apart and never spoil
              later steps.
            </span>
          </span>
        </label>
        <label className="flex flex-wrap items-center gap-2">
          Time to read each step
          <select value={pace} onChange={(e) => setPace(e.target.value as Pace)} className="rounded-sm border border-ink bg-white px-2 py-1" data-testid="pace">
            {Object.entries(PACES).map(([k, p]) => (
              <option key={k} value={k}>
                {p.label}
              </option>
            ))}
          </select>
        </label>
      </fieldset>

      <div className="flex flex-wrap gap-3" role="group" aria-label="Playback controls">
        {playing ? (
          <button type="button" className={primary} onClick={pause} data-testid="pause">
            Pause
          </button>
        ) : (
          <button type="button" className={primary} onClick={play} data-testid="play">
            {mode === "idle" ? "Play the whole journey" : mode === "done" ? "Play it again" : "Play on"}
          </button>
        )}
        <button type="button" className={secondary} onClick={() => goTo(pos - 1)} aria-disabled={pos === 0 || running || undefined} data-testid="back">
          ← Step back
        </button>
        <button
          type="button"
          className={secondary}
          onClick={() => goTo(pos + 1)}
          aria-disabled={pos + 1 >= beats.length || running || undefined}
          data-testid="forward"
        >
          Step forward →
        </button>
        {mode !== "idle" && (
          <button type="button" className={secondary} onClick={replay} aria-disabled={running || undefined} data-testid="replay">
            Replay from the start
          </button>
        )}
      </div>

      <div aria-hidden="true" className="h-2 w-full overflow-hidden rounded-sm bg-line">
        <div
          className="h-full bg-brand-700 motion-safe:transition-[width] motion-safe:duration-500"
          style={{ width: `${(doneCount / beats.length) * 100}%` }}
        />
      </div>

      <section
        ref={cardRef}
        aria-labelledby="now-title"
        className="rounded-md border border-line p-4 sm:p-6"
        data-testid="now"
        data-beat={pos}
        data-mode={mode}
      >
        <p className="text-sm text-muted">
          {beat.fault ? "What can go wrong · " : ""}
          {mode === "idle" ? "Ready" : mode === "done" ? "The end" : playing ? "Playing" : "Paused"} · {doneCount} of {beats.length} played
        </p>
        <h2 id="now-title" className="mt-1 text-2xl">
          {stepLabel}
        </h2>
        {/* Announced politely: the narration when a step starts, then what happened. */}
        <div aria-live="polite" data-testid="narration">
          <p className="mt-2 text-lg">
            <span className="sr-only">{stepLabel}. </span>
            {beat.fault ? `What if: ${beat.trigger}` : beat.narration}
          </p>
          {running && <p className="mt-2">Running it in the sandbox…</p>}
          {result && (
            <div className={`mt-3 rounded-md border-l-8 p-3 ${STATUS[result.status].box}`} data-testid="beat-result" data-status={result.status}>
              <p className="font-bold">
                <span aria-hidden="true">{STATUS[result.status].mark} </span>
                {STATUS[result.status].label}
              </p>
              <p className="mt-1">{result.summary}</p>
            </div>
          )}
        </div>
        {result && (
          <>
            {result.notes.map((n) => (
              <p key={n} className="mt-1 text-sm">
                {n}
              </p>
            ))}
            <p className="mt-2 text-sm text-muted">
              {result.calls} calls between Building Blocks · <a href={`/use-cases/${useCaseId}/steps/${beat.step}`}>Open step {beat.step} to see every call</a>
            </p>
          </>
        )}
        {mode === "done" && (
          <p className="mt-3 font-semibold" data-testid="journey-done">
            That is the whole journey. Press “Play it again” to replay it.
          </p>
        )}
      </section>

      <section aria-labelledby="all-steps">
        <h2 id="all-steps" className="text-xl">
          The journey, step by step
        </h2>
        <ol className="mt-2 space-y-1">
          {beats.map((b, i) => {
            const r = results[i];
            return (
              <li key={`${b.step}-${b.fault ?? "normal"}`}>
                <button
                  type="button"
                  onClick={() => goTo(i)}
                  aria-current={i === pos ? "step" : undefined}
                  aria-disabled={running || undefined}
                  className={`w-full rounded-sm px-2 py-1 text-left aria-[current=step]:bg-brand-50 aria-[current=step]:font-semibold ${b.fault ? "pl-6" : ""}`}
                  data-testid="beat"
                  data-kind={b.fault ? "problem" : "normal"}
                  data-status={r?.status ?? "pending"}
                >
                  <span className="inline-block w-6" aria-hidden="true">
                    {r ? STATUS[r.status].mark : "·"}
                  </span>
                  {b.fault ? `What if: ${b.trigger}` : `${b.step}. ${b.title}`}
                  <span className="sr-only">{r ? ` (${STATUS[r.status].label})` : " (not played yet)"}</span>
                </button>
              </li>
            );
          })}
        </ol>
      </section>
    </div>
  );
}
