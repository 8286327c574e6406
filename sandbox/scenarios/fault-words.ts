// The sandbox's fault switches in plain words (shared by the run endpoint and the player's notice).
import type { Faults } from "../types";

/** One switched-on fault, as a visitor reads it. */
export type FaultInWords = { key: string; text: string };

/**
 * What each switched-on fault does, in plain words ("Payments is down"); [] when none is on.
 * @param titleOf the display name of a Building Block id
 */
export function describeFaults(faults: Faults, titleOf: (bb: string) => string): FaultInWords[] {
  const out: FaultInWords[] = [];
  for (const bb of faults.down ?? []) out.push({ key: `down-${bb}`, text: `${titleOf(bb)} is down: it answers every call with “503 Service unavailable”.` });
  for (const [bb, ms] of Object.entries(faults.slow ?? {}))
    out.push({ key: `slow-${bb}`, text: `${titleOf(bb)} is slowed down by ${((ms ?? 0) / 1000).toLocaleString("en")} s per call.` });
  if (faults.identityMismatch) out.push({ key: "identityMismatch", text: "Identity checks fail: registries find no match and sign-ins are refused." });
  if (faults.consentRefused) out.push({ key: "consentRefused", text: "Every new consent is recorded as a “no”." });
  if (faults.insufficientFunds) out.push({ key: "insufficientFunds", text: "Payments are refused for insufficient funds." });
  return out;
}

/** Whether any fault switch is on. */
export const anyFault = (faults: Faults) => describeFaults(faults, String).length > 0;
