// Runs one journey step's scenario in a visitor's namespace and collects what it did.
import type { JourneyStep, UnhappyPath } from "@/lib/content/use-case-schema";
import type { UseCase } from "@/lib/content/use-cases";
import { PORTAL_CLIENT, callThroughIm, lastTraceId, traceSince, type CallResult } from "../client";
import { callAndTrace } from "../http";
import { REFUSED_ATTEMPTS, appFor } from "../im/clients";
import { callerName, memberKey, providerFor } from "../im/registry";
import { namespaceFaults, setFaults } from "../namespaces";
import type { TraceEntry } from "../trace";
import type { BbId } from "../types";
import { scenarioFor } from "./registry";
import { noteSwappedStep } from "./swap-evidence";
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
  const run = await runStepOnce(ns, uc, step, input, unhappyPath);
  // A vendor's product playing a BB failed: say so in words, instead of whatever the scenario made of it.
  const external = run.trace.find((t) => t.playedBy && t.status >= 500);
  if (external) {
    const message = (external.response.body as { message?: unknown } | null)?.message;
    run.outcome = {
      status: "error",
      summary: `This step stopped at ${external.playedBy}, which plays ${providerFor(external.provider as BbId).name.replace(" (mock)", "")} in your sandbox. ${typeof message === "string" ? message : `It answered ${external.status}.`} The portal's reference mock would have answered here; choose it again under "Who plays each part".`,
    };
  }
  noteSwappedStep(ns, uc, step, run.outcome, run.trace, unhappyPath);
  return run;
}

async function runStepOnce(ns: string, uc: UseCase, step: JourneyStep, input: StepInput, unhappyPath?: UnhappyPath): Promise<StepRun> {
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

  const makeContext = (forStep: JourneyStep, values: StepInput, flag?: string, caller = appCaller(uc.id, forStep.screen.actor)): ScenarioContext => ({
    ns,
    input: values,
    faults,
    unhappy: flag,
    call: async (bb, method, path, opts = {}) => {
      let res: CallResult;
      const from = opts.caller ?? caller;
      if (bb === "information-mediator") {
        // The IM's own services (pub/sub, directory) are not routed to a provider.
        const headers: Record<string, string> = { "content-type": "application/json", "information-mediator-client": from };
        const r = await callAndTrace(ns, "information-mediator", { method, path, query: opts.query ?? {}, headers, body: opts.body });
        res = { status: r.status, body: r.raw ?? r.body, headers: r.headers ?? {}, url: `/mock/ns/${ns}/information-mediator${path}` };
      } else {
        res = await callThroughIm({ ns, bb, method, path, ...opts, caller: from });
      }
      calls.push({ bb, method: method.toUpperCase(), path, status: res.status, caller: from });
      return res;
    },
    as: (bb) => makeContext(forStep, values, flag, memberKey(providerFor(bb))),
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
    const context = makeContext(step, { ...exampleInput(step), ...input }, unhappy);
    outcome = unhappy === "access-denied" ? await refusedAttempt(uc.id, context) : await scenarioFor(step.scenario.name)(context);
  } catch (error) {
    console.error("[journey] scenario failed:", error);
    outcome = { status: "error", summary: "The sandbox could not finish this step. Try Reset, then run it again." };
  }
  return { outcome, calls, notes, trace: traceSince(ns, before), ms: performance.now() - started };
}

/** The IM client of the application a persona uses; the portal's own client when the persona uses none. */
function appCaller(useCaseId: string, personaId: string): string {
  const app = appFor(useCaseId, personaId);
  return app ? memberKey({ memberClass: "GOV", memberCode: app.memberCode, subsystem: app.subsystem }) : PORTAL_CLIENT;
}

/**
 * The "refused by the access rights" unhappy path: an application calls a service it has no right to.
 * Nothing changes in the sandbox; the step reports the refusal and who was refused.
 */
async function refusedAttempt(useCaseId: string, s: ScenarioContext): Promise<StepOutcome> {
  const attempt = REFUSED_ATTEMPTS[useCaseId];
  if (!attempt) return { status: "error", summary: "This use case has no refused call to show." };
  const caller = appCaller(useCaseId, attempt.who);
  const res = await s.call(attempt.bb, attempt.method, attempt.path, { body: attempt.body, caller });
  if (res.status !== 403) {
    return { status: "error", summary: `The Information Mediator should have refused this call, but it answered ${res.status}. Reset the sandbox and try again.` };
  }
  return {
    status: "unhappy",
    summary: `The Information Mediator refused the call: the ${callerName(caller)} has no right to use ${providerFor(attempt.bb).name.replace(" (mock)", "")} for this. Nothing was read or changed.`,
  };
}
