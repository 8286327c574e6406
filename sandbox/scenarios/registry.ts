// Scenario lookup by the content's scenario.name ("postpartum/register-mother").
import { advisory } from "./advisory";
import { cashTransfer } from "./cash-transfer";
import { learning } from "./learning";
import { market } from "./market";
import { postpartum } from "./postpartum";
import type { Scenario } from "./types";

/** Every scenario of the five journeys. */
export const SCENARIOS: Record<string, Scenario> = { ...postpartum, ...market, ...advisory, ...cashTransfer, ...learning };

/** The scenario for a step. @throws when the content names a scenario that does not exist (the unit test catches this). */
export function scenarioFor(name: string): Scenario {
  const s = SCENARIOS[name];
  if (!s) throw new Error(`No scenario "${name}" in sandbox/scenarios`);
  return s;
}
