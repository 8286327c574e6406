// Sandbox namespaces: private, seeded copies of the mock data, resettable, expiring when idle.
import {
  SANDBOX_LIMITS,
  clearNamespaceData,
  deleteNamespace,
  getNamespaceRow,
  idleNamespaces,
  inTransaction,
  insertNamespace,
  putRecord,
  touchNamespace,
  writeFaults,
  type RecordOrigin,
} from "@/db/sandbox";
import { DRIFT_KINDS } from "./drift";
import { fixtureSets } from "./fixtures";
import { BB_IDS, type Faults, isBbId } from "./types";

/** The namespace used when a request names none and carries no cookie. */
export const DEFAULT_NAMESPACE = "default";
/** Name of the cookie holding a visitor's namespace. */
export const NAMESPACE_COOKIE = "sandbox_ns";

const NAME = /^[a-z0-9][a-z0-9_-]{0,47}$/;

/** Whether a string is an acceptable namespace name (lower-case letters, digits, "-" and "_", up to 48). */
export function isValidNamespace(name: string): boolean {
  return NAME.test(name);
}

/** A new unguessable namespace name for a visitor. */
export function newNamespaceName(): string {
  return `v-${crypto.randomUUID().replace(/-/g, "").slice(0, 20)}`;
}

/** Seeds the fixture sets of a namespace (both by default). */
export function seedNamespace(ns: string, sets: Array<Exclude<RecordOrigin, "user">> = ["demo", "suite"]): void {
  inTransaction(() => {
    for (const set of sets) for (const r of fixtureSets[set]()) putRecord(ns, r.bb, r.collection, r.id, r.data, set);
  });
}

// Shared by every copy of this module in the process (Next's route bundles, the production /mock listener).
const touchState = ((globalThis as unknown as { sandboxTouch?: { lastTouch: Map<string, number>; lastSweep: number } }).sandboxTouch ??= {
  lastTouch: new Map(),
  lastSweep: 0,
});
const lastTouch = touchState.lastTouch;

/**
 * Makes sure a namespace exists (creating and seeding it on first use) and marks it used.
 * Also removes idle namespaces now and then. Returns the namespace row.
 */
export function ensureNamespace(ns: string): NamespaceRow | undefined {
  const t = Date.now();
  if ((lastTouch.get(ns) ?? 0) > t - 60_000) {
    const row = getNamespaceRow(ns);
    if (row) return row;
  }
  if (insertNamespace(ns)) seedNamespace(ns);
  else touchNamespace(ns);
  lastTouch.set(ns, t);
  if (t - touchState.lastSweep > 10 * 60_000) {
    touchState.lastSweep = t;
    expireIdleNamespaces();
  }
  return getNamespaceRow(ns);
}

type NamespaceRow = ReturnType<typeof getNamespaceRow>;

/** Removes namespaces idle for longer than SANDBOX_LIMITS.idleMs; the default one is reset instead. Returns the names. */
export function expireIdleNamespaces(before = Date.now() - SANDBOX_LIMITS.idleMs): string[] {
  const names = idleNamespaces(before);
  for (const name of names) {
    lastTouch.delete(name);
    if (name === DEFAULT_NAMESPACE) resetNamespace(name);
    else deleteNamespace(name);
  }
  return names;
}

/**
 * Restores a namespace to its seed: every record and the trace by default, or only one fixture
 * set ("demo" or "suite", leaving the other and user data alone).
 */
export function resetNamespace(ns: string, scope: "all" | "demo" | "suite" = "all"): void {
  insertNamespace(ns);
  clearNamespaceData(ns, scope === "all" ? undefined : scope);
  seedNamespace(ns, scope === "all" ? ["demo", "suite"] : [scope]);
  touchNamespace(ns);
  lastTouch.set(ns, Date.now());
}

/** The namespace's fault switches (ensuring the namespace exists). */
export function namespaceFaults(ns: string): Faults {
  const row = ensureNamespace(ns);
  try {
    return row ? (JSON.parse(row.faults) as Faults) : {};
  } catch {
    return {};
  }
}

/** Keeps only well-formed fault switches from untrusted input. */
export function sanitizeFaults(input: unknown): Faults {
  const src = input && typeof input === "object" ? (input as Record<string, unknown>) : {};
  const faults: Faults = {};
  if (Array.isArray(src.down)) faults.down = [...new Set(src.down.filter((x): x is string => typeof x === "string").filter(isBbId))];
  if (src.slow && typeof src.slow === "object") {
    const slow: Faults["slow"] = {};
    for (const bb of BB_IDS) {
      const v = (src.slow as Record<string, unknown>)[bb];
      if (typeof v === "number" && v > 0) slow[bb] = Math.min(10_000, Math.round(v));
    }
    if (Object.keys(slow).length) faults.slow = slow;
  }
  for (const key of ["identityMismatch", "consentRefused", "insufficientFunds"] as const) if (src[key] === true) faults[key] = true;
  if (Array.isArray(src.drift)) {
    const drift = DRIFT_KINDS.filter((k) => (src.drift as unknown[]).includes(k));
    if (drift.length) faults.drift = drift;
  }
  return faults;
}

/** Replaces the namespace's fault switches. */
export function setFaults(ns: string, faults: Faults): Faults {
  ensureNamespace(ns);
  const clean = sanitizeFaults(faults);
  writeFaults(ns, clean);
  return clean;
}
