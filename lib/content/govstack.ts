import { LEVELS, type GovstackSpec, type Level, type Requirement } from "./schema";

/**
 * Tracing our requirements to GovStack's. GovStack's spec lists requirements as bullets or headings
 * ending in "(REQUIRED)", "(RECOMMENDED)" or "(OPTIONAL)", or as rows of an HTML table whose last
 * cell is the level, under numbered headings. We name an item by its heading number and its
 * position: "6.1 #3" is the third such line (or table row) under heading 6.1, and a heading that
 * states a level itself ("5.1.1 Privacy (REQUIRED)") is named by its number alone. When one line
 * states several items ("… (REQUIRED); … (OPTIONAL)"), the first is named as above and the others
 * by a letter after the line's number ("6.1 #11b"), so that no other item's name moves. A line that
 * raises one of GovStack's shared requirements ("From [RECOMMENDED …] to [REQUIRED …]") is an item
 * at the level it is raised to.
 */

const LEVEL = "REQUIRED|RECOMMENDED|OPTIONAL";
const LEVELS_IN_LINE = new RegExp(`\\((${LEVEL})\\)|\\b(${LEVEL})\\s*\\)?\\s*$`, "g");
const BRACKETED_LEVEL = new RegExp(`\\[(${LEVEL})\\b[^\\]]*\\]`, "g");
const CELL_LEVEL = new RegExp(`^(${LEVEL})$`);
const NUMBERED_HEADING = /^#{1,6}\s+(\d+(?:\.\d+)*)/;

/** Markdown as text: no tags, bold markers or escapes (GitBook bolds parts of a heading's number, "## **5**.1**.2 …"). */
function plainText(markdown: string): string {
  return markdown.replace(/<[^>]+>|\*\*|\\/g, "").trim();
}

/** The levels an HTML table's rows state in their last cell, one per row, in order (rows without one are skipped). */
function tableRowLevels(line: string): Level[] {
  const levels: Level[] = [];
  for (const row of line.split(/<tr\b[^>]*>/i).slice(1)) {
    const cells = [...row.matchAll(/<t[dh]\b[^>]*>([\s\S]*?)<\/t[dh]>/gi)].map((cell) => plainText(cell[1]!));
    const level = CELL_LEVEL.exec(cells.at(-1) ?? "");
    if (level) levels.push(level[1] as Level);
  }
  return levels;
}

/** The levels of the items one line of text states, in order. */
function lineLevels(plain: string): Level[] {
  const stated = [...plain.matchAll(LEVELS_IN_LINE)].map((m) => (m[1] ?? m[2]) as Level);
  if (stated.length > 0) return stated;
  // "From [RECOMMENDED EXTENSIBLE] to [REQUIRED EXTENSIBLE]": one item, at the last level named.
  const bracketed = [...plain.matchAll(BRACKETED_LEVEL)].map((m) => m[1] as Level);
  return bracketed.length > 0 ? [bracketed.at(-1)!] : [];
}

/** Every requirement item of GovStack's spec markdown (files in reading order), with its level. */
export function extractGovstackItems(markdownFiles: string[]): { ref: string; level: Level }[] {
  const items: { ref: string; level: Level }[] = [];
  for (const markdown of markdownFiles) {
    let section = "";
    const counts = new Map<string, number>();
    const next = () => {
      const n = (counts.get(section) ?? 0) + 1;
      counts.set(section, n);
      return `${section} #${n}`;
    };
    for (const line of markdown.split("\n")) {
      const plain = plainText(line);
      const heading = NUMBERED_HEADING.exec(plain);
      if (heading) section = heading[1]!.replace(/\.$/, "");
      if (!section) continue;
      const rows = /<tr\b/i.test(line) ? tableRowLevels(line) : [];
      if (rows.length > 0) {
        for (const level of rows) items.push({ ref: next(), level });
        continue;
      }
      const levels = lineLevels(plain);
      if (levels.length === 0) continue;
      if (heading) {
        items.push({ ref: section, level: levels[0]! });
        continue;
      }
      const ref = next();
      levels.forEach((level, i) => items.push({ ref: i === 0 ? ref : `${ref}${String.fromCharCode(97 + i)}`, level }));
    }
  }
  return items;
}

/**
 * The item refs a requirement's `source.section` names: "6.1 #3", "6.1 #3, 5", "6.1 #3-5",
 * "6.1 #3b" (the second item on that line), "5.1.1" and several of these separated by ";".
 * @throws Error with a readable reason when the text does not follow that form.
 */
