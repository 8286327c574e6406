import type { TraceEntry } from "@/sandbox/trace";
import type { Faults } from "@/sandbox/types";

// Shapes the player island receives from the server page and from the run endpoint.
export type PlayerField = {
  label: string;
  name: string;
  type: string;
  example: string | number | boolean;
  options?: string[];
  pattern?: string;
  hint?: string;
};
export type PlayerPersona = { id: string; name: string; role: string; device?: string; kind?: string };
export type PlayerUnhappy = { fault: string; trigger: string; response: string };
export type PlayerBb = { id: string; title: string; label?: string };

/** A trace entry as the run endpoint returns it: the sandbox's entry plus its curl command. */
export type TraceItem = Omit<TraceEntry, "at"> & { curl: string };

export type RunResult = {
  namespace: string;
  unhappy: string | null;
  outcome: { status: "ok" | "unhappy" | "error"; summary: string; records?: Record<string, string | undefined> };
  notes: string[];
  serverMs: number;
  trace: TraceItem[];
  /** The sandbox's own switched-on faults after the run. */
  faults?: Faults;
};
