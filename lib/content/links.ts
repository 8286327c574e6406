import { extractHeadings } from "./headings";
import { USE_CASE_IDS, type UseCaseId } from "./schema";
import { STEP_COUNTS } from "./use-case-schema";
import type { BuildingBlock } from "./building-blocks";
import { snapshotVersions } from "./versions";

/**
 * Anchors the spec page itself adds around the MDX body. A heading in a spec must not take one of
 * these slugs, or links to the page section would land on the heading instead.
 */
export const SPEC_PAGE_ANCHORS = {
  toc: "contents",
  requirements: "requirements",
  operations: "api-operations",
  useCases: "used-in-use-cases",
  related: "related-building-blocks",
  downloads: "downloads",
  changelog: "changelog",
  coverage: "govstack-coverage",
} as const;

/** The link to one requirement on its spec page: the table row's id is the requirement id as written (case matters). */
export function requirementHref(bbId: string, requirementId: string): string {
  return `/building-blocks/${bbId}#${encodeURIComponent(requirementId)}`;
}

/** Portal pages outside /building-blocks that specs may link to. */
const STATIC_ROUTES = new Set(["/", "/building-blocks", "/use-cases", "/sandbox", "/marketplace", "/search", "/about", "/accessibility", "/get-involved"]);

/** Links in Markdown (`](/x#y)`) and in JSX/HTML (`href="/x#y"`) that stay inside the portal. */
const LINK_PATTERNS = [/\]\(\s*<?((?:\/|#)[^)\s>]*)>?(?:\s+"[^"]*")?\s*\)/g, /\bhref=["']((?:\/|#)[^"']*)["']/g];

/** Every internal link target written in an MDX body, in order. */
export function internalLinks(body: string): string[] {
  const withoutCode = body.replace(/```[\s\S]*?```/g, "").replace(/`[^`\n]*`/g, "");
  const found: { at: number; target: string }[] = [];
  for (const pattern of LINK_PATTERNS) {
    for (const match of withoutCode.matchAll(pattern)) found.push({ at: match.index ?? 0, target: match[1] ?? "" });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.target);
}

/** The anchors a spec page offers: heading slugs, requirement ids and the page's own sections. */
export function specAnchors(bb: BuildingBlock): Set<string> {
  return new Set([
    ...extractHeadings(bb.body).map((h) => h.slug),
    ...bb.requirements.map((r) => r.id),
    ...Object.values(SPEC_PAGE_ANCHORS),
  ]);
}

/**
 * Checks one internal link against the portal's routes and, for spec pages, their anchors.
 * @param from the BB whose body holds the link (for same-page `#anchor` links)
 * @returns a problem worded for the contributor, or undefined when the link resolves
 */
export function checkInternalLink(target: string, from: BuildingBlock, blocks: Map<string, BuildingBlock>): string | undefined {
  const hashAt = target.indexOf("#");
  const withQuery = hashAt === -1 ? target : target.slice(0, hashAt);
  const anchor = hashAt === -1 ? undefined : decodeURIComponent(target.slice(hashAt + 1));
  const path = withQuery.split("?")[0]?.replace(/(.)\/$/, "$1") ?? "";

  if (path === "") return checkAnchor(target, from, anchor);
  if (STATIC_ROUTES.has(path)) return anchor ? `broken link ${target}: only Building Block pages have checked anchors; link to the page without "#${anchor}"` : undefined;

  const useCase = /^\/use-cases\/([^/]+)(?:\/steps\/(\d+))?$/.exec(path);
  if (useCase) {
    const [, id = "", step] = useCase;
    if (!(USE_CASE_IDS as readonly string[]).includes(id)) return `broken link ${target}: no use case "${id}" (known: ${USE_CASE_IDS.join(", ")})`;
    const steps = STEP_COUNTS[id as UseCaseId];
    if (step !== undefined && (Number(step) < 1 || Number(step) > steps)) return `broken link ${target}: ${id} has steps 1 to ${steps}`;
    return undefined;
  }

  const spec = /^\/(building-blocks|mock)\/([^/]+)(\/.*)?$/.exec(path);
  if (spec) {
    const [, area, id = "", rest = ""] = spec;
    const bb = blocks.get(id);
    if (!bb) return `broken link ${target}: no Building Block "${id}"`;
    if (area === "mock") return bb.hasApi ? undefined : `broken link ${target}: "${id}" has no API contract, so no mock`;
    if (rest === "") return checkAnchor(target, bb, anchor);
    if (rest === "/requirements.json") return undefined;
    const version = /^\/(?:v\/([^/]+)|diff\/([^/]+)\/([^/]+))$/.exec(rest);
    if (version) {
      const known = new Set([bb.version, ...snapshotVersions(bb.id)]);
      const missing = [version[1], version[2], version[3]].filter((v) => v !== undefined && !known.has(v));
      return missing.length > 0 ? `broken link ${target}: ${bb.id} has no readable version ${missing.join(", ")} (known: ${[...known].join(", ")})` : undefined;
    }
    if (rest === "/api" || rest === "/openapi.yaml") return bb.hasApi ? undefined : `broken link ${target}: "${id}" has no openapi.yaml`;
    return `broken link ${target}: no page at ${path}`;
  }
  if (path.startsWith("/marketplace/products/")) return undefined;
  return `broken link ${target}: no page at ${path}`;
}

function checkAnchor(target: string, bb: BuildingBlock, anchor: string | undefined): string | undefined {
  if (!anchor) return undefined;
  if (specAnchors(bb).has(anchor)) return undefined;
  return `broken link ${target}: the ${bb.id} page has no anchor "#${anchor}" (use a heading's slug, a requirement id or one of: ${Object.values(SPEC_PAGE_ANCHORS).join(", ")})`;
}
