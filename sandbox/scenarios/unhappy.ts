// How each content unhappy path is provoked: a sandbox fault switch, screen values, or both.
import type { UnhappyPath } from "@/lib/content/use-case-schema";
import type { Faults } from "../types";

/** The fault switches an unhappy path turns on for the length of one run (merged with the namespace's own). */
export function faultsFor(path: Pick<UnhappyPath, "fault">): Faults {
  switch (path.fault) {
    case "consent-refused":
      return { consentRefused: true };
    case "identity-mismatch":
    case "not-found":
      return { identityMismatch: true };
    case "insufficient-funds":
      return { insufficientFunds: true };
    default:
      // Data-driven paths (payment-failed, not-eligible, delivery-failed, deadline-missed, wrong-code)
      // are provoked by the scenario's values, not a switch.
      return {};
  }
}
