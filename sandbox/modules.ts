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

let modules: Record<BbId, MockModule> | undefined;

/** The mock module of every BB (built on first use: the IM module imports the runtime, which imports this file). */
export function getModules(): Record<BbId, MockModule> {
  modules ??= {
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
  return modules;
}
