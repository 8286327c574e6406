// Shared types of the conformance suites, the runner and its reports.
import type { BbId } from "@/sandbox/types";

export type { BbId };

/** Version of the suite code; bump when checks change meaning. Recorded in every run. */
export const SUITE_VERSION = "1.0.0";
/** Version of the runner (evidence format). */
export const TOOL_VERSION = "govstack-portal-conformance/1.0.0";

export type RequirementLevel = "REQUIRED" | "RECOMMENDED" | "OPTIONAL";

/** One HTTP exchange as recorded in evidence (credentials masked, bodies shortened). */
export type Exchange = {
  method: string;
  url: string;
  requestHeaders: Record<string, string>;
  requestBody?: string;
  status?: number;
  responseHeaders?: Record<string, string>;
  responseBody?: string;
  durationMs: number;
  error?: string;
};

/** A response as a check sees it. */
export type Reply = { status: number; headers: Record<string, string>; text: string; body: unknown; contentType: string };

export type CallOptions = { query?: Record<string, string | string[]>; headers?: Record<string, string>; body?: unknown; raw?: string; contentType?: string };

/** What a check may do: call the target, validate against the contract, assert. */
export type CheckContext = {
  bb: BbId;
  /** A string unique to this run, for ids the check creates. */
  unique: (prefix?: string) => string;
  call: (method: string, path: string, opts?: CallOptions) => Promise<Reply>;
  /** Validates a reply's body against the contract's schema for an operation and its status. */
  matchesContract: (reply: Reply, operationId: string) => void;
  /** The request the contract's examples describe for an operation (a fresh copy to adapt). */
  example: (operationId: string) => { path: string; query: Record<string, string>; headers: Record<string, string>; body: unknown };
};

export type CheckKind = "contract" | "invalid-input" | "scenario";

/** One check of a suite. `run` throws CheckFailure (or any error) to fail. */
export type CheckDef = {
  id: string;
  title: string;
  kind: CheckKind;
  requirements: string[];
  run: (ctx: CheckContext) => Promise<void>;
};

export type CheckStatus = "passed" | "failed" | "error" | "skipped";

export type CheckResult = {
  id: string;
  title: string;
  kind: CheckKind;
  requirements: string[];
  status: CheckStatus;
  message?: string;
  expected?: string;
  actual?: string;
  durationMs: number;
  exchanges: Exchange[];
};

export type RequirementResult = {
  id: string;
  level: RequirementLevel;
  text: string;
  status: "passed" | "failed" | "not-tested";
  checks: string[];
};

/** A finished run: the evidence that gets stored, digested and published. */
export type RunReport = {
  tool: string;
  suiteVersion: string;
  bb: BbId;
  bbTitle: string;
  specVersion: string;
  contractVersion: string;
  target: { baseUrl: string; credential: "none" | "provided (masked)" };
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  requestCount: number;
  /** Why the run stopped early, if it did (time or request cap, refused target). */
  aborted?: string;
  summary: { passed: number; failed: number; errored: number; skipped: number; total: number };
  requirements: RequirementResult[];
  /** Test-verified level per GovStack's rule (share of REQUIRED requirements verified by passing checks). */
  level: { level: 0 | 1 | 2; requiredTotal: number; requiredVerified: number; requiredFailed: number };
  checks: CheckResult[];
};

/** Thrown by a check when the target answered something other than what the spec asks. */
export class CheckFailure extends Error {
  constructor(
    message: string,
    readonly expected?: string,
    readonly actual?: string,
  ) {
    super(message);
    this.name = "CheckFailure";
  }
}
