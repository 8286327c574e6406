import GithubSlugger from "github-slugger";

/** One heading of a spec body, with the anchor rehype-slug gives it. */
export type Heading = { depth: number; text: string; slug: string };

/** A heading and the plain text written under it (up to the next heading of any depth). */
export type Section = Heading & { content: string };

const ATX_HEADING = /^(#{1,6})[ \t]+(.+?)[ \t]*#*[ \t]*$/;
const FENCE = /^\s*(```|~~~)/;

/**
 * Markdown inline syntax reduced to the text a reader sees, which is what rehype-slug slugs
 * (hast text content): link and image text kept, code ticks, emphasis and HTML tags dropped.
 */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<\/?[A-Za-z][^>]*>/g, "")
    .replace(/`([^`]*)`/g, "$1")
    .replace(/(\*\*|__)(.+?)\1/g, "$2")
    .replace(/(^|[\s(])[*_]([^*_\s][^*_]*?)[*_](?=[\s).,;:!?]|$)/g, "$1$2")
    .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, "$1")
    .trim();
}

/**
 * Splits an MDX body into sections at ATX headings (outside fenced code). Every heading gets the
 * slug rehype-slug will give it: one github-slugger per document, so repeated titles get -1, -2…
 * Text before the first heading is returned as a section with depth 0 and an empty slug.
 */
export function splitSections(body: string): Section[] {
  const slugger = new GithubSlugger();
  const sections: Section[] = [];
  let current: Section = { depth: 0, text: "", slug: "", content: "" };
  const lines: string[] = [];
  let inFence = false;
  const flush = () => {
    current.content = bodyText(lines.join("\n"));
    if (current.depth > 0 || current.content) sections.push(current);
    lines.length = 0;
  };
  for (const line of body.split(/\r?\n/)) {
    if (FENCE.test(line)) inFence = !inFence;
    const match = inFence ? null : ATX_HEADING.exec(line);
    if (!match) {
      lines.push(line);
      continue;
    }
    flush();
    const text = plainText(match[2] ?? "");
    current = { depth: (match[1] ?? "").length, text, slug: slugger.slug(text), content: "" };
  }
  flush();
  return sections;
}

/** Every heading of an MDX body with its anchor, in document order. */
export function extractHeadings(body: string): Heading[] {
  return splitSections(body)
    .filter((s) => s.depth > 0)
    .map(({ depth, text, slug }) => ({ depth, text, slug }));
}

/** The ## and ### headings of a body: the table of contents of a spec page. */
export function tableOfContents(body: string): Heading[] {
  return extractHeadings(body).filter((h) => h.depth === 2 || h.depth === 3);
}

/** Markdown block text flattened for search: list markers, table pipes and rules removed. */
function bodyText(markdown: string): string {
  return markdown
    .split(/\r?\n/)
    .filter((line) => !/^\s*\|?\s*:?-{3,}/.test(line) && !FENCE.test(line))
    .map((line) => plainText(line.replace(/^\s*(?:[-*+]|\d+\.)\s+/, "").replace(/^>\s?/, "").replace(/\|/g, " ")))
    .join(" ")
    .replace(/\s+/g, " ")
    .trim();
}
