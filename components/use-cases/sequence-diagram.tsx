// A real sequence diagram of one run, drawn as SVG from its trace: a lifeline per participant, an
// arrow per request through the Information Mediator and a dashed arrow for each answer. No hooks,
// so it renders on the server or inside the player island alike.
import { callMark, expectedReason, readablePath, statusText, wrapLabel, type CallMark, type RunStatus, type TraceCall } from "./trace-labels";

type Participant = { key: string; label: string };

/** Column width and label width per drawing: wide screens, and phones (labels fit the first 300 px). */
const WIDE = { col: 150, headChars: 17, headSize: 13, labelMaxPx: Infinity };
const PHONE = { col: 96, headChars: 11, headSize: 11, labelMaxPx: 250 };
type Dims = typeof WIDE;
const PAD = 12;
const LINE_H = 15;
const CHAR_W = 7.3; // 12 px monospace
const MARK_STYLE: Record<CallMark, { stroke: string; dash?: string; tag: string }> = {
  ok: { stroke: "#1b1f24", tag: "" },
  expected: { stroke: "#8a4b00", dash: "2 3", tag: "expected" },
  problem: { stroke: "#8a4b00", dash: "6 3", tag: "the problem" },
  failed: { stroke: "#b3261e", dash: "6 3", tag: "failed" },
};

/**
 * Who made a call: a BB calling through the IM is that BB; each application (the officer's console, the
 * citizen's app) is a participant of its own; the step's own actor's application is "caller".
 */
function callerKey(call: TraceCall, bbIds: Set<string>, first?: TraceCall): string {
  const last = call.caller?.split("/").pop() ?? "";
  if (bbIds.has(last)) return last;
  return !first || call.caller === first.caller ? "caller" : `app:${last}`;
}

/** The call whose caller is the step's own actor: the first one made by an application. */
const firstAppCall = (trace: TraceCall[], bbIds: Set<string>) => trace.find((c) => !bbIds.has(c.caller?.split("/").pop() ?? ""));

function providerKey(call: TraceCall): string {
  return call.via === "im" ? call.provider : "information-mediator";
}

/** Participants in order: the caller, the IM, then each provider as it first appears. */
export function participantsOf(trace: TraceCall[], titles: Record<string, string>, callerLabel: string): Participant[] {
  const bbIds = new Set(Object.keys(titles));
  const first = firstAppCall(trace, bbIds);
  const keys = ["caller", "information-mediator"];
  const labels = new Map<string, string>([["caller", first?.callerName ? `${callerLabel} (${first.callerName})` : callerLabel]]);
  for (const c of trace) {
    const from = callerKey(c, bbIds, first);
    if (from.startsWith("app:") && !labels.has(from)) labels.set(from, c.callerName ?? from.slice(4));
    // A vendor's product playing a BB (swap-in) is named with it.
    if (c.playedBy && !labels.has(c.provider)) labels.set(c.provider, `${titles[c.provider] ?? c.provider}, played by ${c.playedBy}`);
    for (const k of [from, providerKey(c)]) if (!keys.includes(k)) keys.push(k);
  }
  return keys.map((key) => ({ key, label: labels.get(key) ?? titles[key] ?? key }));
}

/** Where everything goes: participants' columns, and each call's label lines and arrow heights. */
function layout(trace: TraceCall[], titles: Record<string, string>, callerLabel: string, run: RunStatus, d: Dims) {
  const COL = d.col;
  const bbIds = new Set(Object.keys(titles));
  const people = participantsOf(trace, titles, callerLabel);
  const first = firstAppCall(trace, bbIds);
  const x = (key: string) => PAD + COL / 2 + people.findIndex((p) => p.key === key) * COL;
  const width = PAD * 2 + people.length * COL;
  const heads = people.map((p) => wrapLabel(p.label, d.headChars));
  const headH = 14 + Math.max(...heads.map((h) => h.length)) * 15;
  const rows = [];
  let y = headH + 22;
  for (const [i, call] of trace.entries()) {
    const from = callerKey(call, bbIds, first);
    const to = providerKey(call);
    const via = call.via === "im" && to !== "information-mediator" && from !== "information-mediator" ? "information-mediator" : null;
    const x1 = x(from);
    const x2 = x(to);
    const span = Math.min(Math.max(Math.abs(x2 - x1), COL) - 12, d.labelMaxPx);
    const lines = wrapLabel(`${i + 1}. ${call.method} ${readablePath(call.path)}`, span / CHAR_W);
    const top = y;
    const arrowY = top + lines.length * LINE_H + 4;
    const backY = arrowY + 30;
    y = backY + 24;
    rows.push({ call, i, from, to, x1, x2, via: via ? x(via) : null, lines, mark: callMark(call, run), top, arrowY, backY, labelX: Math.min(x1, x2) + 6 });
  }
  return { people, heads, headH, width, rows, height: y + 8 };
}

