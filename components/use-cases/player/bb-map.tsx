import type { PlayerBb } from "./types";

/**
 * A small map of the Building Blocks with the ones that took part highlighted: filled, thicker
 * border and a tick in the label, so the difference never relies on colour alone.
 */
export function BbMap({ bbs, used }: { bbs: PlayerBb[]; used: Set<string> }) {
  const cols = 2;
  const w = 150;
  const h = 34;
  const gap = 8;
  const rows = Math.ceil(bbs.length / cols);
  const names = bbs.filter((b) => used.has(b.id)).map((b) => b.title);
  return (
    <figure>
      <svg viewBox={`0 0 ${cols * (w + gap)} ${rows * (h + gap)}`} className="w-full max-w-sm" role="img" aria-labelledby="bb-map-title">
        <title id="bb-map-title">{names.length ? `Building Blocks that took part: ${names.join(", ")}` : "No Building Block has been called yet"}</title>
        {bbs.map((b, i) => {
          const on = used.has(b.id);
          const x = (i % cols) * (w + gap);
          const y = Math.floor(i / cols) * (h + gap);
          return (
            <g key={b.id}>
              <rect x={x + 1} y={y + 1} width={w - 2} height={h - 2} rx={4} fill={on ? "#13407a" : "#ffffff"} stroke={on ? "#0b2545" : "#c8ced6"} strokeWidth={on ? 3 : 1} strokeDasharray={on ? undefined : "4 3"} />
              <text x={x + 8} y={y + h / 2 + 4} fontSize={11} fill={on ? "#ffffff" : "#4b5563"} fontWeight={on ? 700 : 400}>
                {on ? "✓ " : ""}
                {b.title.length > 22 ? `${b.title.slice(0, 21)}…` : b.title}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="mt-1 text-sm text-[var(--color-muted)]">Filled with a tick: took part in this run. Dashed: not used.</figcaption>
    </figure>
  );
}
