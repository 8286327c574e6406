"use client";
// The journey player island: the actor's screen, the run button, unhappy paths, Reset, and
// "Behind the scenes" drawn from the real trace of the run.
import { useEffect, useRef, useState, type ReactNode } from "react";
import { BbMap } from "./bb-map";
import { Exchange } from "./exchange";
import { FaultNotice } from "./fault-notice";
import { Screen } from "./screen";
import { Sequence } from "./sequence";
import type { PlayerBb, PlayerField, PlayerPersona, PlayerUnhappy, RunResult } from "./types";

type Props = {
  children: ReactNode;
  useCaseId: string;
  step: number;
  screen: { kind: string; actor: string; title: string; action: string; fields: PlayerField[] };
  actors: PlayerPersona[];
  unhappy: PlayerUnhappy[];
  bbs: PlayerBb[];
};

type Values = Record<string, string | number | boolean>;

const STATUS_TEXT = { ok: "Done", unhappy: "The system handled a problem", error: "Something went wrong" } as const;

export function StepPlayer({ children, useCaseId, step, screen, actors, unhappy, bbs }: Props) {
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

  const used = new Set((result?.trace ?? []).map((e) => (e.via === "im" ? e.provider : "information-mediator")));
  if (result?.trace.some((e) => e.via === "im")) used.add("information-mediator");
  const errorList = Object.entries(errors);

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
                  <label key={a.id} className={`flex items-center gap-2 rounded-sm border px-2 py-1 ${persona === a.id ? "border-[var(--color-brand-700)] bg-[var(--color-brand-50)] font-semibold" : "border-[var(--color-line)]"}`}>
                    <input type="radio" name="persona" value={a.id} checked={persona === a.id} onChange={() => setPersona(a.id)} />
                    {a.name}
                  </label>
                ))}
              </div>
            </fieldset>
          )}
          {errorList.length > 0 && (
            <div ref={summaryRef} tabIndex={-1} role="alert" aria-labelledby="error-summary-title" className="mt-3 border-4 border-[var(--color-danger)] p-3">
              <h3 id="error-summary-title" className="font-bold">There is a problem</h3>
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
                <p className="mb-2 text-sm text-[var(--color-muted)]">Synthetic example data: change anything, then press “{screen.action}”.</p>
                <Screen kind={screen.kind} title={screen.title} fields={screen.fields} values={values} errors={errors} onChange={(name, v) => setValues((old) => ({ ...old, [name]: v }))} />
                <div className="mt-3 flex flex-wrap gap-3">
                  <button type="submit" aria-disabled={busy || undefined} className="rounded-sm bg-[var(--color-brand-700)] px-4 py-2 font-semibold text-white aria-disabled:opacity-60" data-testid="run-step">
                    {screen.action}
                  </button>
                  <button type="button" onClick={reset} aria-disabled={busy || undefined} className="rounded-sm border border-[var(--color-ink)] px-4 py-2 font-semibold aria-disabled:opacity-60">
                    Reset the sandbox
                  </button>
                </div>
              </form>
            ) : (
              <div className="rounded-md border border-[var(--color-line)] p-3">
                <p className="font-semibold">{viewing?.name}, {viewing ? viewing.role.charAt(0).toLowerCase() + viewing.role.slice(1) : ""}</p>
                <p className="mt-2">
                  {result ? `What reaches ${viewing?.name}: ${result.outcome.summary}` : `Nothing yet. ${screenActor?.name ?? "The main actor"} acts first: switch to ${screenActor?.name ?? "them"} and press “${screen.action}”.`}
                </p>
              </div>
            )}
          </div>
          <p role="status" aria-live="polite" data-testid="player-status" className={`mt-3 ${announce.tone === "error" ? "font-semibold text-[var(--color-danger)]" : ""}`}>
            {announce.text}
            {announce.tone === "done" && result ? (
              <>
                {" "}
                <a href="#live-behind">See what happened behind the scenes</a>.
              </>
            ) : null}
          </p>
          {unhappy.length > 0 && (
            <div className="mt-5">
              <h3 className="text-lg">Try what happens when…</h3>
              <ul className="mt-2 space-y-2">
                {unhappy.map((u) => (
                  <li key={u.fault}>
                    <button type="button" aria-disabled={busy || undefined} onClick={() => tryUnhappy(u)} className="w-full rounded-sm border-l-4 border-[var(--color-warn)] bg-[#fff8ef] px-3 py-2 text-left aria-disabled:opacity-60" data-testid={`unhappy-${u.fault}`}>
                      <span className="font-semibold">{u.trigger}</span>
                      <span className="block text-sm">Runs this step with the problem switched on, then puts your sandbox back as it was, so later steps are not affected.</span>
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
        {!result ? (
          <p className="mt-2">Press “{screen.action}” to run this step against the mock Building Blocks. Each real request and response will appear here.</p>
        ) : (
          <div className="mt-3 space-y-5" data-testid="run-result" data-status={result.outcome.status}>
            <div className={`rounded-md border-l-8 p-4 ${result.outcome.status === "ok" ? "border-[var(--color-ok)] bg-[#eef8f1]" : result.outcome.status === "unhappy" ? "border-[var(--color-warn)] bg-[#fff8ef]" : "border-[var(--color-danger)] bg-[#fdeeee]"}`}>
              <p className="font-bold">
                {result.outcome.status === "ok" ? "✓ " : "! "}
                {STATUS_TEXT[result.outcome.status]}
                {result.unhappy ? " (problem switched on for this run)" : ""}
              </p>
              <p className="mt-1" data-testid="outcome-summary">{result.outcome.summary}</p>
              {result.notes.map((n) => (
                <p key={n} className="mt-1 text-sm">{n}</p>
              ))}
              {result.outcome.records && Object.keys(result.outcome.records).length > 0 && (
                <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 text-sm" data-testid="records">
                  {Object.entries(result.outcome.records).filter(([, v]) => v).map(([k, v]) => (
                    <div key={k} className="contents">
                      <dt className="text-[var(--color-muted)]">{k}</dt>
                      <dd className="font-mono [overflow-wrap:anywhere]" data-record={k}>{v}</dd>
                    </div>
                  ))}
                </dl>
              )}
              <p className="mt-2 text-sm text-[var(--color-muted)]">
                {result.trace.length} calls in {result.serverMs} ms on the server · your sandbox: <code>{result.namespace}</code>
              </p>
            </div>
            <div className="grid gap-6 lg:grid-cols-[minmax(0,20rem)_1fr]">
              <div>
                <h3 className="text-lg">Building Blocks that took part</h3>
                <BbMap bbs={bbs} used={used} />
              </div>
              <div>
                <h3 className="text-lg">Sequence of calls</h3>
                <Sequence trace={result.trace} bbs={bbs} />
              </div>
            </div>
            <div>
              <h3 className="text-lg">Each request and response</h3>
              <div className="mt-2 space-y-2">
                {result.trace.map((e, i) => (
                  <Exchange key={e.id} entry={e} index={i} bbs={bbs} />
                ))}
              </div>
            </div>
          </div>
        )}
      </section>
    </>
  );
}