function Drawing({ trace, titles, callerLabel, run, d }: { trace: TraceCall[]; titles: Record<string, string>; callerLabel: string; run: RunStatus; d: Dims }) {
  const COL = d.col;
  const { people, heads, headH: HEAD_H, width, rows, height } = layout(trace, titles, callerLabel, run, d);
  const title = `Sequence diagram: ${trace.length} call${trace.length === 1 ? "" : "s"} between ${people.map((p) => p.label).join(", ")}`;
  const id = d === WIDE ? "wide" : "phone";
  return (
    <div
      role="region"
      aria-label="Sequence diagram (scrolls sideways when it is wider than the screen)"
      tabIndex={0}
      className="overflow-x-auto rounded-md border border-line bg-white"
    >
      <svg
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={`${title}. The same calls are listed after the diagram.`}
        className="block font-sans"
      >
        <defs>
          {(["ok", "expected", "problem", "failed"] as const).map((m) => (
            <marker key={m} id={`seq-${id}-arrow-${m}`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
              <path d="M0 0L10 5L0 10z" fill={MARK_STYLE[m].stroke} />
            </marker>
          ))}
        </defs>
        {people.map((p, i) => {
          const cx = PAD + COL / 2 + i * COL;
          const label = heads[i]!;
          return (
            <g key={p.key}>
              <line x1={cx} y1={HEAD_H + 6} x2={cx} y2={height - 4} stroke="#8b95a1" strokeDasharray="4 4" />
              <rect
                x={cx - COL / 2 + 6}
                y={4}
                width={COL - 12}
                height={HEAD_H}
                rx={4}
                fill={p.key === "information-mediator" ? "#0b2545" : "#eef4fb"}
                stroke="#13407a"
              />
              <text
                x={cx}
                y={4 + HEAD_H / 2 - (label.length - 1) * 7.5 + 5}
                textAnchor="middle"
                fontSize={d.headSize}
                fontWeight={700}
                fill={p.key === "information-mediator" ? "#ffffff" : "#0b2545"}
              >
                {label.map((l, j) => (
                  <tspan key={j} x={cx} dy={j ? 15 : 0}>
                    {l}
                  </tspan>
                ))}
              </text>
            </g>
          );
        })}
        {rows.map((r) => {
          const s = MARK_STYLE[r.mark];
          return (
            <g key={r.call.id} data-mark={r.mark}>
              <text x={r.labelX} y={r.top + 11} fontSize={12} fontFamily="ui-monospace, monospace" fill="#1b1f24">
                {r.lines.map((l, j) => (
                  <tspan key={j} x={r.labelX} dy={j ? LINE_H : 0}>
                    {l}
                  </tspan>
                ))}
              </text>
              {r.via !== null && <circle cx={r.via} cy={r.arrowY} r={3.5} fill="#0b2545" />}
              <line
                x1={r.x1}
                y1={r.arrowY}
                x2={r.x2 + (r.x2 > r.x1 ? -2 : 2)}
                y2={r.arrowY}
                stroke="#1b1f24"
                strokeWidth={1.6}
                markerEnd={`url(#seq-${id}-arrow-ok)`}
              />
              <line
                x1={r.x2}
                y1={r.backY}
                x2={r.x1 + (r.x2 > r.x1 ? 2 : -2)}
                y2={r.backY}
                stroke={s.stroke}
                strokeWidth={1.6}
                strokeDasharray={s.dash ?? "5 4"}
                markerEnd={`url(#seq-${id}-arrow-${r.mark})`}
              />
              <text x={r.labelX} y={r.backY - 6} fontSize={12} fill={s.stroke} fontWeight={r.mark === "ok" ? 400 : 700}>
                {r.mark === "ok" ? "" : r.mark === "failed" ? "✗ " : "! "}
                {statusText(r.call.status)}
                {s.tag ? ` (${s.tag})` : ""} · {Math.round(r.call.latencyMs)} ms
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}

export function SequenceDiagram({
  trace,
  titles,
  callerLabel,
  run,
}: {
  trace: TraceCall[];
  titles: Record<string, string>;
  callerLabel: string;
  run: RunStatus;
}) {
  const { people, rows } = layout(trace, titles, callerLabel, run, WIDE);
  const expected = rows.filter((r) => r.mark === "expected");
  return (
    <figure data-testid="sequence-diagram">
      {/* Two drawings of the same calls; CSS shows one. On a phone every label fits the screen's width. */}
      <div className="hidden sm:block">
        <Drawing trace={trace} titles={titles} callerLabel={callerLabel} run={run} d={WIDE} />
      </div>
      <div className="sm:hidden">
        <Drawing trace={trace} titles={titles} callerLabel={callerLabel} run={run} d={PHONE} />
      </div>
      <ol className="sr-only">
        {rows.map((r) => (
          <li key={r.call.id}>
            {people.find((p) => p.key === r.from)?.label} to {r.via !== null ? "the Information Mediator, then " : ""}
            {people.find((p) => p.key === r.to)?.label}: {r.call.method} {readablePath(r.call.path)}. Answer: {statusText(r.call.status)}
            {MARK_STYLE[r.mark].tag ? ` (${MARK_STYLE[r.mark].tag})` : ""}.
          </li>
        ))}
      </ol>
      <figcaption className="mt-2 text-sm text-muted">
        Solid arrows are requests, dashed arrows are answers. Each request passes through the Information Mediator, which checks the caller and keeps a record.
      </figcaption>
      {expected.length > 0 && (
        <ul className="mt-2 space-y-1 text-sm" data-testid="expected-notes">
          {expected.map((r) => (
            <li key={r.call.id} className="border-l-4 border-warn pl-2">
              <span className="font-semibold">
                Call {r.i + 1} answered {statusText(r.call.status)}, marked “expected”:
              </span>{" "}
              {expectedReason(r.call.status)} The step still succeeded.
            </li>
          ))}
        </ul>
      )}
    </figure>
  );
}
