import { z } from "zod";
import { USE_CASE_IDS } from "../content/schema";
import { EVIDENCE_KIND_INFO, EVIDENCE_KINDS, evidenceRank, meetsEvidence, summariseEvidence, type EvidenceKind } from "./evidence";
import { HOSTING_LABELS, LICENCE_TYPE_LABELS, LICENCE_TYPES, type HostingModel, type LicenceType } from "./options";

// "Which product fits?": hard requirements (hosting, licence, evidence) filter; coverage of the needed
// Building Blocks, then the strength of the evidence, then the checked level rank what is left. Every
// result carries the reasons it is there and what it lacks, in plain words.

export const finderSchema = z.object({
  uc: z.enum([...USE_CASE_IDS, ""], { error: "uc: choose one of the listed use cases" }).default(""),
  bb: z
    .array(z.string().regex(/^[a-z0-9-]{2,60}$/, "bb: must be Building Block ids"))
    .max(20)
    .default([]),
  hosting: z.enum(["any", "self-hosted", "saas"], { error: "hosting: must be any, self-hosted or saas" }).default("any"),
  licence: z
    .array(z.enum(LICENCE_TYPES, { error: `licence: must be one of ${LICENCE_TYPES.join(", ")}` }))
    .max(4)
    .default([]),
  evidence: z.enum([...EVIDENCE_KINDS, ""], { error: `evidence: must be one of ${EVIDENCE_KINDS.join(", ")}` }).default(""),
});
export type FinderQuery = z.infer<typeof finderSchema>;

/** Reads the finder's URL parameters; invalid ones are dropped and reported. */
export function parseFinderQuery(params: Record<string, string | string[] | undefined>): { query: FinderQuery; errors: string[]; asked: boolean } {
  const all = (k: string) =>
    [params[k] ?? []]
      .flat()
      .flatMap((v) => v.split(","))
      .map((v) => v.trim())
      .filter(Boolean);
  const input = { uc: all("uc")[0], bb: all("bb"), hosting: all("hosting")[0], licence: all("licence"), evidence: all("evidence")[0] };
  const parsed = finderSchema.safeParse(input);
  const asked = Object.keys(params).some((k) => ["uc", "bb", "hosting", "licence", "evidence"].includes(k));
  if (parsed.success) return { query: parsed.data, errors: [], asked };
  const bad = new Set(parsed.error.issues.map((i) => String(i.path[0])));
  const cleaned = Object.fromEntries(Object.entries(input).map(([k, v]) => [k, bad.has(k) ? undefined : v]));
  return { query: finderSchema.parse(cleaned), errors: [...new Set(parsed.error.issues.map((i) => i.message))], asked };
}

export type FinderCandidate = {
  slug: string;
  name: string;
  organisationName: string;
  summary: string;
  licence: string | null;
  licenceType: LicenceType;
  hosting: HostingModel;
  isSeed: boolean;
  useCases: string[];
  countries: number;
  claims: { bbId: string; evidence: EvidenceKind; level: number }[];
};

export type FinderResult = FinderCandidate & { score: number; covered: string[]; missing: string[]; reasons: string[]; gaps: string[] };

export type FinderAnswer = {
  results: FinderResult[];
  /** How many products were left out, by the requirement that left them out (first failing one). */
  leftOut: { coverage: number; hosting: number; licence: number; evidence: number };
  /** Evidence kinds that at least one product has, for an honest "nobody has this yet". */
  kindsWithProducts: EvidenceKind[];
};

const hostingFits = (h: HostingModel, want: FinderQuery["hosting"]) => want === "any" || h === "both" || h === want;

/**
 * Ranks products for a finder query.
 * @param needed the BBs the visitor needs (chosen ones plus those of the chosen use case).
 * @param titles BB id → title, for the reasons.
 */
export function rankProducts(candidates: FinderCandidate[], query: FinderQuery, needed: string[], titles: Map<string, string>): FinderAnswer {
  const title = (id: string) => titles.get(id) ?? id;
  const list = (ids: string[]) => ids.map(title).join(", ");
  const leftOut = { coverage: 0, hosting: 0, licence: 0, evidence: 0 };
  const kinds = new Set<EvidenceKind>();
  const results: FinderResult[] = [];
  for (const p of candidates) {
    for (const c of p.claims) kinds.add(c.evidence);
    const claimed = new Set(p.claims.map((c) => c.bbId));
    const covered = needed.filter((id) => claimed.has(id));
    const missing = needed.filter((id) => !claimed.has(id));
    if (needed.length && !covered.length) {
      leftOut.coverage++;
      continue;
    }
    if (!hostingFits(p.hosting, query.hosting)) {
      leftOut.hosting++;
      continue;
    }
    if (query.licence.length && !query.licence.includes(p.licenceType)) {
      leftOut.licence++;
      continue;
    }
    const relevant = needed.length ? p.claims.filter((c) => covered.includes(c.bbId)) : p.claims;
    const evidence = summariseEvidence(relevant);
    if (query.evidence && !(evidence.strongest && meetsEvidence(evidence.strongest, query.evidence))) {
      leftOut.evidence++;
      continue;
    }
    const reasons: string[] = [];
    const gaps: string[] = [];
    if (needed.length)
      reasons.push(`Covers ${list(covered)}${needed.length > 1 ? ` (${covered.length} of the ${needed.length} Building Blocks you need)` : ""}`);
    if (missing.length) gaps.push(`Does not cover ${list(missing)}`);
    for (const g of evidence.groups) {
      if (g.kind === "self-reported") continue;
      const levelled = g.claims.filter((c) => c.level > 0).map((c) => `Level ${c.level} for ${title(c.bbId)}`);
      reasons.push(`${EVIDENCE_KIND_INFO[g.kind].label}: ${list(g.claims.map((c) => c.bbId))}${levelled.length ? ` (${levelled.join(", ")})` : ""}`);
    }
    const selfOnly = evidence.groups.find((g) => g.kind === "self-reported");
    if (p.isSeed) gaps.push("Not assessed: compiled by the portal from public sources; the vendor has not claimed it");
    else if (selfOnly)
      gaps.push(
        `Only the vendor's own word for ${list(selfOnly.claims.map((c) => c.bbId))}${evidence.selfReportedLevel ? ` (reports Level ${evidence.selfReportedLevel}, not checked)` : ""}`,
      );
    if (query.uc && p.useCases.includes(query.uc)) reasons.push("Listed for the use case you chose");
    if (query.hosting !== "any") reasons.push(HOSTING_LABELS[p.hosting]);
    if (query.licence.length) reasons.push(`${LICENCE_TYPE_LABELS[p.licenceType]}${p.licence ? ` (${p.licence})` : ""}`);
    if (p.countries) reasons.push(`Deployed in ${p.countries} ${p.countries === 1 ? "country" : "countries"}`);
    const strength = evidence.strongest ? EVIDENCE_KINDS.length - evidenceRank(evidence.strongest) : 0;
    const score =
      covered.length * 1000 +
      (p.isSeed ? 0 : strength * 100) +
      evidence.checkedLevel * 30 +
      (query.uc && p.useCases.includes(query.uc) ? 20 : 0) +
      (p.isSeed ? 0 : 10 + evidence.selfReportedLevel * 3) +
      Math.min(p.countries, 5);
    results.push({ ...p, score, covered, missing, reasons, gaps });
  }
  results.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name, "en"));
  return { results, leftOut, kindsWithProducts: EVIDENCE_KINDS.filter((k) => kinds.has(k)) };
}
