// Types shared by the journey-player scenarios (one module per use case under sandbox/scenarios/<short>/).
import type { CallResult } from "../client";
import type { BbId, Faults, Query } from "../types";

/** Screen values of a step, as the visitor left them (examples by default). */
export type StepInput = Record<string, string | number | boolean>;

/** One call a scenario made, as the player lists it (path as sent, without the IM prefix). */
export type MadeCall = { bb: BbId; method: string; path: string; status: number; /** The IM client that made it. */ caller?: string };

export type CallOpts = { query?: Query; body?: unknown; headers?: Record<string, string>; caller?: string };

/** What a scenario gets: the visitor's namespace and values, and a client that goes through the IM. */
export type ScenarioContext = {
  ns: string;
  input: StepInput;
  faults: Faults;
  /** Set when the visitor runs one of the content's unhappy paths (its `fault` value). */
  unhappy?: string;
  /**
   * Calls a mock BB through the Information Mediator (recorded in the trace), as the application the
   * step's persona uses unless `opts.caller` says otherwise.
   */
  call: (bb: BbId, method: string, path: string, opts?: CallOpts) => Promise<CallResult>;
  /** The same context, calling as a Building Block itself (e.g. Registration writing to Digital Registries). */
  as: (bb: BbId) => ScenarioContext;
  /** A line for the outcome panel ("Prerequisite: registered Sowmya first"). */
  note: (text: string) => void;
  /** Runs another step of the same use case first (a missing prerequisite), with its example values. */
  prerequisite: (stepId: string) => Promise<void>;
};

/** How a step ended, for a policy maker: ok, or an unhappy outcome the system handled. */
export type StepOutcome = {
  status: "ok" | "unhappy" | "error";
  /** One or two plain-language sentences. */
  summary: string;
  /** Ids the step created or used, shown next to the result and used by tests. */
  records?: Record<string, string | undefined>;
};

export type Scenario = (s: ScenarioContext) => Promise<StepOutcome>;

/** Scenarios of one use case, keyed by the step's scenario.name. */
export type ScenarioModule = Record<string, Scenario>;
