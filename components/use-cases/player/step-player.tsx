"use client";
// The journey player island: the actor's screen, the run button, unhappy paths, Reset, and
// "Behind the scenes" drawn from the real trace of the run.
import { useEffect, useRef, useState, type ReactNode } from "react";
import { LiveArchitecture } from "../live-architecture";
import { SequenceDiagram } from "../sequence-diagram";
import { DeviceFrame } from "../screens/device-frame";
import { deviceFor } from "../screens/device";
import { OtherSide } from "../screens/other-side";
import { RunOutcome, STATUS_TEXT } from "./run-outcome";
import { Exchange } from "./exchange";
import { FaultNotice } from "./fault-notice";
import { Screen } from "./screen";
import type { PlayerBb, PlayerField, PlayerPersona, PlayerUnhappy, RunResult } from "./types";

type Props = {
  children: ReactNode;
  useCaseId: string;
  step: number;
  screen: { kind: string; actor: string; title: string; action: string; fields: PlayerField[] };
  actors: PlayerPersona[];
  unhappy: PlayerUnhappy[];
  bbs: PlayerBb[];
  /** The step's title and the BBs it is designed to use (outlined in the architecture picture before a run). */
  stepTitle?: string;
  stepBbs?: string[];
};

type Values = Record<string, string | number | boolean>;

