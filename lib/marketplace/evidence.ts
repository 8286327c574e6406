import type { EvidenceType } from "./options";

// The one place that says which kinds of evidence exist and how strong each is. Cards, the finder and
// the compare page all read it, so a new kind (conformance runs, use-case runs) is added here once.

/** Every kind of evidence the marketplace knows, strongest first. */
export const EVIDENCE_KINDS = ["use-case", "test-verified", "reviewer-verified", "self-reported"] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export const EVIDENCE_KIND_INFO: Record<EvidenceKind, { label: string; short: string; explain: string }> = {
  "use-case": {
    label: "Works in a use case",
    short: "ran in a use case",
    explain: "The product took the place of a mock Building Block in a sandbox use case, and the journey passed.",
  },
  "test-verified": {
    label: "Verified by automated tests",
    short: "test-verified",
    explain: "The portal ran the Building Block's conformance tests against the product.",
  },
  "reviewer-verified": {
    label: "Checked by a portal reviewer",
    short: "reviewer-checked",
    explain: "A portal reviewer read the vendor's answers and evidence and accepted them.",
  },
  "self-reported": {
    label: "Self-reported by the vendor",
    short: "self-reported",
    explain: "The vendor's own answers. Nobody else has checked them yet.",
  },
};

/** Position of a kind: 0 is the strongest. */
export const evidenceRank = (kind: EvidenceKind): number => EVIDENCE_KINDS.indexOf(kind);

/** Whether `kind` is at least as strong as `required`. */
export const meetsEvidence = (kind: EvidenceKind, required: EvidenceKind): boolean => evidenceRank(kind) <= evidenceRank(required);

/** One claimed BB with the evidence behind it (stored kind) and its computed level. */
export type BbEvidence = { bbId: string; evidence: EvidenceType | EvidenceKind; level: number };

/** Extra evidence from other sources (conformance runs, use-case runs) per BB, with the level it shows. */
export type ExtraEvidence = { bbId: string; kind: EvidenceKind; level: number }[];

export type EvidenceSummary = {
  /** The strongest kind any claim has, or null when the product claims no BB. */
  strongest: EvidenceKind | null;
  /** Claims grouped by kind, strongest kind first; each claim appears once, under its strongest kind. */
  groups: { kind: EvidenceKind; claims: { bbId: string; level: number }[] }[];
  /** The best level among claims with more than self-reported evidence (0 when none). */
  checkedLevel: number;
  /** The best level the vendor reports without anyone checking it (0 when none). */
  selfReportedLevel: number;
};

/**
 * Orders a product's evidence strongest first. Each claim counts under the strongest kind known for
 * it (its stored evidence, or a stronger one from `extra`). Self-reported levels are kept apart, so a
 * page never shows them as the headline.
 */
export function summariseEvidence(claims: BbEvidence[], extra: ExtraEvidence = []): EvidenceSummary {
  const best = new Map<string, { kind: EvidenceKind; level: number }>();
  for (const c of claims) best.set(c.bbId, { kind: c.evidence as EvidenceKind, level: c.level });
  for (const e of extra) {
    const current = best.get(e.bbId);
    // A stronger kind replaces the claim's evidence, and its level with it (never the vendor's own level).
    if (current && evidenceRank(e.kind) < evidenceRank(current.kind)) Object.assign(current, { kind: e.kind, level: e.level });
  }
  const groups = EVIDENCE_KINDS.map((kind) => ({
    kind,
    claims: [...best]
      .filter(([, v]) => v.kind === kind)
      .map(([bbId, v]) => ({ bbId, level: v.level }))
      .sort((a, b) => b.level - a.level || a.bbId.localeCompare(b.bbId)),
  })).filter((g) => g.claims.length > 0);
  const levels = (pick: (k: EvidenceKind) => boolean) => Math.max(0, ...[...best.values()].filter((v) => pick(v.kind)).map((v) => v.level));
  return {
    strongest: groups[0]?.kind ?? null,
    groups,
    checkedLevel: levels((k) => k !== "self-reported"),
    selfReportedLevel: levels((k) => k === "self-reported"),
  };
}
