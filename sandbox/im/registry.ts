// The Information Mediator's member registry: who exists (members and their subsystems),
// which services each provider offers, and the default access rights.
import type { BbId } from "../types";
import type { Contract } from "@/sandbox/runtime/contracts";
import { appClients } from "./clients";

/** X-Road instance of the sandbox. */
export const INSTANCE = "eGovStack";

export type Member = { memberClass: string; memberCode: string; subsystem: string; name: string; bb?: BbId };

/** Providers: each mock BB is a GOV member with one subsystem named by its bb-id. */
export const PROVIDERS: Member[] = [
  { memberClass: "GOV", memberCode: "10000001", subsystem: "identity", name: "Identity and Verification (mock)", bb: "identity" },
  { memberClass: "GOV", memberCode: "10000002", subsystem: "registration", name: "Registration (mock)", bb: "registration" },
  { memberClass: "GOV", memberCode: "10000003", subsystem: "digital-registries", name: "Digital Registries (mock)", bb: "digital-registries" },
  { memberClass: "GOV", memberCode: "10000004", subsystem: "payments", name: "Payments (mock)", bb: "payments" },
  { memberClass: "GOV", memberCode: "10000005", subsystem: "messaging", name: "Messaging (mock)", bb: "messaging" },
  { memberClass: "GOV", memberCode: "10000006", subsystem: "consent", name: "Consent (mock)", bb: "consent" },
  { memberClass: "GOV", memberCode: "10000007", subsystem: "workflow", name: "Workflow (mock)", bb: "workflow" },
  { memberClass: "GOV", memberCode: "10000008", subsystem: "scheduling", name: "Scheduler (mock)", bb: "scheduling" },
  { memberClass: "GOV", memberCode: "10000009", subsystem: "e-marketplace", name: "e-Marketplace (mock)", bb: "e-marketplace" },
  { memberClass: "GOV", memberCode: "10000010", subsystem: "e-signature", name: "e-Signature (mock)", bb: "e-signature" },
  { memberClass: "GOV", memberCode: "10000000", subsystem: "information-mediator", name: "Information Mediator (mock)", bb: "information-mediator" },
];

/** Consumers that are not BBs: the portal's journey player and the GovStack suites' callers. */
export const CONSUMERS: Member[] = [
  { memberClass: "GOV", memberCode: "90000001", subsystem: "portal", name: "GovStack Portal journey player" },
  { memberClass: "GOV", memberCode: "90000009", subsystem: "digitalregistries", name: "GovStack test suite (Digital Registries)" },
  { memberClass: "GOV", memberCode: "90000009", subsystem: "eregistrations-dev", name: "GovStack test suite (Registration)" },
  { memberClass: "COM", memberCode: "90000002", subsystem: "vendor-app", name: "A vendor's application (sandbox visitor)" },
];

/** The use cases' applications (officer consoles, citizens' apps and phone lines), each with its own rights. */
export const APPLICATIONS: Member[] = appClients().map((a) => ({ memberClass: "GOV", memberCode: a.memberCode, subsystem: a.subsystem, name: a.name }));

/** The caller string of a member, e.g. "eGovStack/GOV/90000001/portal". */
export function memberKey(m: Pick<Member, "memberClass" | "memberCode" | "subsystem">): string {
  return `${INSTANCE}/${m.memberClass}/${m.memberCode}/${m.subsystem}`;
}

/** The provider member behind a BB. */
export function providerFor(bb: BbId): Member {
  return PROVIDERS.find((p) => p.bb === bb)!;
}

/** Finds a registered member (provider or consumer) by its tuple; the instance is compared case-insensitively. */
export function findMember(instance: string, memberClass: string, memberCode: string, subsystem: string): Member | undefined {
  if (instance.toLowerCase() !== INSTANCE.toLowerCase()) return undefined;
  return [...PROVIDERS, ...CONSUMERS, ...APPLICATIONS].find((m) => m.memberClass === memberClass && m.memberCode === memberCode && m.subsystem === subsystem);
}

/** A caller string in words: the registered member's name ("Buyer's marketplace app"), else the string itself. */
export function callerName(caller: string | null | undefined): string {
  if (!caller) return "an unnamed caller";
  const [instance = "", memberClass = "", memberCode = "", subsystem = ""] = caller.split("/");
  return findMember(instance, memberClass, memberCode, subsystem)?.name ?? caller;
}

/** Which providers each BB's subsystem may call by default (everything else is denied). */
const BB_CALLS: Partial<Record<BbId, BbId[]>> = {
  registration: ["identity", "digital-registries", "consent", "payments", "messaging", "workflow", "scheduling"],
  workflow: ["identity", "registration", "digital-registries", "payments", "messaging", "consent", "scheduling", "e-marketplace"],
  payments: ["messaging", "identity", "digital-registries"],
  "e-marketplace": ["payments", "messaging", "identity", "scheduling", "digital-registries", "registration"],
  scheduling: ["messaging"],
  consent: ["identity"],
  identity: ["digital-registries"],
  "e-signature": ["identity", "messaging", "payments"],
  "digital-registries": ["consent"],
};

/** An access right: a client subsystem may call these services (or "*") of a provider BB. */
export type AccessRight = { id: string; client: string; provider: BbId; services: string[] };

/** The default access rights of a fresh namespace. */
export function defaultRights(): AccessRight[] {
  const rights: AccessRight[] = [];
  const everyone = PROVIDERS.filter((p) => p.bb !== "information-mediator").map((p) => p.bb!);
  for (const c of CONSUMERS) for (const bb of everyone) rights.push({ id: `${memberKey(c)}>${bb}`, client: memberKey(c), provider: bb, services: ["*"] });
  for (const [from, targets] of Object.entries(BB_CALLS)) {
    const client = memberKey(providerFor(from as BbId));
    for (const bb of targets!) rights.push({ id: `${client}>${bb}`, client, provider: bb, services: ["*"] });
  }
  for (const app of appClients()) {
    const client = memberKey({ memberClass: "GOV", memberCode: app.memberCode, subsystem: app.subsystem });
    for (const [bb, services] of Object.entries(app.rights)) {
      rights.push({ id: `${client}>${bb}`, client, provider: bb as BbId, services: services === "*" ? ["*"] : services });
    }
  }
  return rights;
}

/** Service codes of a provider: the first path segment of each of its contract's paths. */
export function servicesOf(contract: Contract): Map<string, Array<{ method: string; path: string }>> {
  const services = new Map<string, Array<{ method: string; path: string }>>();
  for (const op of contract.operations) {
    const code = op.path.split("/").filter(Boolean)[0] ?? "root";
    if (code.startsWith("{")) continue;
    const list = services.get(code) ?? [];
    list.push({ method: op.method, path: op.path });
    services.set(code, list);
  }
  return services;
}
