// Sandbox namespaces: private views of the mock data (copy on write over fixtures held once in memory),
// resettable, capped, and swept when idle.
import {
  SANDBOX_LIMITS,
  clearNamespaceData,
  countNamespaces,
  deleteNamespace,
  getNamespaceRow,
  idleNamespaces,
  insertNamespace,
  registerFixtures,
  touchNamespace,
  vacuumSome,
  writeFaults,
} from "@/db/sandbox";
import { DRIFT_KINDS } from "./drift";
import { fixtureSets } from "./fixtures";
import { BB_IDS, type Faults, isBbId } from "./types";

registerFixtures(() => ({ demo: fixtureSets.demo(), suite: fixtureSets.suite() }));

/** The namespace used when a request names none and carries no cookie. */
export const DEFAULT_NAMESPACE = "default";

const NAME = /^[a-z0-9][a-z0-9_-]{0,47}$/;

/** Whether a string is an acceptable namespace name (lower-case letters, digits, "-" and "_", up to 48). */
export function isValidNamespace(name: string): boolean {
  return NAME.test(name);
}

/** Per-client creation limit: how many new namespaces one address may open per window. */
export const CREATION_LIMIT = {
  perClient: Number(process.env.SANDBOX_NAMESPACES_PER_CLIENT ?? 30),
  windowMs: 10 * 60_000,
};

/** Why a namespace could not be opened: an HTTP status, a message naming the limit, and when to retry. */
export type NamespaceRefusal = { status: 429 | 503; message: string; retryAfterSeconds: number };

// One per process: this module is shared (scripts/shared-modules.mjs), so Next's routes and the /mock listener count together.
type State = {
  lastTouch: Map<string, number>;
  created: Map<string, { since: number; count: number }>;
  sweeper?: ReturnType<typeof setTimeout>;
};
const state: State = { lastTouch: new Map(), created: new Map() };
const TOUCH_EVERY_MS = 60_000;

function creationRefusal(client: string, now: number): NamespaceRefusal | undefined {
  const entry = state.created.get(client);
  if (!entry || now - entry.since >= CREATION_LIMIT.windowMs) return undefined;
  if (entry.count < CREATION_LIMIT.perClient) return undefined;
  return {
    status: 429,
    message: `Too many new sandbox namespaces from your address (at most ${CREATION_LIMIT.perClient} per ${CREATION_LIMIT.windowMs / 60_000} minutes). Keep using the namespace you have, or try again later.`,
    retryAfterSeconds: Math.ceil((entry.since + CREATION_LIMIT.windowMs - now) / 1000),
  };
}

function countCreation(client: string, now: number): void {
  const entry = state.created.get(client);
  if (entry && now - entry.since < CREATION_LIMIT.windowMs) entry.count++;
  else state.created.set(client, { since: now, count: 1 });
  // The table is bounded: forget expired windows when it grows, and the oldest entries if that is not enough.
  if (state.created.size > 10_000) {
    for (const [key, e] of state.created) if (now - e.since >= CREATION_LIMIT.windowMs) state.created.delete(key);
    for (const key of state.created.keys()) {
      if (state.created.size <= 10_000) break;
      state.created.delete(key);
    }
  }
}

/**
 * Opens a namespace for a call that may store something (a mock call is traced): marks an existing
 * one used, or creates its row (nothing else: fixtures are shared) within the caps on live namespaces
 * and on new namespaces per client. `client` is the caller's address; in-process callers pass none.
 * Returns undefined when the call may go ahead.
 */
export function openNamespace(ns: string, client?: string): NamespaceRefusal | undefined {
  const now = Date.now();
  if ((state.lastTouch.get(ns) ?? 0) > now - TOUCH_EVERY_MS) return undefined;
  if (getNamespaceRow(ns)) {
    touchNamespace(ns);
  } else {
    if (countNamespaces() >= SANDBOX_LIMITS.maxNamespaces) {
      return {
        status: 503,
        message: `The sandbox holds its maximum of ${SANDBOX_LIMITS.maxNamespaces} namespaces; idle ones are removed after ${SANDBOX_LIMITS.idleMs / 3_600_000} hours. Try again later.`,
        retryAfterSeconds: 600,
      };
    }
    if (client !== undefined) {
      const refused = creationRefusal(client, now);
      if (refused) return refused;
      countCreation(client, now);
    }
    insertNamespace(ns);
  }
  state.lastTouch.set(ns, now);
  startSweeper();
  return undefined;
}

