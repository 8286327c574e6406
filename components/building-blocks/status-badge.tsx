import type { BbFrontmatter, Level } from "@/lib/content/schema";

const STATUS_STYLES: Record<BbFrontmatter["status"], { label: string; className: string }> = {
  published: { label: "Published", className: "border-ok text-ok" },
  draft: { label: "Draft", className: "border-warn text-warn" },
  planned: { label: "Planned", className: "border-muted text-muted border-dashed" },
};

/** The status of a spec as a word in a bordered badge (the colour only repeats the word). */
export function StatusBadge({ status }: { status: BbFrontmatter["status"] }) {
  const style = STATUS_STYLES[status];
  return (
    <span className={`inline-block rounded-sm border-2 bg-white px-2 py-0.5 text-xs font-bold uppercase tracking-wide ${style.className}`}>
      <span className="sr-only">Status: </span>
      {style.label}
    </span>
  );
}

export const STATUS_LABELS: Record<BbFrontmatter["status"], string> = {
  published: STATUS_STYLES.published.label,
  draft: STATUS_STYLES.draft.label,
  planned: STATUS_STYLES.planned.label,
};

/** A requirement level, written out in full (styles: .app-level in globals.css). */
export function LevelBadge({ level }: { level: Level }) {
  return (
    <span className="app-level" data-level={level}>
      {level}
    </span>
  );
}
