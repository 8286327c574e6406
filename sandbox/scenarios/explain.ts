// Explains a step's outcome by its real cause: a Building Block switched off or failing in this sandbox
// beats whatever the scenario guessed (a 503 from Payments is "Payments is down", not "insufficient funds").
import { BB_TITLES } from "../control";
import type { Faults } from "../types";
import { describeFaults } from "./fault-words";
import type { MadeCall, StepOutcome } from "./types";

const title = (bb: string) => BB_TITLES[bb as keyof typeof BB_TITLES] ?? bb;
const list = (items: string[]) => (items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`);

/**
 * The outcome as the visitor should read it, and notes naming the sandbox's own switched-on faults.
 * @param own the namespace's fault switches (set on the Sandbox page), not an unhappy path's switches for this run
 */
export function explainOutcome(outcome: StepOutcome, calls: MadeCall[], own: Faults): { outcome: StepOutcome; notes: string[] } {
  const notes: string[] = [];
  const words = describeFaults(own, title);
  if (words.length) notes.push(`Switched on in your sandbox (from the Sandbox page): ${words.map((w) => w.text).join(" ")}`);

  const down = [...new Set(calls.filter((c) => c.status === 503 && own.down?.includes(c.bb)).map((c) => title(c.bb)))];
  if (down.length) {
    return {
      outcome: {
        status: "error",
        summary: `${list(down)} ${down.length > 1 ? "are" : "is"} down in your sandbox (switched off on the Sandbox page), so this step could not finish. Switch the faults off and run the step again.`,
        records: {},
      },
      notes,
    };
  }
  const broken = [...new Set(calls.filter((c) => c.status >= 500).map((c) => `${title(c.bb)} (${c.status})`))];
  if (broken.length) {
    return {
      outcome: {
        status: "error",
        summary: `${list(broken)} failed with a server error, so this step could not finish. Run it again; if it fails again, reset the sandbox.`,
        records: {},
      },
      notes,
    };
  }
  if (outcome.status !== "ok") {
    const causes = [
      own.identityMismatch && "identity checks fail",
      own.consentRefused && "every new consent is recorded as a “no”",
      own.insufficientFunds && "payments are refused for insufficient funds",
    ].filter(Boolean);
    if (causes.length)
      return {
        outcome: { ...outcome, summary: `${outcome.summary} This happened because a switch on the Sandbox page is on: ${list(causes as string[])}.` },
        notes,
      };
  }
  return { outcome, notes };
}