/** The shared "default" namespace serves every caller without one: nobody may reset it or switch faults on in it. */
export function sharedNamespaceRefusal(ns: string, action: "reset" | "faults"): string | undefined {
  if (ns !== DEFAULT_NAMESPACE) return undefined;
  return `The shared "default" namespace serves every caller without a namespace, so it cannot be ${action === "reset" ? "reset" : "given faults"}. Use a namespace of your own: open /sandbox (your browser gets one), POST /api/sandbox/session, or call /mock/ns/<your-name>/<bb-id>/… and add ?ns=<your-name> here.`;
}

/*
 * The sweep. Idle namespaces are removed by a timer, never by a request: a few at a time (at most
 * SWEEP_SLICE_MS of work per turn, then the event loop serves requests again), followed by giving a
 * few freed pages back to the file system (incremental auto-vacuum).
 */
const SWEEP_SLICE_MS = 8;
const SWEEP_BATCH = 50;
const SWEEP_AGAIN_MS = 20;
const SWEEP_IDLE_CHECK_MS = 60_000;

/** One turn of the sweep: removes idle namespaces for up to `sliceMs`; returns how many and whether work is left. */
export function sweepSome(sliceMs = SWEEP_SLICE_MS, before = Date.now() - SANDBOX_LIMITS.idleMs): { removed: string[]; more: boolean } {
  const started = performance.now();
  const removed: string[] = [];
  const names = idleNamespaces(before, SWEEP_BATCH);
  for (const name of names) {
    state.lastTouch.delete(name);
    if (name === DEFAULT_NAMESPACE) resetNamespace(name);
    else deleteNamespace(name);
    removed.push(name);
    if (performance.now() - started >= sliceMs) break;
  }
  const freePages = vacuumSome(256);
  return { removed, more: removed.length === SWEEP_BATCH || removed.length < names.length || freePages > 0 };
}

/** Starts the background sweep once per process (idempotent; the timer does not keep the process alive). */
export function startSweeper(): void {
  if (state.sweeper) return;
  const turn = () => {
    let more = false;
    try {
      more = sweepSome().more;
    } catch (error) {
      console.error("[sandbox] the idle sweep failed:", error);
    }
    state.sweeper = setTimeout(turn, more ? SWEEP_AGAIN_MS : SWEEP_IDLE_CHECK_MS);
    state.sweeper.unref?.();
  };
  state.sweeper = setTimeout(turn, SWEEP_AGAIN_MS);
  state.sweeper.unref?.();
}

/** Removes every namespace idle since before `before` at once (tests, scripts). Returns the names. */
export function expireIdleNamespaces(before = Date.now() - SANDBOX_LIMITS.idleMs): string[] {
  const all: string[] = [];
  for (let turn = sweepSome(Infinity, before); ; turn = sweepSome(Infinity, before)) {
    all.push(...turn.removed);
    if (turn.removed.length === 0) return all;
  }
}

/**
 * Restores a namespace to its fixtures: forgets every change and the trace by default, or only the
 * changes to one fixture set ("demo" or "suite", leaving the other and created records alone).
 */
export function resetNamespace(ns: string, scope: "all" | "demo" | "suite" = "all"): void {
  clearNamespaceData(ns, scope === "all" ? undefined : scope);
  touchNamespace(ns);
}

/** The namespace's fault switches (none for a namespace without a row). Creates nothing. */
export function namespaceFaults(ns: string): Faults {
  const row = getNamespaceRow(ns);
  if (!row || row.faults === "{}") return {};
  try {
    return JSON.parse(row.faults) as Faults;
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

/** Replaces the namespace's fault switches (creating its row if needed; callers open it first). */
export function setFaults(ns: string, faults: Faults): Faults {
  const clean = sanitizeFaults(faults);
  writeFaults(ns, clean);
  return clean;
}
