import type { PlayerBb, TraceItem } from "./types";

const who = (caller: string | null) => (caller?.endsWith("/portal") ? "Portal" : caller?.split("/").pop() ?? "Caller");

/** A sequence diagram of the actual calls, as an ordered list: caller → Information Mediator → provider, with the answer. */
export function Sequence({ trace, bbs }: { trace: TraceItem[]; bbs: PlayerBb[] }) {
  const title = (id: string) => bbs.find((b) => b.id === id)?.title ?? id;
  return (
    <ol className="space-y-1" aria-label="Sequence of calls">
      {trace.map((e, i) => {
        const good = e.status < 400;
        const provider = e.via === "im" ? title(e.provider) : "Information Mediator";
        return (
          <li key={e.id} className="grid grid-cols-[2rem_1fr] items-start gap-2 text-sm">
            <span className="pt-1 text-right font-mono text-[var(--color-muted)]">{i + 1}</span>
            <span className="flex flex-wrap items-center gap-x-1 gap-y-0.5 rounded-sm border border-[var(--color-line)] px-2 py-1">
              <span className="font-semibold">{who(e.caller)}</span>
              <span aria-hidden="true">→</span>
              <span className="sr-only">to</span>
              <span>Information Mediator</span>
              {e.via === "im" && (
                <>
                  <span aria-hidden="true">→</span>
                  <span className="sr-only">to</span>
                  <span className="font-semibold">{provider}</span>
                </>
              )}
              <code className="font-mono [overflow-wrap:anywhere]">
                {e.method} {shortPath(e.path)}
              </code>
              <span className={`ml-auto rounded-sm border px-1 font-mono font-bold ${good ? "border-[var(--color-ok)] text-[var(--color-ok)]" : "border-[var(--color-danger)] text-[var(--color-danger)]"}`}>
                <span aria-hidden="true">{good ? "← " : "✗ "}</span>
                {e.status}
                <span className="sr-only">{good ? " (success)" : " (error)"}</span>
              </span>
            </span>
          </li>
        );
      })}
    </ol>
  );
}

/** The path inside the provider (without the IM's /r1/instance/class/member/subsystem prefix). */
export function shortPath(path: string): string {
  const m = /^\/r1\/[^/]+\/[^/]+\/[^/]+\/[^/]+(\/.*)$/.exec(path);
  return m?.[1] ?? path;
}