export function StepPlayer({ children, useCaseId, step, screen, actors, unhappy, bbs, stepTitle = screen.title, stepBbs = [] }: Props) {
  const initial = Object.fromEntries(screen.fields.map((f) => [f.name, f.example])) as Values;
  const [values, setValues] = useState<Values>(initial);
  const [persona, setPersona] = useState(screen.actor);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<RunResult | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  // Shown under the buttons and announced: what the last action did (buttons keep focus, so the message comes to the person).
  const [announce, setAnnounce] = useState<{ text: string; tone: "info" | "done" | "error" }>({ text: "", tone: "info" });
  const summaryRef = useRef<HTMLDivElement>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);
  // GOV.UK error summary: focus it once it is on screen, and prefix the page title while it shows.
  useEffect(() => {
    if (!Object.keys(errors).length) return;
    summaryRef.current?.focus();
    const title = document.title;
    document.title = `Error: ${title}`;
    return () => {
      document.title = title;
    };
  }, [errors]);
  // On a phone the outcome sits below a long screen: bring each new one into view (instantly for reduced motion).
  useEffect(() => {
    if (!result) return;
    const smooth = !window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    outcomeRef.current?.scrollIntoView({ block: "nearest", behavior: smooth ? "smooth" : "auto" });
  }, [result]);
  const screenActor = actors.find((a) => a.id === screen.actor);
  const viewing = actors.find((a) => a.id === persona) ?? screenActor;

  async function run(fault?: string) {
    // aria-disabled, not disabled: a disabled button drops keyboard focus to the page body.
    if (busy) return;
    setBusy(true);
    setErrors({});
    setAnnounce({ text: fault ? "Running the step with the problem switched on…" : "Running the step…", tone: "info" });
    try {
      const input: Values = {};
      for (const f of screen.fields) if (f.type !== "readonly") input[f.name] = values[f.name]!;
      const res = await fetch(`/api/use-cases/${useCaseId}/steps/${step}/run`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ input, ...(fault ? { unhappy: fault } : {}) }),
      });
      const body = await res.json();
      if (res.status === 400 && Array.isArray(body.issues)) {
        const byField: Record<string, string> = {};
        for (const i of body.issues as { field: string; message: string }[]) byField[i.field.replace(/^input\./, "")] = i.message;
        setErrors(byField);
        // The error summary takes focus and is announced as an alert; no second message here.
        setAnnounce({ text: "", tone: "info" });
        return;
      }
      if (!res.ok) throw new Error(body.message ?? `HTTP ${res.status}`);
      setResult(body as RunResult);
      const done = body as RunResult;
      setAnnounce({ text: `${STATUS_TEXT[done.outcome.status]}. ${done.outcome.summary} ${done.trace.length} calls were made.`, tone: "done" });
    } catch (error) {
      setAnnounce({ text: `The step could not run (${(error as Error).message}). Try again, or reset the sandbox.`, tone: "error" });
    } finally {
      setBusy(false);
    }
  }

  async function tryUnhappy(u: PlayerUnhappy) {
    if (busy) return;
    await run(u.fault);
    requestAnimationFrame(() => resultRef.current?.focus());
  }

  async function reset() {
    if (busy) return;
    setBusy(true);
    setErrors({});
    try {
      const res = await fetch("/api/sandbox/reset", { method: "POST", headers: { "Content-Type": "application/json" }, body: "{}" });
      if (res.ok) {
        setResult(null);
        setValues(initial);
      }
      setAnnounce(
        res.ok
          ? { text: "The sandbox is reset: your private copy of the data is back to the start, and the form shows the example again.", tone: "done" }
          : { text: "The sandbox could not be reset. Try again in a moment.", tone: "error" },
      );
    } catch {
      setAnnounce({ text: "The sandbox could not be reset: the portal did not answer. Try again in a moment.", tone: "error" });
    } finally {
      setBusy(false);
    }
  }

  const errorList = Object.entries(errors);
  const titles = Object.fromEntries(bbs.map((b) => [b.id, b.title]));
  const callerLabel = `${screenActor?.name ?? "The"}'s ${screen.kind === "ussd" || screen.kind === "sms" ? "phone" : screen.kind === "app" ? "app" : "screen"}`;

  return (
    <>
      <div className="mt-6 grid gap-8 lg:grid-cols-2">
        {children}
        <section aria-labelledby="screen" id="live-step">
          <h2 id="screen" className="text-2xl">
            What {viewing?.name ?? "the actor"} sees
          </h2>
          <FaultNotice bbs={bbs} latest={result?.faults} />
          {actors.length > 1 && (
            <fieldset className="mt-3">
              <legend className="text-sm font-semibold">View the step as</legend>
              <div className="mt-1 flex flex-wrap gap-2">
                {actors.map((a) => (
                  <label
                    key={a.id}
                    className={`flex items-center gap-2 rounded-sm border px-2 py-1 ${persona === a.id ? "border-brand-700 bg-brand-50 font-semibold" : "border-line"}`}
                  >
                    <input type="radio" name="persona" value={a.id} checked={persona === a.id} onChange={() => setPersona(a.id)} />
                    {a.name}
                  </label>
                ))}
              </div>
            </fieldset>
          )}
          {errorList.length > 0 && (
            <div ref={summaryRef} tabIndex={-1} role="alert" aria-labelledby="error-summary-title" className="mt-3 border-4 border-error p-3">
              <h3 id="error-summary-title" className="font-bold">
                There is a problem
              </h3>
              <ul className="mt-1 list-disc pl-5">
                {errorList.map(([name, message]) => (
                  <li key={name}>
                    <a href={`#field-${name}`}>{message}</a>
                  </li>
                ))}
              </ul>
            </div>
          )}
          <div className="mt-3">
            {persona === screen.actor ? (
              <form
                onSubmit={(e) => {
                  e.preventDefault();
                  void run();
                }}
              >
                <p className="mb-2 text-sm text-muted">Synthetic example data: change anything, then press “{screen.action}”.</p>
                <DeviceFrame device={deviceFor(screen.kind, screenActor?.device)} owner={screenActor?.name ?? "The actor"} app={screen.title}>
                  <Screen
                    kind={screen.kind}
                    title={screen.title}
                    fields={screen.fields}
                    values={values}
                    errors={errors}
                    onChange={(name, v) => setValues((old) => ({ ...old, [name]: v }))}
                  />
                  <button
                    type="submit"
                    aria-disabled={busy || undefined}
                    className="mt-3 w-full rounded-sm bg-brand-700 px-4 py-2 font-semibold text-white aria-disabled:opacity-60 sm:w-auto"
                    data-testid="run-step"
                  >
                    {screen.action}
                  </button>
                </DeviceFrame>
                <div className="mt-3 flex flex-wrap gap-3">
                  <button
                    type="button"
                    onClick={reset}
                    aria-disabled={busy || undefined}
                    className="rounded-sm border border-ink px-4 py-2 font-semibold aria-disabled:opacity-60"
                  >
                    Reset the sandbox
                  </button>
                </div>
              </form>
            ) : (
              <OtherSide
                viewer={viewing ?? { name: "", role: "" }}
                actorName={screenActor?.name ?? "The main actor"}
                action={screen.action}
                stepTitle={stepTitle}
                outcome={result?.outcome ?? null}
              />
            )}
          </div>
          <p role="status" aria-live="polite" data-testid="player-status" className={`mt-3 ${announce.tone === "error" ? "font-semibold text-error" : ""}`}>
            {announce.text}
            {announce.tone === "done" && result ? (
              <>
                {" "}
                <a href="#live-behind">See what happened behind the scenes</a>.
              </>
            ) : null}
          </p>
          {result && <RunOutcome ref={outcomeRef} result={result} />}
          {unhappy.length > 0 && (
            <div className="mt-5">
              <h3 className="text-lg">Try what happens when…</h3>
              <ul className="mt-2 space-y-2">
                {unhappy.map((u) => (
                  <li key={u.fault}>
                    <button
                      type="button"
                      aria-disabled={busy || undefined}
                      onClick={() => tryUnhappy(u)}
                      className="w-full rounded-sm border-l-4 border-warn bg-outcome-unhappy px-3 py-2 text-left aria-disabled:opacity-60"
                      data-testid={`unhappy-${u.fault}`}
                    >
                      <span className="font-semibold">{u.trigger}</span>
                      <span className="block text-sm">
                        Runs this step with the problem switched on, then puts your sandbox back as it was, so later steps are not affected.
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </section>
      </div>

      <section aria-labelledby="live-behind" className="mt-10">
        <h2 id="live-behind" ref={resultRef} tabIndex={-1} className="text-2xl">
          Behind the scenes: your run
        </h2>
        <div className="mt-3 grid gap-6 lg:grid-cols-[minmax(0,30rem)_1fr]">
          <div>
            <h3 className="text-lg">The Building Blocks in this step</h3>
            <LiveArchitecture
              bbs={bbs.map((b) => ({ id: b.id, title: b.title, label: b.label ?? b.title }))}
              planned={stepBbs}
              trace={result?.trace ?? []}
              run={result?.outcome.status ?? null}
              callerLabel={callerLabel}
              busy={busy}
            />
          </div>
          <div className="min-w-0">
            <h3 className="text-lg">Each request and response</h3>
            {result ? (
              <div className="mt-2 space-y-2">
                {result.trace.map((e, i) => (
                  <Exchange key={e.id} entry={e} index={i} bbs={bbs} run={result.outcome.status} />
                ))}
              </div>
            ) : (
              <p className="mt-2">
                Press “{screen.action}” to run this step against the mock Building Blocks. Each real request and response will appear here, drawn in the picture
                and in a sequence diagram.
              </p>
            )}
          </div>
        </div>
        {result && (
          <div className="mt-6">
            <h3 className="text-lg">Sequence of calls</h3>
            <SequenceDiagram trace={result.trace} titles={titles} callerLabel={callerLabel} run={result.outcome.status} />
          </div>
        )}
      </section>
    </>
  );
}
