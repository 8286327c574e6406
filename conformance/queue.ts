// The in-process background queue of conformance runs: runs never execute inside a request. A global
// concurrency limit, a time cap and a request cap per run; one run at a time per target is enforced
// when a run is queued (db/conformance.ts). One queue per process: this module is shared
// (scripts/shared-modules.mjs).
import { abandonInterruptedRuns, claimNextRun, failRun, finishRun, recordProgress } from "@/db/conformance";
import { guardedTransport, runSuite } from "./runner";
import { isBbId } from "@/sandbox/types";

const num = (v: string | undefined, fallback: number) => (Number.isFinite(Number(v)) && Number(v) > 0 ? Number(v) : fallback);

export const QUEUE_LIMITS = {
  concurrency: num(process.env.CONFORMANCE_CONCURRENCY, 2),
  maxDurationMs: num(process.env.CONFORMANCE_MAX_SECONDS, 120) * 1000,
  maxRequests: num(process.env.CONFORMANCE_MAX_REQUESTS, 1000),
  timeoutMs: num(process.env.CONFORMANCE_TIMEOUT_MS, 10_000),
};

const state = { running: 0, started: false };

/** Starts as many queued runs as the concurrency limit allows. Safe to call often; never throws. */
export function kickQueue(): void {
  if (!state.started) {
    state.started = true;
    try {
      abandonInterruptedRuns();
    } catch (error) {
      console.error("[conformance] could not clean up interrupted runs:", error);
    }
  }
  while (state.running < QUEUE_LIMITS.concurrency) {
    let next;
    try {
      next = claimNextRun();
    } catch (error) {
      console.error("[conformance] queue read failed:", error);
      return;
    }
    if (!next) return;
    state.running++;
    void execute(next).finally(() => {
      state.running--;
      kickQueue();
    });
  }
}

async function execute(run: { id: string; bbId: string; baseUrl: string; authorization?: string }): Promise<void> {
  try {
    if (!isBbId(run.bbId)) throw new Error(`No conformance suite for "${run.bbId}".`);
    let last = 0;
    const report = await runSuite({
      bb: run.bbId,
      baseUrl: run.baseUrl,
      authorization: run.authorization,
      transport: guardedTransport({ timeoutMs: QUEUE_LIMITS.timeoutMs }),
      maxDurationMs: QUEUE_LIMITS.maxDurationMs,
      maxRequests: QUEUE_LIMITS.maxRequests,
      onStart: (total) => recordProgress(run.id, 0, total),
      onProgress: (done, total) => {
        // At most a few writes a second, and always the last one.
        if (done === total || Date.now() - last > 250) {
          last = Date.now();
          recordProgress(run.id, done, total);
        }
      },
    });
    finishRun(run.id, report);
  } catch (error) {
    console.error(`[conformance] run ${run.id} failed:`, error);
    failRun(run.id, `The run could not complete: ${(error as Error).message}`);
  }
}
