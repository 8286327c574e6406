import { createProcessor } from "@mdx-js/mdx";
import { LRUCache } from "lru-cache";
import { MDX_OPTIONS } from "./mdx-options";

/** One heading of a body, with the id the rendered page gives it. */
export type Heading = { depth: number; text: string; slug: string };

/** A heading and the plain text written under it (up to the next heading of any depth). */
export type Section = Heading & { content: string };

/** The parts of an HTML (hast) tree read here; MDX's own nodes (JSX, expressions) come through with their own types. */
type HtmlNode = { type: string; tagName?: string; value?: string; properties?: Record<string, unknown>; children?: HtmlNode[] };

/** Inline elements Markdown produces: their text runs on; any other element separates words. */
const INLINE = new Set(["a", "abbr", "b", "br", "code", "del", "em", "i", "img", "input", "kbd", "mark", "q", "s", "small", "span", "strong", "sub", "sup", "u"]);

// Parsing MDX costs about 25 ms per spec, and the same bodies are read again and again (the search index is
// rebuilt on every request in development, content:check looks up anchors per link).
const cache = new LRUCache<string, readonly Section[]>({ max: 100 });

/**
 * Splits an MDX body into sections at its headings. It reads the HTML tree the page is rendered from (the shared
 * MDX plugins, rehype-slug included), so each slug is the id of the rendered heading and only real headings count
 * (not a `## ` line in a code block). Text before the first heading is a section with depth 0 and an empty slug.
 */
export function splitSections(body: string): readonly Section[] {
  const cached = cache.get(body);
  if (cached) return cached;
  const sections: Section[] = [];
  let current: Section = { depth: 0, text: "", slug: "", content: "" };
  const words: string[] = [];
  const flush = () => {
    current.content = squash(words.join(""));
    if (current.depth > 0 || current.content) sections.push(current);
    words.length = 0;
  };
  const walk = (node: HtmlNode) => {
    const depth = headingDepth(node);
    if (depth > 0) {
      flush();
      current = { depth, text: squash(textOf(node)), slug: String(node.properties?.id ?? ""), content: "" };
      return;
    }
    if (node.type === "text") words.push(node.value ?? "");
    // The footnote list remark-gfm appends (with its own "Footnotes" heading) is not part of the text as written.
    if (node.properties?.dataFootnotes) return;
    const separates = node.type === "mdxJsxFlowElement" || (node.type === "element" && !INLINE.has(node.tagName ?? ""));
    if (separates) words.push(" ");
    node.children?.forEach(walk);
    if (separates) words.push(" ");
  };
  walk(htmlTree(body));
  flush();
  cache.set(body, sections);
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

/**
 * The HTML tree of a body as the MDX pipeline builds it, before it becomes JavaScript. A body that is not valid
 * MDX (content:check reports it, the page fails) is read as plain Markdown, so its headings still count.
 */
function htmlTree(body: string): HtmlNode {
  let html: HtmlNode = { type: "root", children: [] };
  // Keeps the tree and hands the rest of the pipeline (the JavaScript output, not needed here) an empty one.
  const keep = () => (tree: HtmlNode) => {
    html = tree;
    return { type: "root", children: [] };
  };
  const read = (format: "md" | "mdx") => {
    createProcessor({ format, ...MDX_OPTIONS, rehypePlugins: [...MDX_OPTIONS.rehypePlugins, keep] }).processSync(body);
  };
  try {
    read("mdx");
  } catch {
    read("md");
  }
  return html;
}

function headingDepth(node: HtmlNode): number {
  return node.type === "element" ? Number(/^h([1-6])$/.exec(node.tagName ?? "")?.[1] ?? 0) : 0;
}

/** An element's text as rehype-slug reads it (its text nodes, so image alt text and expressions do not count). */
function textOf(node: HtmlNode): string {
  return node.type === "text" ? (node.value ?? "") : (node.children ?? []).map(textOf).join("");
}

function squash(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
