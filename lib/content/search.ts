import MiniSearch, { type SearchResult } from "minisearch";
import { getBuildingBlocks, type BuildingBlock } from "./building-blocks";
import { splitSections } from "./headings";
import type { Level } from "./schema";
import { getUseCases, type UseCase } from "./use-cases";

/** One searchable unit: a section of a spec, one requirement, a use case or one of its steps. */
export type SearchDocument = {
  id: string;
  kind: "section" | "requirement" | "use-case" | "step";
  /** The BB, or for use cases and steps the use case. */
  bbId: string;
  bbTitle: string;
  title: string;
  text: string;
  href: string;
  level?: Level;
  tags?: string;
};

/** A piece of a snippet; `mark` pieces matched the query. */
export type SnippetPart = { text: string; mark: boolean };

export type SearchHit = {
  document: SearchDocument;
  title: SnippetPart[];
  snippet: SnippetPart[];
};

/** Sections (one per heading, plus the summary) and requirements of every BB. */
export function buildSearchDocuments(blocks: BuildingBlock[]): SearchDocument[] {
  const docs: SearchDocument[] = [];
  for (const bb of blocks) {
    const page = `/building-blocks/${bb.id}`;
    docs.push({ id: `${bb.id}#`, kind: "section", bbId: bb.id, bbTitle: bb.title, title: bb.title, text: bb.summary, href: page });
    for (const section of splitSections(bb.body)) {
      if (section.depth === 0 || !section.content) continue;
      docs.push({
        id: `${bb.id}#${section.slug}`,
        kind: "section",
        bbId: bb.id,
        bbTitle: bb.title,
        title: section.text,
        text: section.content,
        href: `${page}#${section.slug}`,
      });
    }
    for (const req of bb.requirements) {
      docs.push({
        id: `${bb.id}#${req.id}`,
        kind: "requirement",
        bbId: bb.id,
        bbTitle: bb.title,
        title: req.id,
        text: req.text,
        href: `${page}#${req.id}`,
        level: req.level,
        tags: req.tags.join(" "),
      });
    }
  }
  return docs;
}

/** A use case (title and summary) and each of its journey steps (title and narrative), so people who search for a service find it. */
export function buildUseCaseDocuments(useCases: UseCase[]): SearchDocument[] {
  return useCases.flatMap((uc) => [
    { id: `uc:${uc.id}`, kind: "use-case" as const, bbId: uc.id, bbTitle: uc.title, title: uc.title, text: uc.summary, href: `/use-cases/${uc.id}` },
    ...uc.steps.map((step, i) => ({
      id: `uc:${uc.id}#${i + 1}`,
      kind: "step" as const,
      bbId: uc.id,
      bbTitle: uc.title,
      title: `Step ${i + 1}: ${step.title}`,
      text: step.narrative,
      href: `/use-cases/${uc.id}/steps/${i + 1}`,
    })),
  ]);
}

/** Builds a MiniSearch index over the given documents. */
export function createSearchIndex(docs: SearchDocument[]): MiniSearch<SearchDocument> {
  const index = new MiniSearch<SearchDocument>({
    fields: ["title", "text", "bbTitle", "tags"],
    storeFields: ["id", "kind", "bbId", "bbTitle", "title", "text", "href", "level", "tags"],
    // A step is found by its own words; matching every step on the use case's title would bury the use case itself.
    extractField: (doc, field) => (field === "bbTitle" && doc.kind === "step" ? "" : (doc[field as keyof SearchDocument] as string | undefined) ?? ""),
    searchOptions: { boost: { title: 3, bbTitle: 1.5, tags: 1.5 }, prefix: (term) => term.length > 2, fuzzy: (term) => (term.length > 4 ? 0.2 : false) },
  });
  index.addAll(docs);
  return index;
}

// Content only changes with a new build, so one index per production process is enough.
let shared: MiniSearch<SearchDocument> | undefined;

/**
 * Searches specs, requirements and use cases. All words must match; when nothing matches all of them, any
 * word may. An exact requirement id (e.g. "PAY-FN-01") comes first.
 */
export function searchContent(query: string, limit = 40, index?: MiniSearch<SearchDocument>): SearchHit[] {
  const q = query.trim();
  if (!q) return [];
  // In development the content is re-read on every request, so the index follows edits too.
  if (process.env.NODE_ENV !== "production") shared = undefined;
  const idx = index ?? (shared ??= createSearchIndex([...buildSearchDocuments(getBuildingBlocks()), ...buildUseCaseDocuments(getUseCases())]));
  let results = idx.search(q, { combineWith: "AND" });
  if (results.length === 0) results = idx.search(q, { combineWith: "OR" });
  const exact = q.toUpperCase();
  results.sort((a, b) => Number(b.title === exact) - Number(a.title === exact));
  return results.slice(0, limit).map((result) => toHit(result, q));
}

function toHit(result: SearchResult, query: string): SearchHit {
  const document = result as unknown as SearchDocument;
  const terms = new Set([...result.terms, ...tokens(query)].map((t) => t.toLowerCase()));
  return { document, title: highlight(document.title, terms), snippet: snippet(document.text, terms) };
}

function tokens(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Splits text into parts, marking the words that are (or start with) a matched term. */
export function highlight(text: string, terms: Set<string>): SnippetPart[] {
  const parts: SnippetPart[] = [];
  const word = /[\p{L}\p{N}]+/gu;
  let last = 0;
  for (const match of text.matchAll(word)) {
    const lower = match[0].toLowerCase();
    const hit = [...terms].some((t) => lower === t || (t.length > 2 && lower.startsWith(t)));
    if (!hit) continue;
    const at = match.index ?? 0;
    if (at > last) parts.push({ text: text.slice(last, at), mark: false });
    parts.push({ text: match[0], mark: true });
    last = at + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), mark: false });
  return merge(parts);
}

/** About 220 characters around the first matched word, cut at word boundaries, highlighted. */
export function snippet(text: string, terms: Set<string>, width = 220): SnippetPart[] {
  const parts = highlight(text, terms);
  const firstMark = parts.findIndex((p) => p.mark);
  const offset = parts.slice(0, Math.max(firstMark, 0)).reduce((n, p) => n + p.text.length, 0);
  let start = Math.max(0, offset - 60);
  let end = Math.min(text.length, start + width);
  if (start > 0) start = text.indexOf(" ", start) + 1 || start;
  if (end < text.length) end = text.lastIndexOf(" ", end) > start ? text.lastIndexOf(" ", end) : end;
  const cut = highlight(text.slice(start, end), terms);
  if (start > 0) cut.unshift({ text: "… ", mark: false });
  if (end < text.length) cut.push({ text: " …", mark: false });
  return merge(cut);
}

function merge(parts: SnippetPart[]): SnippetPart[] {
  return parts.reduce<SnippetPart[]>((out, part) => {
    const prev = out[out.length - 1];
    if (prev && !prev.mark && !part.mark) prev.text += part.text;
    else out.push({ ...part });
    return out;
  }, []);
}
