// Every BB mock module, by BB id.
import { consent } from "./consent";
import { digitalRegistries } from "./digital-registries";
import { eMarketplace } from "./e-marketplace";
import { eSignature } from "./e-signature";
import { identity } from "./identity";
import { informationMediator } from "./im";
import { messaging } from "./messaging";
import { payments } from "./payments";
import { registration } from "./registration";
import { scheduling } from "./scheduling";
import type { BbId, MockModule } from "./types";
import { workflow } from "./workflow";

const modules: Record<BbId, MockModule> = {
  "information-mediator": informationMediator,
  identity,
  registration,
  "digital-registries": digitalRegistries,
  payments,
  messaging,
  consent,
  workflow,
  scheduling,
  "e-marketplace": eMarketplace,
  "e-signature": eSignature,
};

/** The mock module of every BB. */
export function getModules(): Record<BbId, MockModule> {
  return modules;
}
