import type { FieldSpec } from "@/components/forms/action-form";
import type { ProductSnapshot } from "@/db/marketplace/core/types";
import { getBuildingBlocks } from "@/lib/content/building-blocks";
import { USE_CASE_IDS } from "@/lib/content/schema";
import {
  DPG_LABELS,
  DPG_STATUSES,
  HOSTING_LABELS,
  HOSTING_MODELS,
  LICENCE_TYPE_LABELS,
  LICENCE_TYPES,
  PRICING_LABELS,
  PRICING_MODELS,
} from "@/lib/marketplace/options";
import { getUseCaseTitles } from "@/lib/content/use-cases";

const opts = <T extends string>(values: readonly T[], labels: Record<T, string>) => values.map((v) => ({ value: v, label: labels[v] }));

/** Planned BBs have no specification to claim against yet. */
export const isClaimableBb = (status: string) => status !== "planned";

function claimHint(b: { status: string; requirements: unknown[] }): string {
  if (b.status === "published") return `${b.requirements.length} requirements`;
  if (b.status === "planned") return "Planned: no specification yet. Untick to remove the claim.";
  return b.requirements.length
    ? `Draft specification: its ${b.requirements.length} requirements may still change`
    : "Draft specification without requirements yet: the claim is listed, but no level can be shown";
}

/** The product details form, filled from a working copy when editing. */
export function productFields(p?: ProductSnapshot): FieldSpec[] {
  return [
    { name: "name", label: "Product name", type: "text", defaultValue: p?.name },
    {
      name: "summary",
      label: "Summary",
      type: "textarea",
      rows: 2,
      hint: "One or two plain sentences, 20 to 300 characters, shown in search results.",
      defaultValue: p?.summary,
    },
    {
      name: "description",
      label: "Description (optional)",
      type: "textarea",
      rows: 8,
      hint: "Markdown is allowed: **bold**, lists, links. HTML is not.",
      defaultValue: p?.description,
    },
    {
      name: "bbs",
      label: "Building Blocks the product implements",
      type: "checkboxes",
      hint: "You will answer each Building Block's requirements next. Building Blocks whose specification is only planned cannot be claimed yet.",
      // Planned specs have nothing to claim against; one already claimed stays listed so it can be removed.
      options: getBuildingBlocks()
        .filter((b) => isClaimableBb(b.status) || p?.bbs.some((c) => c.bbId === b.id))
        .map((b) => ({ value: b.id, label: b.status === "published" ? b.title : `${b.title} (${b.status} specification)`, hint: claimHint(b) })),
      defaultValue: p?.bbs.map((b) => b.bbId) ?? [],
    },
    {
      name: "useCases",
      label: "Use cases it serves (optional)",
      type: "checkboxes",
      options: USE_CASE_IDS.map((u) => ({ value: u, label: getUseCaseTitles()[u] ?? u })),
      defaultValue: p?.useCases ?? [],
    },
    { name: "licenceType", label: "Licence type", type: "radios", options: opts(LICENCE_TYPES, LICENCE_TYPE_LABELS), defaultValue: p?.licenceType },
    {
      name: "licence",
      label: "Licence (SPDX id, optional)",
      type: "text",
      hint: "For example Apache-2.0, MIT or AGPL-3.0. Leave empty for a proprietary licence.",
      defaultValue: p?.licence ?? "",
    },
    { name: "hosting", label: "Hosting", type: "radios", options: opts(HOSTING_MODELS, HOSTING_LABELS), defaultValue: p?.hosting },
    { name: "pricing", label: "Pricing", type: "radios", options: opts(PRICING_MODELS, PRICING_LABELS), defaultValue: p?.pricing },
    {
      name: "dpgStatus",
      label: "Digital public good status",
      type: "radios",
      options: opts(DPG_STATUSES, DPG_LABELS),
      defaultValue: p?.dpgStatus ?? "unknown",
    },
    { name: "website", label: "Website (optional)", type: "url", hint: "Starts with https://", defaultValue: p?.website ?? "" },
    { name: "sourceUrl", label: "Source code repository (optional)", type: "url", defaultValue: p?.sourceUrl ?? "" },
    { name: "docsUrl", label: "Documentation (optional)", type: "url", defaultValue: p?.docsUrl ?? "" },
    { name: "versionLabel", label: "Current version (optional)", type: "text", hint: "For example 1.13.0", defaultValue: p?.versionLabel ?? "" },
    {
      name: "languages",
      label: "Languages of the user interface (optional)",
      type: "text",
      hint: "Separate with commas, for example English, French, Swahili",
      defaultValue: p?.languages.join(", ") ?? "",
    },
    { name: "contactEmail", label: "Contact email (optional)", type: "email", autoComplete: "email", defaultValue: p?.contactEmail ?? "" },
    {
      name: "deployments",
      label: "Deployments (optional)",
      type: "textarea",
      rows: 4,
      hint: "One per line: two-letter country code | what is deployed | optional link. For example: KE | National health information system | https://example.org/case-study",
      defaultValue: p?.deployments.map((d) => [d.country, d.description, d.url].filter(Boolean).join(" | ")).join("\n") ?? "",
    },
  ];
}
