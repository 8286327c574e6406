// The live architecture picture: the Building Blocks around the Information Mediator. The step's
// blocks are outlined before a run; after it, each call from the trace is drawn in order and the
// blocks it reaches light up. Pure CSS animation (no timers), switched off for reduced motion.
import { callMark, type RunStatus, type TraceCall } from "./trace-labels";

export type DiagramBb = { id: string; label: string; title: string };

const BOX_W = 116;
const BOX_H = 46;
/** Seconds between two calls in the replay; long runs go faster so the whole replay stays under ~8 s. */
const STEP_S = 0.7;
const stepSeconds = (calls: number) => Math.min(STEP_S, 8 / Math.max(1, calls));

const IM = "information-mediator";

type Point = { x: number; y: number };
type Layout = { w: number; h: number; im: Point; caller: Point; slots: Point[] };

/** Wide screens: the caller on the left of a ring, the blocks clockwise round the Information Mediator. */
function ring(n: number): Layout {
  const w = 540;
  const h = 400;
  const at = (i: number) => {
    const a = Math.PI + (2 * Math.PI * i) / (n + 1);
    return { x: w / 2 + 205 * Math.cos(a), y: h / 2 + 150 * Math.sin(a) };
  };
  return { w, h, im: { x: w / 2, y: h / 2 }, caller: at(0), slots: Array.from({ length: n }, (_, i) => at(i + 1)) };
}

/** Phones: the caller on top, then two columns of blocks above and below the Information Mediator. */
function column(n: number): Layout {
  const w = 320;
  const rowH = 62;
  const above = Math.ceil(n / 2 / 2) * 2;
  const rowsAbove = above / 2;
  const imY = 40 + rowH * (rowsAbove + 1);
  const slots = Array.from({ length: n }, (_, i) => {
    const row = i < above ? 1 + Math.floor(i / 2) : rowsAbove + 2 + Math.floor((i - above) / 2);
    return { x: i % 2 ? w - 6 - BOX_W / 2 : 6 + BOX_W / 2, y: 40 + rowH * row };
  });
  const h = Math.max(...slots.map((p) => p.y)) + BOX_H / 2 + 8;
  return { w, h, im: { x: w / 2, y: imY }, caller: { x: w / 2, y: 30 }, slots };
}

function twoLines(label: string): string[] {
  if (label.length <= 13 || !label.includes(" ")) return [label];
  const mid = label.lastIndexOf(" ", Math.ceil(label.length / 2) + 2);
  const at = mid > 0 ? mid : label.indexOf(" ");
  return [label.slice(0, at), label.slice(at + 1)];
}

const STYLE = `
.arch-box rect { fill: #fff; stroke: #8b95a1; stroke-width: 1; stroke-dasharray: 4 3; }
.arch-box text { fill: #4b5563; }
.arch-planned rect { stroke: #13407a; stroke-width: 2; stroke-dasharray: none; }
.arch-planned text { fill: #0b2545; }
.arch-lit rect { fill: #13407a; stroke: #0b2545; stroke-width: 3; stroke-dasharray: none; }
.arch-lit text { fill: #fff; font-weight: 700; }
.arch-fault rect { fill: #fdeeee; stroke: #b3261e; stroke-width: 3; stroke-dasharray: 6 3; }
.arch-fault text { fill: #8c1d18; font-weight: 700; }
@media (prefers-reduced-motion: no-preference) {
  .arch-anim .arch-call { animation: arch-draw ${STEP_S * 0.8}s ease-out both; animation-delay: var(--t); }
  .arch-anim .arch-lit rect, .arch-anim .arch-fault rect { animation: arch-rect 0.25s ease-in both; animation-delay: var(--t); }
  .arch-anim .arch-lit text, .arch-anim .arch-fault text { animation: arch-text 0.25s step-end both; animation-delay: var(--t); }
  .arch-anim .arch-count { animation: arch-show 0.2s both; animation-delay: var(--t); }
}
@media (prefers-reduced-motion: no-preference) {
  .arch-busy .arch-planned rect { animation: arch-pulse 0.9s ease-in-out infinite alternate; }
}
@keyframes arch-pulse { to { fill: #eef4fb; stroke-width: 4; } }
@keyframes arch-draw { from { stroke-dashoffset: 1; } to { stroke-dashoffset: 0; } }
@keyframes arch-rect { from { fill: #fff; stroke: #13407a; stroke-width: 2; } }
@keyframes arch-text { from { fill: #0b2545; font-weight: 400; } }
@keyframes arch-show { from { opacity: 0; } }
`;

