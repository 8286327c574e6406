// The SVG of a conformance badge: "<BB> | Level n tested <date>" (or "not tested"). Text is escaped;
// widths are estimated from character counts (no font metrics on the server).

const esc = (s: string) => s.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&#39;" })[c]!);
const width = (s: string) => Math.round(s.length * 6.6 + 14);

/** Colours pass 4.5:1 with white text. */
const COLOURS = { 2: "#1e6b34", 1: "#1f4e9c", 0: "#595959", none: "#595959" } as const;

export function badgeSvg(bbTitle: string, result?: { level: number; date: string; current: boolean; specVersion: string }): string {
  const left = bbTitle.slice(0, 40);
  const right = !result
    ? "not tested"
    : `${result.level > 0 ? `Level ${result.level}` : "below Level 1"} · tested ${result.date}${result.current ? "" : ` (spec v${result.specVersion})`}`;
  const lw = width(left);
  const rw = width(right);
  const colour = result ? COLOURS[Math.min(2, Math.max(0, result.level)) as 0 | 1 | 2] : COLOURS.none;
  const label = `${left}: ${right} (GovStack conformance, verified by tests)`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${lw + rw}" height="20" role="img" aria-label="${esc(label)}"><title>${esc(label)}</title><rect width="${lw}" height="20" fill="#333"/><rect x="${lw}" width="${rw}" height="20" fill="${colour}"/><g fill="#fff" font-family="Verdana,DejaVu Sans,sans-serif" font-size="11"><text x="7" y="14">${esc(left)}</text><text x="${lw + 7}" y="14">${esc(right)}</text></g></svg>`;
}
