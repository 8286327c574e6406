// Seed fixture sets of every mock: "demo" (the five use cases' narrative data) and "suite"
// (the GovStack compliance suites' fixtures), kept apart so one can be reset without the other.
import * as consent from "./consent/fixtures";
import * as dr from "./digital-registries/fixtures";
import * as emkt from "./e-marketplace/fixtures";
import * as esig from "./e-signature/fixtures";
import * as identity from "./identity/fixtures";
import * as im from "./im/fixtures";
import * as payments from "./payments/fixtures";
import * as registration from "./registration/fixtures";
import type { Seed } from "./runtime/collection";
import * as scheduling from "./scheduling/fixtures";
import * as workflow from "./workflow/fixtures";

const all = [im, identity, registration, dr, payments, consent, workflow, scheduling, emkt, esig];

export const fixtureSets: Record<"demo" | "suite", () => Seed[]> = {
  demo: () => all.flatMap((m) => m.demo()),
  suite: () => all.flatMap((m) => m.suite()),
};
