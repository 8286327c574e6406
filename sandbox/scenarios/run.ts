// Runs one journey step's scenario in a visitor's namespace and collects what it did.
import type { JourneyStep, UnhappyPath } from "@/lib/content/use-case-schema";
import type { UseCase } from "@/lib/content/use-cases";
import { PORTAL_CLIENT, callThroughIm, lastTraceId, traceSince, type CallResult } from "../client";
import { callAndTrace } from "../http";
import { namespaceFaults, setFaults } from "../namespaces";
import type { TraceEntry } from "../trace";
import { scenarioFor } from "./registry";
import { faultsFor } from "./unhappy";
import type { MadeCall, ScenarioContext, StepInput, StepOutcome } from "./types";

export type StepRun = {
  outcome: StepOutcome;
  /** Every call the scenario made, in order (prerequisites included). */
  calls: MadeCall[];
  notes: string[];
  /** Trace entries this run recorded, oldest first. */
  trace: TraceEntry[];
  /** Server time of the whole step, in milliseconds. */
  ms: number;
};

/** The step's example values, as the screen shows them before the visitor edits anything. */
export function exampleInput(step: JourneyStep): StepInput {
  return Object.fromEntries(step.screen.fields.map((f) => [f.name, f.example]));
}

/**
 * Runs the scenario of a step: the real calls through the Information Mediator, honouring the
 * namespace's faults. Missing prerequisites (e.g. no registration yet) are created first.
 * With an unhappy path, its fault switches are on for this run only and its values fill the screen.
 */
export async function runStep(ns: string, uc: UseCase, step: JourneyStep, input: StepInput, unhappyPath?: UnhappyPath): Promise<StepRun> {
  const saved = namespaceFaults(ns);
  if (!unhappyPath) return runWith(ns, uc, step, input, saved);
  setFaults(ns, { ...saved, ...faultsFor(unhappyPath) });
  try {
    return await runWith(ns, uc, step, { ...input, ...unhappyPath.input }, namespaceFaults(ns), unhappyPath.fault);
  } finally {
    setFaults(ns, saved);
  }
}

async function runWith(ns: string, uc: UseCase, step: JourneyStep, input: StepInput, faults: ReturnType<typeof namespaceFaults>, unhappy?: string): Promise<StepRun> {
  const started = performance.now();
  const before = lastTraceId(ns);
  const calls: MadeCall[] = [];
  const notes: string[] = [];
  const running = new Set<string>();

  const makeContext = (forStep: JourneyStep, values: StepInput, flag?: string): ScenarioContext => ({
    ns,
    input: values,
    faults,
    unhappy: flag,
    call: async (bb, method, path, opts = {}) => {
      let res: CallResult;
      if (bb === "information-mediator") {
        // The IM's own services (pub/sub, directory) are not routed to a provider.
        const headers: Record<string, string> = { "content-type": "application/json", "information-mediator-client": opts.caller ?? PORTAL_CLIENT };
        const r = await callAndTrace(ns, "information-mediator", { method, path, query: opts.query ?? {}, headers, body: opts.body });
        res = { status: r.status, body: r.raw ?? r.body, headers: r.headers ?? {}, url: `/mock/ns/${ns}/information-mediator${path}` };
      } else {
        res = await callThroughIm({ ns, bb, method, path, ...opts });
      }
      calls.push({ bb, method: method.toUpperCase(), path, status: res.status });
      return res;
    },
    note: (text) => notes.push(text),
    prerequisite: async (stepId) => {
      const pre = uc.steps.find((s) => s.id === stepId);
      if (!pre || running.has(stepId)) return;
      running.add(stepId);
      notes.push(`First ran “${pre.title}” with its example values, because this step needs it.`);
      await scenarioFor(pre.scenario.name)(makeContext(pre, exampleInput(pre)));
    },
  });

  running.add(step.id);
  let outcome: StepOutcome;
  try {
    outcome = await scenarioFor(step.scenario.name)(makeContext(step, { ...exampleInput(step), ...input }, unhappy));
  } catch (error) {
    console.error("[journey] scenario failed:", error);
    outcome = { status: "error", summary: "The sandbox could not finish this step. Try Reset, then run it again." };
  }
  return { outcome, calls, notes, trace: traceSince(ns, before), ms: performance.now() - started };
}
