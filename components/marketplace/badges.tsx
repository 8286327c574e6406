import { EVIDENCE_LABELS, type EvidenceType } from "@/lib/marketplace/options";

const LEVEL_STYLES = {
  2: "border-ok text-ok",
  1: "border-brand-600 text-brand-700",
  0: "border-line text-muted",
} as const;

/** A compliance level as words (never colour alone); `assessed` false reads "Not assessed". */
export function LevelBadge({ level, assessed = true }: { level: number; assessed?: boolean }) {
  const l = (level >= 2 ? 2 : level >= 1 ? 1 : 0) as 0 | 1 | 2;
  const text = !assessed ? "Not assessed" : l === 0 ? "Below Level 1" : `Level ${l}`;
  return (
    <span className={`inline-block whitespace-nowrap rounded-sm border-2 px-1.5 text-sm font-semibold ${LEVEL_STYLES[assessed ? l : 0]}`}>
      {l === 2 && assessed ? "✓✓ " : l === 1 && assessed ? "✓ " : ""}
      {text}
    </span>
  );
}

/** How a claim was checked, in words. */
export function EvidenceLabel({ evidence }: { evidence: EvidenceType }) {
  const strong = evidence !== "self-reported";
  return (
    <span className={`inline-block rounded-sm px-1.5 text-sm ${strong ? "bg-ok-tint text-ok" : "bg-surface-code text-ink"}`}>{EVIDENCE_LABELS[evidence]}</span>
  );
}

/** Marks data that nobody from the product submitted: compiled by the portal until the vendor claims it. */
export function SeedTag() {
  return <span className="inline-block rounded-sm bg-seed-tint px-1.5 text-sm text-warn">Seed data, not yet claimed by the vendor</span>;
}