export function parseItemRefs(section: string): string[] {
  const refs: string[] = [];
  for (const part of section.split(";").map((p) => p.trim())) {
    const match = /^(\d+(?:\.\d+)*)(?:\s+#\s*((?:\d+[b-z]?|[,\s-])+))?$/.exec(part);
    if (!match) throw new Error(`"${part}" is not an item reference; write 6.1 #3, 6.1 #3, 5, 6.1 #3-5, 6.1 #3b or 5.1.1`);
    const [, heading, numbers] = match;
    if (!numbers) {
      refs.push(heading!);
      continue;
    }
    for (const piece of numbers.split(",").map((p) => p.trim()).filter(Boolean)) {
      if (/^\d+[b-z]$/.test(piece)) {
        refs.push(`${heading} #${piece}`);
        continue;
      }
      const range = /^(\d+)(?:\s*-\s*(\d+))?$/.exec(piece);
      if (!range) throw new Error(`"${piece}" in "${part}" is not an item number (3, or 3b for a line's second item) or a range like 3-5`);
      const from = Number(range[1]);
      const to = Number(range[2] ?? range[1]);
      if (to < from) throw new Error(`the range ${piece} in "${part}" runs backwards`);
      for (let n = from; n <= to; n++) refs.push(`${heading} #${n}`);
    }
  }
  return refs;
}

export type LevelCoverage = { level: Level; covered: number; total: number };

/** How many of GovStack's items, per level, some requirement of ours traces to. */
export function govstackCoverage(spec: GovstackSpec, requirements: readonly Requirement[]): LevelCoverage[] {
  const covered = new Set<string>();
  for (const req of requirements) {
    if (!req.source || !("govstack" in req.source) || req.source.govstack !== spec.version) continue;
    try {
      for (const ref of parseItemRefs(req.source.section)) covered.add(ref);
    } catch {
      // Reported by content:check; a bad reference simply covers nothing here.
    }
  }
  return LEVELS.map((level) => {
    const refs = Object.entries(spec.items).filter(([, l]) => l === level).map(([ref]) => ref);
    return { level, total: refs.length, covered: refs.filter((r) => covered.has(r)).length };
  });
}

/**
 * Problems with the sources of one BB's requirements, for content:check: a REQUIRED requirement
 * without a source; a GovStack reference that is malformed, names another spec version or an item
 * GovStack does not have, repeats another requirement's item, or changes its strength; and (when
 * the BB has a govstack.yaml) a GovStack REQUIRED item that no requirement traces to.
 */
export function checkSources(requirements: readonly Requirement[], spec: GovstackSpec | undefined): string[] {
  const problems: string[] = [];
  const owner = new Map<string, string>();
  for (const req of requirements) {
    const { source } = req;
    if (!source) {
      if (req.level === "REQUIRED") {
        problems.push(`${req.id}: source is missing; a REQUIRED requirement names where it comes from ({govstack: <version>, section: <item>} or {portal: <reason>})`);
      }
      continue;
    }
    if (!("govstack" in source)) continue;
    if (!spec) {
      // Without a list of GovStack's items (security, architecture, e-Signature so far), a source may name a
      // section of GovStack's spec ("6.5"), but not an item ("6.5 #2"): that needs govstack.yaml to be checked.
      if (!/^\d+(\.\d+)*(\s*[,;]\s*\d+(\.\d+)*)*$/.test(source.section.trim())) {
        problems.push(`${req.id}: source names GovStack ${source.govstack} but this Building Block has no govstack.yaml to check it against`);
      }
      continue;
    }
    if (source.govstack !== spec.version) {
      problems.push(`${req.id}: source.govstack is ${source.govstack} but govstack.yaml describes GovStack's spec ${spec.version}`);
      continue;
    }
    let refs: string[];
    try {
      refs = parseItemRefs(source.section);
    } catch (error) {
      problems.push(`${req.id}: source.section: ${(error as Error).message}`);
      continue;
    }
    for (const ref of refs) {
      const level = spec.items[ref];
      if (!level) {
        problems.push(`${req.id}: source.section: GovStack's spec ${spec.version} has no item ${ref} (see govstack.yaml)`);
        continue;
      }
      const first = owner.get(ref);
      if (first) problems.push(`${req.id}: source.section: GovStack item ${ref} is already the source of ${first}; each item is traced once`);
      else owner.set(ref, req.id);
      if (level !== req.level) {
        problems.push(`${req.id}: level is ${req.level} but GovStack states item ${ref} as ${level}; keep GovStack's strength`);
      }
    }
  }
  if (spec) {
    const missing = Object.entries(spec.items).filter(([ref, level]) => level === "REQUIRED" && !owner.has(ref)).map(([ref]) => ref);
    if (missing.length > 0) {
      problems.push(`GovStack's REQUIRED item${missing.length > 1 ? "s" : ""} ${missing.join(", ")} ${missing.length > 1 ? "have" : "has"} no requirement here; add one in our words with source {govstack: ${spec.version}, section: <item>}`);
    }
  }
  return problems;
}

/** GovStack's file that states an item (section 5 or 6), at the commit govstack.yaml was read from. */
export function govstackItemUrl(spec: Pick<GovstackSpec, "repository" | "commit">, section: string): string {
  const file = section.trim().startsWith("5") ? "spec/5-cross-cutting-requirements.md" : "spec/6-functional-requirements.md";
  return `https://github.com/${spec.repository}/blob/${spec.commit}/${file}`;
}
