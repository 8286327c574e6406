// Runs one journey step's scenario in a visitor's namespace and collects what it did.
import type { JourneyStep, UnhappyPath } from "@/lib/content/use-case-schema";
import type { UseCase } from "@/lib/content/use-cases";
import { PORTAL_CLIENT, callThroughIm, lastTraceId, traceSince, type CallResult } from "../client";
import { callAndTrace } from "../http";
import { REFUSED_ATTEMPTS, appFor } from "../im/clients";
import { callerName, memberKey, providerFor } from "../im/registry";
import { getRecord, putRecord, restoreRecords, snapshotRecords } from "@/db/sandbox";
import { namespaceFaults, setFaults } from "@/sandbox/namespaces";
import type { Faults } from "../types";
import type { TraceEntry } from "@/sandbox/trace";
import type { BbId } from "../types";
import { scenarioFor } from "./registry";
import { noteSwappedStep } from "./swap-evidence";
import { explainOutcome } from "./explain";
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
 *
 * With an unhappy path, its fault switches are on for this run only and its values fill the screen,
 * and the run is kept apart: afterwards the namespace's records are put back as they were (the trace
 * stays), so a refused consent or a failed payment never poisons later steps. Later steps say so.
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
  const tries = triedPaths(ns, uc.id);
  if (!unhappyPath) {
    const run = await runWith(ns, uc, step, input, saved);
    // A normal run of the step replaces any earlier try of it; tries at earlier steps are still worth a word.
    const earlier = tries.filter((t) => t.step !== step.id && stepIndex(uc, t.step) < stepIndex(uc, step.id));
    for (const t of earlier)
      run.notes.push(
        `Earlier you tried “${t.trigger}” at step ${stepIndex(uc, t.step) + 1}. That try was kept apart: it changed nothing this step uses, so the story carries on as normal.`,
      );
    if (tries.some((t) => t.step === step.id))
      rememberTries(
        ns,
        uc.id,
        tries.filter((t) => t.step !== step.id),
      );
    return run;
  }
  const snapshot = snapshotRecords(ns);
  setFaults(ns, { ...saved, ...faultsFor(unhappyPath) });
  try {
    const run = await runWith(ns, uc, step, { ...input, ...unhappyPath.input }, saved, unhappyPath.fault);
    run.notes.push("This try is kept apart: once it has run, your sandbox is put back as it was, so the next steps carry on with the normal story.");
    return run;
  } finally {
    setFaults(ns, saved);
    restoreRecords(ns, snapshot);
    rememberTries(ns, uc.id, [
      ...tries.filter((t) => !(t.step === unhappyPath.step && t.fault === unhappyPath.fault)),
      { step: unhappyPath.step, fault: unhappyPath.fault, trigger: unhappyPath.trigger },
    ]);
  }
}

type Try = { step: string; fault: string; trigger: string };
const stepIndex = (uc: UseCase, id: string) => uc.steps.findIndex((s) => s.id === id);

/** Unhappy paths the visitor tried in this namespace (kept with the portal's own records, not a BB's). */
function triedPaths(ns: string, useCaseId: string): Try[] {
  return getRecord<{ tries: Try[] }>(ns, "portal", "journey-tries", useCaseId)?.tries ?? [];
}

function rememberTries(ns: string, useCaseId: string, tries: Try[]) {
  putRecord(ns, "portal", "journey-tries", useCaseId, { tries });
}

/** Runs the scenario; `own` are the namespace's own fault switches (an unhappy path's come on top of them). */
async function runWith(ns: string, uc: UseCase, step: JourneyStep, input: StepInput, own: Faults, unhappy?: string): Promise<StepRun> {
  const faults = namespaceFaults(ns);
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
      // A prerequisite is the normal story: an unhappy path's switches are off while it runs.
      if (unhappy) setFaults(ns, own);
      try {
        await scenarioFor(pre.scenario.name)(makeContext(pre, exampleInput(pre)));
      } finally {
        if (unhappy) setFaults(ns, faults);
      }
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
  const explained = explainOutcome(outcome, calls, own);
  return { outcome: explained.outcome, calls, notes: [...explained.notes, ...notes], trace: traceSince(ns, before), ms: performance.now() - started };
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
    return {
      status: "error",
      summary: `The Information Mediator should have refused this call, but it answered ${res.status}. Reset the sandbox and try again.`,
    };
  }
  return {
    status: "unhappy",
    summary: `The Information Mediator refused the call: the ${callerName(caller)} has no right to use ${providerFor(attempt.bb).name.replace(" (mock)", "")} for this. Nothing was read or changed.`,
  };
}
