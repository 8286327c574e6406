// The applications of the five use cases as Information Mediator clients. In X-Road every system that
// calls a service is a member's subsystem with its own access rights; here each person in a journey uses
// one application (the officer's console, the citizen's app or phone line), and each application may call
// only the Building Blocks its work needs. Building Blocks also call each other with their own identity
// (see BB_CALLS in registry.ts), so the trace shows who really called whom.
import type { BbId } from "../types";

/** One application of a use case, registered at the IM as GOV/<ministry>/<subsystem>. */
export type AppClient = {
  /** Subsystem code, unique across the sandbox. */
  subsystem: string;
  /** Plain name, as the trace and sequence diagram show it. */
  name: string;
  /** The ministry (IM member) that runs it. */
  memberCode: string;
  /** What it may call: every service of a Building Block ("*"), or only the listed service codes. */
  rights: Rights;
};

type Rights = Partial<Record<BbId, "*" | string[]>>;

/** Every service of each of these Building Blocks. */
const all = (...bbs: BbId[]): Rights => Object.fromEntries(bbs.map((bb) => [bb, "*"]));

/** The ministries that run the use cases' applications (IM members of class GOV). */
const MINISTRY = { health: "20000001", agriculture: "20000002", welfare: "20000004", education: "20000005" } as const;

/** Per use case: which application each persona uses. A persona with no entry uses no system directly. */
export const USE_CASE_APPS: Record<string, Record<string, AppClient>> = {
  "postpartum-infant-care": {
    "dr-achieng": {
      subsystem: "district-health-dashboard",
      name: "District health dashboard",
      memberCode: MINISTRY.health,
      rights: all("scheduling", "messaging", "identity", "payments", "consent", "workflow", "registration", "digital-registries"),
    },
    sona: {
      subsystem: "clinic-app",
      name: "Community health worker's tablet app",
      memberCode: MINISTRY.health,
      rights: all("identity", "consent", "registration", "digital-registries", "messaging", "payments", "workflow", "scheduling"),
    },
    sowmya: { subsystem: "mother-phone-app", name: "Sowmya's phone app", memberCode: MINISTRY.health, rights: all("scheduling", "messaging", "consent") },
  },
  "market-linkage": {
    joseph: {
      subsystem: "extension-dashboard",
      name: "Extension agent's dashboard",
      memberCode: MINISTRY.agriculture,
      rights: all("scheduling", "messaging", "workflow"),
    },
    raghu: {
      subsystem: "farmer-market-app",
      name: "Farmer's marketplace app",
      memberCode: MINISTRY.agriculture,
      rights: all("identity", "consent", "registration", "e-marketplace", "messaging", "workflow"),
    },
    "marketplace-admin": {
      subsystem: "marketplace-admin-console",
      name: "Marketplace admin console",
      memberCode: MINISTRY.agriculture,
      rights: all("consent", "identity", "digital-registries", "registration"),
    },
    amina: {
      subsystem: "buyer-app",
      name: "Buyer's marketplace app",
      memberCode: MINISTRY.agriculture,
      rights: all("messaging", "scheduling", "e-marketplace", "identity"),
    },
  },
  "agricultural-advisory": {
    grace: {
      subsystem: "extension-officer-console",
      name: "Extension officer's console",
      memberCode: MINISTRY.agriculture,
      rights: all("messaging", "scheduling", "workflow", "consent", "digital-registries", "identity", "registration"),
    },
    "dr-lina": {
      subsystem: "advisory-content-studio",
      name: "Advisory content studio",
      memberCode: MINISTRY.agriculture,
      rights: all("digital-registries", "scheduling", "workflow"),
    },
    pendo: {
      subsystem: "farmer-phone-line",
      name: "Farmer's phone line (USSD and SMS)",
      memberCode: MINISTRY.agriculture,
      rights: all("consent", "identity", "registration", "messaging", "scheduling", "workflow", "e-marketplace"),
    },
    kwame: {
      subsystem: "helpline-console",
      name: "Helpline expert's console",
      memberCode: MINISTRY.agriculture,
      rights: all("messaging", "scheduling", "workflow"),
    },
  },
  "cash-transfer": {
    peter: {
      subsystem: "programme-console",
      name: "Programme manager's console",
      memberCode: MINISTRY.welfare,
      rights: all("messaging", "scheduling", "consent", "identity", "digital-registries", "registration", "workflow"),
    },
    maria: {
      subsystem: "caseworker-tablet",
      name: "Social welfare officer's tablet",
      memberCode: MINISTRY.welfare,
      rights: { ...all("consent", "identity", "registration", "scheduling", "workflow", "digital-registries"), payments: ["identityAccountMapper"] },
    },
    ana: { subsystem: "payments-console", name: "Payment officer's console", memberCode: MINISTRY.welfare, rights: all("payments", "registration") },
    "mensah-household": { subsystem: "household-phone", name: "The Mensahs' phone (SMS)", memberCode: MINISTRY.welfare, rights: all("messaging") },
  },
  "remote-learning": {
    cherifa: {
      subsystem: "learner-app",
      name: "Learner's app",
      memberCode: MINISTRY.education,
      rights: all("identity", "consent", "registration", "payments", "messaging", "scheduling", "workflow"),
    },
    samira: { subsystem: "teacher-studio", name: "Teacher's course studio", memberCode: MINISTRY.education, rights: all("scheduling", "workflow") },
    paul: {
      subsystem: "learning-admin-console",
      name: "Platform administrator's console",
      memberCode: MINISTRY.education,
      rights: all("consent", "identity", "messaging", "scheduling", "workflow", "registration", "digital-registries"),
    },
  },
};

/** Every application client, once. */
export function appClients(): AppClient[] {
  return Object.values(USE_CASE_APPS).flatMap((apps) => Object.values(apps));
}

/** The application a persona of a use case uses, if any. */
export function appFor(useCaseId: string, personaId: string): AppClient | undefined {
  return USE_CASE_APPS[useCaseId]?.[personaId];
}

/**
 * The call behind each use case's "refused by the Information Mediator" unhappy path: the persona `who`
 * uses an application with no right to it. The content's unhappy path says in words why the rule exists.
 */
export type RefusedAttempt = { who: string; bb: BbId; method: string; path: string; body?: unknown };

export const REFUSED_ATTEMPTS: Record<string, RefusedAttempt> = {
  "postpartum-infant-care": {
    who: "sowmya",
    bb: "digital-registries",
    method: "POST",
    path: "/data/mcts/1.0/read",
    body: { query: { content: {} } },
  },
  "market-linkage": {
    who: "amina",
    bb: "payments",
    method: "POST",
    path: "/batchtransactions",
    body: {},
  },
  "agricultural-advisory": {
    who: "pendo",
    bb: "digital-registries",
    method: "POST",
    path: "/data/farmers/1.0/read",
    body: { query: { content: {} } },
  },
  "cash-transfer": {
    who: "maria",
    bb: "payments",
    method: "POST",
    path: "/batchtransactions",
    body: {},
  },
  "remote-learning": {
    who: "samira",
    bb: "registration",
    method: "GET",
    path: "/applications",
  },
};
