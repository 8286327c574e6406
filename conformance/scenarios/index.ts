// Hand-written scenario checks per BB: the behaviour a contract cannot express (what one call
// creates, the next reads back, updates, lists, filters and pages).
import type { BbId, CheckDef } from "../types";
import { digitalRegistriesScenarios } from "./digital-registries";
import { paymentsScenarios } from "./payments";
import { consentScenarios } from "./consent";
import { informationMediatorScenarios } from "./information-mediator";
import { messagingScenarios } from "./messaging";
import { registrationScenarios } from "./registration";
import { workflowScenarios } from "./workflow";
import { schedulingScenarios } from "./scheduling";
import { eMarketplaceScenarios } from "./e-marketplace";
import { identityScenarios } from "./identity";
import { eSignatureScenarios } from "./e-signature";

const SUITES: Partial<Record<BbId, () => CheckDef[]>> = {
  "digital-registries": digitalRegistriesScenarios,
  payments: paymentsScenarios,
  consent: consentScenarios,
  "information-mediator": informationMediatorScenarios,
  registration: registrationScenarios,
  messaging: messagingScenarios,
  workflow: workflowScenarios,
  scheduling: schedulingScenarios,
  "e-marketplace": eMarketplaceScenarios,
  identity: identityScenarios,
  "e-signature": eSignatureScenarios,
};

/** The scenario checks of a BB (empty when it has none yet). */
export function scenarioChecks(bb: BbId): CheckDef[] {
  return SUITES[bb]?.() ?? [];
}
