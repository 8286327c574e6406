// Seed data of the Information Mediator mock: the default access rights.
import { seeds, type Seed } from "../runtime/collection";
import { defaultRights } from "./registry";

/** Access rights every namespace starts with. */
export function demo(): Seed[] {
  return seeds("information-mediator", "rights", defaultRights(), (r) => r.id);
}

/** The IM suite needs no stored fixtures. */
export function suite(): Seed[] {
  return [];
}
