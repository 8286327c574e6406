// Plain-language labels for trace entries, shared by the sequence diagram, the architecture picture
// and the request/response list. Pure functions: they run on the server and in the player island.

/** The fields of a trace entry these labels need (the run endpoint's entries have more). */
export type TraceCall = {
  id: number;
  via: string;
  caller: string | null;
  /** The caller in words ("Buyer's marketplace app"), when the IM knows it. */
  callerName?: string | null;
  /** The vendor's product that answered instead of the reference mock (swap-in), if any. */
  playedBy?: string | null;
  provider: string;
  method: string;
  path: string;
  status: number;
  latencyMs: number;
  denied: boolean;
};

export type RunStatus = "ok" | "unhappy" | "error";

/** The path inside the provider (without the IM's /r1/instance/class/member/subsystem prefix). */
export function shortPath(path: string): string {
  const m = /^\/r1\/[^/]+\/[^/]+\/[^/]+\/[^/]+(\/.*)$/.exec(path);
  return m?.[1] ?? path;
}

/** The provider path with its query string decoded for people: `?q=Kofi%20Mensah` reads `?q=Kofi Mensah`. */
export function readablePath(path: string): string {
  const short = shortPath(path);
  const q = short.indexOf("?");
  if (q < 0) return safeDecode(short);
  const query = short
    .slice(q + 1)
    .split("&")
    .map((pair) => {
      const eq = pair.indexOf("=");
      const key = eq < 0 ? pair : pair.slice(0, eq);
      const value = eq < 0 ? "" : pair.slice(eq + 1);
      const k = safeDecode(key.replace(/\+/g, " "));
      return eq < 0 ? k : `${k}=${safeDecode(value.replace(/\+/g, " "))}`;
    })
    .join("&");
  return `${safeDecode(short.slice(0, q))}?${query}`;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * Splits a label into lines of at most `max` characters, breaking after `/`, `?`, `&`, `,` or a space
 * when it can, and inside a long word only when it must: nothing is cut off.
 */
export function wrapLabel(text: string, max: number): string[] {
  const width = Math.max(4, Math.floor(max));
  // Tokens end at a break opportunity; the break character stays with the token before it.
  const tokens = text.match(/[^/?&, ]*[/?&, ]|[^/?&, ]+$/g) ?? [text];
  const lines: string[] = [];
  let line = "";
  for (let token of tokens) {
    while (token.length > width) {
      if (line) {
        lines.push(line.trimEnd());
        line = "";
      }
      lines.push(token.slice(0, width));
      token = token.slice(width);
    }
    if ((line + token).trimEnd().length > width) {
      lines.push(line.trimEnd());
      line = "";
    }
    line += token;
  }
  if (line.trim() || !lines.length) lines.push(line.trimEnd());
  return lines;
}

const REASONS: Record<number, string> = {
  200: "OK",
  201: "Created",
  202: "Accepted",
  204: "No content",
  400: "Bad request",
  401: "Not signed in",
  403: "Not allowed",
  404: "Not found",
  405: "Method not allowed",
  409: "Already exists",
  422: "Not accepted",
  429: "Too many requests",
  500: "Server error",
  502: "Bad gateway",
  503: "Service down",
  504: "Timed out",
};

/** "201 Created", "404 Not found", "462" for a status without a common name. */
export function statusText(status: number): string {
  const reason = REASONS[status];
  return reason ? `${status} ${reason}` : String(status);
}

export type CallMark = "ok" | "expected" | "problem" | "failed";

/**
 * How a call reads in the context of its run. A 4xx inside a successful run is "expected": the step
 * asked a question whose answer was "no" (a lookup that finds nothing yet, a record that already
 * exists) and went on. Inside an unhappy run an error is the "problem" the visitor chose to see.
 */
export function callMark(call: Pick<TraceCall, "status">, run: RunStatus): CallMark {
  if (call.status < 400) return "ok";
  if (run === "ok" && call.status < 500) return "expected";
  return run === "unhappy" ? "problem" : "failed";
}

const EXPECTED_WHY: Record<number, string> = {
  404: "the step looked for something that does not exist yet (for example, checking that a record is new before creating it). “Not found” is the answer it needed.",
  409: "the record was already there, so the step used the existing one instead of making a copy.",
  401: "a check refused a request that was not signed in, which is what the step was testing.",
  403: "the Information Mediator refused a caller without the right permission, which is what the step was testing.",
};

/** Why an "expected" 4xx did not stop a successful run, in plain words. */
export function expectedReason(status: number): string {
  return EXPECTED_WHY[status] ?? "the service turned down one request, and the step handled that answer and carried on.";
}

/** "alertScheduleId" reads "Alert schedule reference"; "householdId" reads "Household reference". */
export function plainRecordLabel(key: string): string {
  const words = key
    .replace(/Ids?$/, " reference")
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
