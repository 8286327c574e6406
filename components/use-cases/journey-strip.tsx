// The picture of a journey on its overview page: the steps in order against the Building Blocks
// each one uses. Every step is a link, so the picture is also the way into the steps. Drawn on the
// server: a wide SVG matrix for large screens, a vertical strip of the same data for phones.
import Link from "next/link";
import { STACK_LAYERS } from "@/components/home/stack-layers";
import { wrapLabel } from "./trace-labels";

export type StripStep = { title: string; buildingBlocks: string[] };
export type StripBb = { id: string; title: string };

const SHORT = new Map(STACK_LAYERS.flatMap((l) => l.blocks.map((b) => [b.id, b.label] as const)));
const short = (bb: StripBb) => SHORT.get(bb.id) ?? bb.title;

const W = 1000;
const LABEL_W = 190;
const ROW_H = 30;
const TITLE_LINE = 16;

function stepLabel(i: number, step: StripStep, bbs: StripBb[]): string {
  const names = bbs.filter((b) => step.buildingBlocks.includes(b.id)).map((b) => b.title);
  return `Step ${i + 1}: ${step.title}. Uses ${names.join(", ")}.`;
}

export function JourneyStrip({ useCaseId, steps, bbs, current }: { useCaseId: string; steps: StripStep[]; bbs: StripBb[]; current?: number }) {
  const colW = (W - LABEL_W) / steps.length;
  const titles = steps.map((s) => wrapLabel(s.title, Math.floor((colW - 10) / 7.6)));
  const headH = 44 + Math.max(...titles.map((t) => t.length)) * TITLE_LINE;
  const height = headH + bbs.length * ROW_H + 10;
  const cx = (i: number) => LABEL_W + colW * i + colW / 2;
  const href = (i: number) => `/use-cases/${useCaseId}/steps/${i + 1}`;

  return (
    <div data-testid="journey-strip">
      <svg viewBox={`0 0 ${W} ${height}`} className="hidden h-auto w-full lg:block" role="group" aria-labelledby="strip-title" aria-describedby="strip-desc">
        <title id="strip-title">The journey step by step, against the Building Blocks each step uses</title>
        <desc id="strip-desc">Each step is a link to its page. A filled dot means the step uses that Building Block.</desc>
        {bbs.map((bb, r) => {
          const y = headH + r * ROW_H;
          return (
            <g key={bb.id}>
              <rect x={0} y={y} width={W} height={ROW_H} fill={r % 2 ? "#ffffff" : "#f5f7fa"} />
              <text x={8} y={y + ROW_H / 2 + 5} fontSize={14} fill="#1b1f24" fontWeight={bb.id === "information-mediator" ? 700 : 400}>
                {short(bb)}
              </text>
            </g>
          );
        })}
        <line x1={cx(0)} y1={20} x2={cx(steps.length - 1)} y2={20} stroke="#13407a" strokeWidth={3} />
        {steps.map((step, i) => {
          const here = current === i + 1;
          return (
            <a key={i} href={href(i)} aria-label={stepLabel(i, step, bbs)} aria-current={here ? "step" : undefined} className="group">
              <rect
                x={LABEL_W + colW * i + 2}
                y={0}
                width={colW - 4}
                height={height}
                rx={6}
                className="fill-transparent group-hover:fill-brand-50/60 group-focus-visible:fill-focus/30 group-focus-visible:stroke-ink group-focus-visible:[stroke-width:3]"
              />
              <circle cx={cx(i)} cy={20} r={15} fill={here ? "#ffbf47" : "#13407a"} stroke="#0b2545" strokeWidth={2} />
              <text x={cx(i)} y={25} textAnchor="middle" fontSize={15} fontWeight={700} fill={here ? "#1b1f24" : "#ffffff"}>
                {i + 1}
              </text>
              <text textAnchor="middle" fontSize={13} fontWeight={600} fill="#13407a" className="underline">
                {titles[i]!.map((line, n) => (
                  <tspan key={n} x={cx(i)} y={52 + n * TITLE_LINE}>
                    {line}
                  </tspan>
                ))}
              </text>
              {bbs.map((bb, r) =>
                step.buildingBlocks.includes(bb.id) ? (
                  <circle key={bb.id} cx={cx(i)} cy={headH + r * ROW_H + ROW_H / 2} r={8} fill={bb.id === "information-mediator" ? "#0b2545" : "#1a56a6"} />
                ) : (
                  <circle key={bb.id} cx={cx(i)} cy={headH + r * ROW_H + ROW_H / 2} r={3} fill="#8b95a1" />
                ),
              )}
            </a>
          );
        })}
      </svg>

      <ol className="space-y-0 lg:hidden" aria-label="The journey step by step">
        {steps.map((step, i) => (
          <li key={i} className="relative flex gap-3 pb-4">
            {i < steps.length - 1 && <span aria-hidden="true" className="absolute top-8 bottom-0 left-[0.95rem] w-0.5 bg-brand-700" />}
            <span
              aria-hidden="true"
              className={`z-10 flex h-8 w-8 shrink-0 items-center justify-center rounded-full border-2 border-brand-900 font-bold ${current === i + 1 ? "bg-focus text-ink" : "bg-brand-700 text-white"}`}
            >
              {i + 1}
            </span>
            <div className="min-w-0">
              <Link href={href(i)} aria-current={current === i + 1 ? "step" : undefined} className="font-semibold">
                <span className="sr-only">Step {i + 1}: </span>
                {step.title}
              </Link>
              <ul className="mt-1 flex flex-wrap gap-1" aria-label="Building Blocks used">
                {bbs
                  .filter((b) => step.buildingBlocks.includes(b.id))
                  .map((b) => (
                    <li key={b.id} className="rounded-sm border border-line bg-brand-50 px-1.5 text-sm">
                      {short(b)}
                    </li>
                  ))}
              </ul>
            </div>
          </li>
        ))}
      </ol>
    </div>
  );
}
