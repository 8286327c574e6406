import { serialize } from "next-mdx-remote-client/serialize";
import { describe, expect, it } from "vitest";
import { getBuildingBlocks } from "./building-blocks";
import { extractHeadings, splitSections, tableOfContents } from "./headings";
import { MDX_OPTIONS } from "./mdx-options";

type HastNode = { type: string; tagName?: string; properties?: { id?: string }; children?: HastNode[] };

/** The heading ids a body's rendered page has: the compiler MDXRemote uses, with the shared options. */
async function renderedHeadingIds(body: string): Promise<string[]> {
  const ids: string[] = [];
  const collect = () => (tree: HastNode) => {
    const walk = (node: HastNode) => {
      if (node.tagName && /^h[1-6]$/.test(node.tagName) && node.properties?.id) ids.push(node.properties.id);
      node.children?.forEach(walk);
    };
    walk(tree);
  };
  const compiled = await serialize({ source: body, options: { mdxOptions: { ...MDX_OPTIONS, rehypePlugins: [...MDX_OPTIONS.rehypePlugins, collect] } } });
  if ("error" in compiled) throw compiled.error;
  return ids;
}

describe("headings", () => {
  it("gives every heading of every spec the anchor rehype-slug renders", async () => {
    for (const bb of getBuildingBlocks()) {
      expect(extractHeadings(bb.body).map((h) => h.slug), bb.id).toEqual(await renderedHeadingIds(bb.body));
    }
  });

  it("slugs inline markup, repeats and ignores fenced code", async () => {
    const body = "## The `GET /x` call\n\n```md\n## not a heading\n```\n\n### **Bold** and [link](/a)\n\n## The `GET /x` call\n\n#### Deep";
    expect(tableOfContents(body)).toEqual([
      { depth: 2, text: "The GET /x call", slug: "the-get-x-call" },
      { depth: 3, text: "Bold and link", slug: "bold-and-link" },
      { depth: 2, text: "The GET /x call", slug: "the-get-x-call-1" },
    ]);
    expect(extractHeadings(body).map((h) => h.slug)).toEqual(await renderedHeadingIds(body));
  });

  it("reads headings the way the page renders them, where line patterns go wrong", async () => {
    const body = [
      // A longer fence holding a shorter one: the ``` lines inside do not close it, so this is code.
      "````md\n```\n## Inside a code block\n```\n````",
      // Angle brackets in code and an entity are text, not a tag.
      "## The `<T>` type: Q&amp;A",
      // A setext heading has no leading #.
      "Underlined title\n----------------",
      "### *one* and _two_ keep snake_case_names",
      // A heading inside a JSX block is still a heading.
      "<Note>\n\n## Inside a note\n\n</Note>",
      "A remark[^1].\n\n[^1]: The footnote list remark-gfm adds has a heading of its own, not in the contents.",
    ].join("\n\n");
    expect(extractHeadings(body)).toEqual([
      { depth: 2, text: "The <T> type: Q&A", slug: "the-t-type-qa" },
      { depth: 2, text: "Underlined title", slug: "underlined-title" },
      { depth: 3, text: "one and two keep snake_case_names", slug: "one-and-two-keep-snake_case_names" },
      { depth: 2, text: "Inside a note", slug: "inside-a-note" },
    ]);
    // The page also has remark-gfm's "Footnotes" heading (#footnote-label), which the contents leave out.
    expect([...extractHeadings(body).map((h) => h.slug), "footnote-label"]).toEqual(await renderedHeadingIds(body));
  });

  it("splits a body into plain-text sections", () => {
    const [intro, first] = splitSections("Intro **text**.\n\n## One\n\n- a [link](/x)\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n<Note>\n\nPara one\n\nPara two\n\n</Note>");
    expect(intro).toEqual({ depth: 0, text: "", slug: "", content: "Intro text." });
    expect(first).toEqual({ depth: 2, text: "One", slug: "one", content: "a link a b 1 2 Para one Para two" });
  });

  it("still finds the headings of a body that is not valid MDX (content:check reports the error)", () => {
    expect(extractHeadings("## One\n\nAn <Unclosed tag and a {broken expression.\n\n## Two").map((h) => h.text)).toEqual(["One", "Two"]);
  });
});