type Props = {
  bbs: DiagramBb[];
  /** The BBs this step is designed to use (outlined before a run). */
  planned: string[];
  trace: TraceCall[];
  run: RunStatus | null;
  callerLabel: string;
  /** Replays the calls one by one (off for a static picture). */
  animate?: boolean;
  /** The step is running: its blocks pulse until the calls arrive. */
  busy?: boolean;
  /** "ring" for wide screens, "column" for phones. */
  variant?: "ring" | "column";
};

export function ArchitectureDiagram({ bbs, planned, trace, run, callerLabel, animate = true, busy = false, variant = "ring" }: Props) {
  const around = bbs.filter((b) => b.id !== IM);
  const { w: W, h: H, im, caller, slots } = (variant === "ring" ? ring : column)(around.length);
  const CX = im.x;
  const CY = im.y;
  const pos = new Map<string, Point>([["caller", caller]]);
  around.forEach((b, i) => pos.set(b.id, slots[i]!));
  pos.set(IM, im);

  const target = (c: TraceCall) => (c.via === "im" ? c.provider : IM);
  const source = (c: TraceCall) => {
    const last = c.caller?.split("/").pop() ?? "";
    return pos.has(last) && last !== IM ? last : "caller";
  };
  const first = new Map<string, number>();
  const count = new Map<string, number>();
  const faulty = new Set<string>();
  trace.forEach((c, i) => {
    const t = target(c);
    if (!first.has(t)) first.set(t, i);
    count.set(t, (count.get(t) ?? 0) + 1);
    const mark = run ? callMark(c, run) : "ok";
    if (mark === "failed" || mark === "problem") faulty.add(t);
  });
  if (trace.length && !first.has(IM)) first.set(IM, 0);
  const step = stepSeconds(trace.length);
  const delay = (i: number) => `${(i * step + step * 0.7).toFixed(2)}s`;

  const usedNames = around
    .filter((b) => first.has(b.id))
    .map((b) => `${b.title} (${count.get(b.id)} call${count.get(b.id) === 1 ? "" : "s"}${faulty.has(b.id) ? ", with a failure" : ""})`);
  const plannedNames = around.filter((b) => planned.includes(b.id)).map((b) => b.title);
  const desc = trace.length
    ? `${trace.length} call${trace.length === 1 ? "" : "s"} went from ${callerLabel} through the Information Mediator to: ${usedNames.join(", ") || "the Information Mediator itself"}.`
    : `This step uses ${plannedNames.join(", ") || "no other block"}, always through the Information Mediator. Run the step to see each call.`;

  const boxClass = (id: string) =>
    `arch-box ${faulty.has(id) ? "arch-fault" : first.has(id) ? "arch-lit" : planned.includes(id) || (id === IM && !trace.length) ? "arch-planned" : ""}`;

  return (
    <svg
      viewBox={`0 0 ${W} ${H}`}
      className={`h-auto w-full ${variant === "ring" ? "max-w-[32rem]" : "mx-auto max-w-[22rem]"} ${animate ? "arch-anim" : ""} ${busy ? "arch-busy" : ""}`}
      role="img"
      aria-labelledby={`arch-${variant}-title arch-${variant}-desc`}
      data-testid={`architecture-${variant}`}
    >
      <title id={`arch-${variant}-title`}>The Building Blocks around the Information Mediator</title>
      <desc id={`arch-${variant}-desc`}>{desc}</desc>
      <style>{STYLE}</style>
      {/* Spokes: every block reaches the others only through the Information Mediator. */}
      {[...pos.entries()]
        .filter(([id]) => id !== IM)
        .map(([id, p]) => (
          <line key={id} x1={CX} y1={CY} x2={p.x} y2={p.y} stroke="#c8ced6" strokeWidth={1} />
        ))}
      {trace.map((c, i) => {
        const a = pos.get(source(c))!;
        const b = pos.get(target(c)) ?? pos.get(IM)!;
        const bad = run ? ["failed", "problem"].includes(callMark(c, run)) : false;
        const d = target(c) === IM ? `M${a.x} ${a.y}L${CX} ${CY}` : `M${a.x} ${a.y}L${CX} ${CY}L${b.x} ${b.y}`;
        return (
          <path
            key={c.id}
            className="arch-call"
            d={d}
            pathLength={1}
            strokeDasharray={1}
            fill="none"
            stroke={bad ? "#b3261e" : "#1a56a6"}
            strokeWidth={3}
            strokeLinejoin="round"
            opacity={0.75}
            style={{ ["--t" as string]: `${(i * step).toFixed(2)}s` }}
          />
        );
      })}
      <g className={boxClass("caller")}>
        <Box at={pos.get("caller")!} lines={twoLines(callerLabel)} />
      </g>
      {around.map((b) => (
        <g
          key={b.id}
          className={boxClass(b.id)}
          style={first.has(b.id) ? { ["--t" as string]: delay(first.get(b.id)!) } : undefined}
          data-bb={b.id}
          data-state={faulty.has(b.id) ? "fault" : first.has(b.id) ? "lit" : planned.includes(b.id) ? "planned" : "idle"}
        >
          <Box at={pos.get(b.id)!} lines={twoLines(`${faulty.has(b.id) ? "✗\u00a0" : first.has(b.id) ? "✓\u00a0" : ""}${b.label}`)} />
          {count.has(b.id) && (
            <g className="arch-count" style={{ ["--t" as string]: delay(first.get(b.id)!) }}>
              <circle cx={pos.get(b.id)!.x + BOX_W / 2 - 4} cy={pos.get(b.id)!.y - BOX_H / 2 + 2} r={11} fill="#ffbf47" stroke="#1b1f24" />
              <text
                x={pos.get(b.id)!.x + BOX_W / 2 - 4}
                y={pos.get(b.id)!.y - BOX_H / 2 + 6.5}
                textAnchor="middle"
                fontSize={12}
                fontWeight={700}
                fill="#1b1f24"
              >
                {count.get(b.id)}
              </text>
            </g>
          )}
        </g>
      ))}
      <g className={`arch-box ${trace.length ? "arch-lit" : "arch-planned"}`} style={{ ["--t" as string]: "0s" }} data-bb={IM}>
        <rect x={CX - 74} y={CY - 30} width={148} height={60} rx={8} />
        <text x={CX} y={CY - 4} textAnchor="middle" fontSize={15}>
          Information
        </text>
        <text x={CX} y={CY + 15} textAnchor="middle" fontSize={15}>
          Mediator
        </text>
      </g>
    </svg>
  );
}

function Box({ at, lines }: { at: { x: number; y: number }; lines: string[] }) {
  return (
    <>
      <rect x={at.x - BOX_W / 2} y={at.y - BOX_H / 2} width={BOX_W} height={BOX_H} rx={6} />
      {lines.map((l, j) => (
        <text key={j} x={at.x} y={at.y + 5 + (j - (lines.length - 1) / 2) * 16} textAnchor="middle" fontSize={14}>
          {l}
        </text>
      ))}
    </>
  );
}
