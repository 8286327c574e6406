import { Fragment, type ReactNode } from "react";
import { STACK_LAYERS, type StackLayer } from "./stack-layers";

/** Drawing sizes, in SVG user units, for one variant of the diagram. */
type Variant = {
  key: "wide" | "narrow";
  width: number;
  pad: number;
  gap: number;
  maxCols: number;
  titleSize: number;
  labelSize: number;
  boxHeight: number;
};

// Two drawings of the same data: a wide one for desktops and a two-column one that stays
// readable on a 320 px phone. CSS shows exactly one, so assistive technology meets one.
const WIDE: Variant = { key: "wide", width: 1000, pad: 20, gap: 12, maxCols: 6, titleSize: 20, labelSize: 18, boxHeight: 64 };
const NARROW: Variant = { key: "narrow", width: 320, pad: 12, gap: 8, maxCols: 2, titleSize: 16, labelSize: 15, boxHeight: 54 };

// Light band fills (all under ink text at > 12:1); layers are also named in text, never by colour alone.
const BAND_FILL: Record<StackLayer["layer"], string> = {
  "common-application": "fill-brand-50",
  foundational: "fill-layer-foundational",
  mediation: "fill-layer-mediation",
  infrastructure: "fill-layer-infrastructure",
};

/** Greedy word wrap by estimated text width (bold system fonts run up to about 0.66 em per character). */
function wrap(label: string, boxWidth: number, fontSize: number): string[] {
  const maxChars = Math.max(4, Math.floor((boxWidth - 24) / (fontSize * 0.66)));
  const lines: string[] = [];
  for (const word of label.split(" ")) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= maxChars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** A block is a link to its specification on the page; in the downloadable file, where no site is behind it, a plain group. */
function Block({ id, label, linked, children }: { id: string; label: string; linked: boolean; children: ReactNode }) {
  return linked ? (
    <a href={`/building-blocks/${id}`} aria-label={label} className="group no-underline">
      {children}
    </a>
  ) : (
    <g>{children}</g>
  );
}

function Band({ band, y, v, linked }: { band: StackLayer; y: number; v: Variant; linked: boolean }) {
  const cols = Math.min(band.blocks.length, v.maxCols);
  const inner = v.width - 2 * v.pad;
  const boxWidth = (inner - (cols - 1) * v.gap) / cols;
  const rows = Math.ceil(band.blocks.length / cols);
  const top = y + v.pad + v.titleSize + v.gap;
  const height = top - y + rows * v.boxHeight + (rows - 1) * v.gap + v.pad;
  return (
    <g>
      <rect x={0} y={y} width={v.width} height={height} rx={6} className={BAND_FILL[band.layer]} />
      <text x={v.pad} y={y + v.pad + v.titleSize * 0.8} fontSize={v.titleSize} fontWeight={700} className="fill-ink">
        {band.title}
      </text>
      {band.blocks.map((block, i) => {
        const x = v.pad + (i % cols) * (boxWidth + v.gap);
        const by = top + Math.floor(i / cols) * (v.boxHeight + v.gap);
        const lines = wrap(block.label, boxWidth, v.labelSize);
        const lineHeight = v.labelSize * 1.2;
        const firstBaseline = by + v.boxHeight / 2 - ((lines.length - 1) * lineHeight) / 2 + v.labelSize * 0.35;
        return (
          <Block key={block.id} id={block.id} label={block.label} linked={linked}>
            <rect
              x={x}
              y={by}
              width={boxWidth}
              height={v.boxHeight}
              rx={4}
              className="fill-white stroke-brand-700 [stroke-width:2] group-hover:fill-brand-50 group-focus-visible:fill-focus group-focus-visible:stroke-ink group-focus-visible:[stroke-width:4]"
            />
            <text textAnchor="middle" fontSize={v.labelSize} fontWeight={700} className="fill-brand-900 group-focus-visible:fill-ink">
              {lines.map((line, n) => (
                <Fragment key={line}>
                  {/* An un-underlined space keeps the words apart when the lines are read as one string. */}
                  {n > 0 ? <tspan> </tspan> : null}
                  <tspan x={x + boxWidth / 2} y={firstBaseline + n * lineHeight} className={linked ? "underline" : undefined}>
                    {line}
                  </tspan>
                </Fragment>
              ))}
            </text>
          </Block>
        );
      })}
    </g>
  );
}

/** Height of a band, mirroring the arithmetic in Band. */
function bandHeight(band: StackLayer, v: Variant): number {
  const rows = Math.ceil(band.blocks.length / Math.min(band.blocks.length, v.maxCols));
  return 2 * v.pad + v.titleSize + v.gap + rows * v.boxHeight + (rows - 1) * v.gap;
}

/** Where each band starts, below the "public services" strip, and the drawing's total height. */
function stackLayout(v: Variant): { bands: { band: StackLayer; at: number }[]; height: number } {
  const bands: { band: StackLayer; at: number }[] = [];
  let y = v.boxHeight + v.gap;
  for (const band of STACK_LAYERS) {
    bands.push({ band, at: y });
    y += bandHeight(band, v) + v.gap;
  }
  return { bands, height: y - v.gap };
}

const DESCRIPTION =
  "From top to bottom: public services that people use are built from " +
  STACK_LAYERS.map((band) => `${band.title.toLowerCase()} (${band.blocks.map((b) => b.label).join(", ")})`).join(", then ") +
  ".";

function Drawing({ v, className, linked = true }: { v: Variant; className?: string; linked?: boolean }) {
  const titleId = `stack-${v.key}-title`;
  const descId = `stack-${v.key}-desc`;
  const servicesHeight = v.boxHeight;
  const { bands, height } = stackLayout(v);
  return (
    // On the page, role="group", not "img": an img's children are presentational, which would hide the
    // block links from screen readers. The file has no links, so it is one image. <title> names it, <desc> describes it.
    <svg
      role={linked ? "group" : "img"}
      aria-labelledby={titleId}
      aria-describedby={descId}
      viewBox={`0 0 ${v.width} ${height}`}
      className={className && `h-auto w-full ${className}`}
    >
      <title id={titleId}>The Building Block stack</title>
      <desc id={descId}>{linked ? `${DESCRIPTION} Each block is a link to its specification.` : DESCRIPTION}</desc>
      <rect x={1} y={1} width={v.width - 2} height={servicesHeight - 2} rx={6} className="fill-white stroke-ink [stroke-dasharray:8_6] [stroke-width:2]" />
      <text x={v.width / 2} y={servicesHeight / 2 + v.titleSize * 0.35} textAnchor="middle" fontSize={v.titleSize} fontWeight={700} className="fill-ink">
        Public services people use
      </text>
      {bands.map(({ band, at }) => (
        <Band key={band.layer} band={band} y={at} v={v} linked={linked} />
      ))}
    </svg>
  );
}

/**
 * The Building Block stack as inline SVG with real text and a link per block. Server component:
 * no client JavaScript.
 */
export function StackDiagram() {
  return (
    <>
      <Drawing v={WIDE} className="hidden lg:block" />
      <Drawing v={NARROW} className="mx-auto max-w-[26rem] lg:hidden" />
    </>
  );
}

/** The wide drawing without links or page classes' layout, for the downloadable file (see stack-diagram-file.ts). */
export function StackDrawingForFile() {
  return <Drawing v={WIDE} linked={false} />;
}
