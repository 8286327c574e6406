import { EVIDENCE_KIND_INFO, summariseEvidence, type BbEvidence, type EvidenceKind, type ExtraEvidence } from "@/lib/marketplace/evidence";
import { LevelBadge } from "./badges";

const KIND_STYLE: Record<EvidenceKind, string> = {
  "use-case": "bg-ok-tint text-ok",
  "test-verified": "bg-ok-tint text-ok",
  "reviewer-verified": "bg-ok-tint text-ok",
  "self-reported": "bg-surface-code text-ink",
};

/** An evidence kind as a tag, in words. */
export function EvidenceKindTag({ kind }: { kind: EvidenceKind }) {
  return <span className={`inline-block rounded-sm px-1.5 text-sm font-semibold ${KIND_STYLE[kind]}`}>{EVIDENCE_KIND_INFO[kind].label}</span>;
}

/**
 * A product's evidence, strongest first: checked claims lead with their level; claims only the vendor
 * reports come after, and their level is said to be unchecked. Seed listings say nobody assessed them.
 */
export function EvidenceSummaryView({
  claims,
  isSeed,
  bbTitles,
  extra = [],
}: {
  claims: BbEvidence[];
  isSeed: boolean;
  bbTitles: Map<string, string>;
  extra?: ExtraEvidence;
}) {
  const summary = summariseEvidence(claims, extra);
  const title = (id: string) => bbTitles.get(id) ?? id;
  if (!summary.strongest) return <p className="mt-2 text-sm">Claims no Building Block.</p>;
  if (isSeed && extra.length === 0) {
    return (
      <p className="mt-2 text-sm">
        <span className="font-semibold">Not assessed yet.</span> Compiled by the portal from public sources for {claims.map((c) => title(c.bbId)).join(", ")};
        the vendor has not claimed this listing.
      </p>
    );
  }
  return (
    <ul className="mt-2 space-y-1 text-sm" aria-label="Evidence, strongest first">
      {summary.groups.map((g) => (
        <li key={g.kind} className="flex flex-wrap items-center gap-x-2 gap-y-1">
          <EvidenceKindTag kind={g.kind} />
          <span>
            {g.claims.map((c, i) => (
              <span key={c.bbId}>
                {i ? ", " : ""}
                {title(c.bbId)}
                {g.kind !== "self-reported" && c.level > 0 ? (
                  <>
                    {" "}
                    <LevelBadge level={c.level} />
                  </>
                ) : null}
              </span>
            ))}
            {g.kind === "self-reported" && summary.selfReportedLevel > 0 ? ` (the vendor reports Level ${summary.selfReportedLevel}; not checked)` : ""}
          </span>
        </li>
      ))}
    </ul>
  );
}
