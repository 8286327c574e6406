// "Works in a use case" evidence (#12): while a vendor's product plays a BB in a namespace, each step that
// uses that BB is noted; when every such step of the use case has passed, the run becomes evidence on the
// product's page. A step that fails at the product records a failed run, which only its vendor sees.
import type { JourneyStep, UnhappyPath } from "@/lib/content/use-case-schema";
import type { UseCase } from "@/lib/content/use-cases";
import { recordUseCaseEvidence } from "@/db/swap";
import { swapsOf, type Swap } from "../im/swap";
import { collection } from "../runtime/collection";
import type { TraceEntry } from "@/sandbox/trace";
import type { StepOutcome } from "./types";

/** `with`: targets of other swapped products that answered calls in the steps passed so far. */
type Progress = { passed: number[]; trace: TraceEntry[]; with?: string[] };

/** Trace entries kept per evidence record (the calls that crossed to the product). */
const MAX_HOPS = 200;

const progressOf = (ns: string) => collection<Progress>({ ns, bb: "information-mediator" }, "swap-progress");
const keyOf = (uc: UseCase, swap: Swap) => `${uc.id}>${swap.bb}>${swap.targetId}`;

/** Step numbers (1-based) of the use case that use `bb`. */
export function stepsUsing(uc: UseCase, bb: string): number[] {
  return uc.steps.flatMap((s, i) => (s.buildingBlocks.includes(bb) ? [i + 1] : []));
}

/** The first failed call that crossed to the product, in the IM's own words. */
function productFailure(hops: TraceEntry[]): string | undefined {
  const bad = hops.find((h) => h.status >= 500);
  if (!bad) return undefined;
  const body = bad.response.body as { message?: unknown; detail?: unknown } | null;
  const words = typeof body?.message === "string" ? body.message : typeof body?.detail === "string" ? body.detail : `answered ${bad.status}`;
  return `${bad.method} ${bad.path.split("?")[0]}: ${words}`;
}

/**
 * Notes a finished step for every product swapped into the namespace. Unhappy paths are demonstrations,
 * not evidence, and are skipped. Returns the evidence ids written (for tests).
 */
export function noteSwappedStep(ns: string, uc: UseCase, step: JourneyStep, outcome: StepOutcome, trace: TraceEntry[], unhappyPath?: UnhappyPath): string[] {
  if (unhappyPath) return [];
  const written: string[] = [];
  const number = uc.steps.indexOf(step) + 1;
  for (const swap of swapsOf(ns)) {
    const needed = stepsUsing(uc, swap.bb);
    if (!needed.includes(number)) continue;
    const hops = trace.filter((t) => t.playedBy === swap.productName && t.provider === swap.bb);
    const progress = progressOf(ns).get(keyOf(uc, swap)) ?? { passed: [], trace: [] };
    const failed = productFailure(hops);
    if (failed || outcome.status === "error") {
      const id = recordUseCaseEvidence({
        targetId: swap.targetId,
        useCaseId: uc.id,
        status: "failed",
        steps: [number],
        reason: failed ?? outcome.summary,
        trace: [...progress.trace, ...hops].slice(-MAX_HOPS),
      });
      if (id) written.push(id);
      progressOf(ns).delete(keyOf(uc, swap));
      continue;
    }
    if (outcome.status !== "ok") continue;
    // Other products that answered in this step ran in the same journey as this one (the works-with pairs).
    const others = swapsOf(ns)
      .filter((o) => o.targetId !== swap.targetId && trace.some((t) => t.playedBy === o.productName && t.provider === o.bb))
      .map((o) => o.targetId);
    const next: Progress = {
      passed: [...new Set([...progress.passed, number])].sort((a, b) => a - b),
      trace: [...progress.trace, ...hops].slice(-MAX_HOPS),
      with: [...new Set([...(progress.with ?? []), ...others])],
    };
    if (needed.every((n) => next.passed.includes(n)) && next.trace.length > 0) {
      const id = recordUseCaseEvidence({
        targetId: swap.targetId,
        useCaseId: uc.id,
        status: "passed",
        steps: needed,
        trace: next.trace,
        alongsideTargets: next.with,
      });
      if (id) written.push(id);
      progressOf(ns).delete(keyOf(uc, swap));
    } else {
      progressOf(ns).put(keyOf(uc, swap), next);
    }
  }
  return written;
}
