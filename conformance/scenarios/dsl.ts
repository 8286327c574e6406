// Small helpers the hand-written scenarios share: a call that must answer a given status (and match
// the contract), and plain assertions that fail a check with expected and actual values.
import { CheckFailure, type CallOptions, type CheckContext, type CheckDef, type Reply } from "../types";

/** Declares a scenario check. */
export const scenario = (id: string, title: string, requirements: string[], run: CheckDef["run"]): CheckDef => ({
  id: `scenario.${id}`,
  title,
  kind: "scenario",
  requirements,
  run,
});

const short = (v: unknown) => {
  const s = typeof v === "string" ? v : JSON.stringify(v);
  return s === undefined ? "undefined" : s.length > 300 ? `${s.slice(0, 300)}…` : s;
};

/** Calls the target, requires one of `status`, and (given an operationId) checks the answer against the contract. */
export async function expectCall(
  ctx: CheckContext,
  method: string,
  path: string,
  opts: CallOptions,
  status: number | number[],
  operationId?: string,
): Promise<Reply> {
  const reply = await ctx.call(method, path, opts);
  const wanted = Array.isArray(status) ? status : [status];
  if (!wanted.includes(reply.status))
    throw new CheckFailure(`${method} ${path} answered ${reply.status}.`, wanted.join(" or "), `${reply.status} ${short(reply.text)}`);
  if (operationId) ctx.matchesContract(reply, operationId);
  return reply;
}

/** Fails the check unless `ok`. */
export function expectThat(ok: boolean, message: string, expected: unknown, actual: unknown): void {
  if (!ok) throw new CheckFailure(message, short(expected), short(actual));
}

/** A property path of an unknown value ("a.b.0.c"). */
export function pick(value: unknown, path: string): unknown {
  let v: unknown = value;
  for (const key of path.split(".")) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

/** The object form of an unknown value. */
export const asObj = (v: unknown): Record<string, unknown> => (v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

/** A short unique id for fields with a length limit: `prefix` plus the run's tail, upper-case, at most `max` characters. */
export function shortId(ctx: CheckContext, prefix: string, max: number): string {
  const tail = ctx.unique("").replace(/[^a-z0-9]/gi, "");
  return `${prefix}${tail.slice(-(max - prefix.length))}`.toUpperCase();
}
