import { compile } from "@mdx-js/mdx";
import { describe, expect, it } from "vitest";
import { getBuildingBlocks } from "./building-blocks";
import { extractHeadings, plainText, splitSections, tableOfContents } from "./headings";
import { MDX_OPTIONS } from "./mdx-options";

type HastNode = { type: string; tagName?: string; properties?: { id?: string }; children?: HastNode[] };

/** The heading ids rehype-slug gives a body in the same MDX pipeline the spec page uses. */
async function renderedHeadingIds(body: string): Promise<string[]> {
  const ids: string[] = [];
  const collect = () => (tree: HastNode) => {
    const walk = (node: HastNode) => {
      if (node.tagName && /^h[1-6]$/.test(node.tagName) && node.properties?.id) ids.push(node.properties.id);
      node.children?.forEach(walk);
    };
    walk(tree);
  };
  await compile(body, { ...MDX_OPTIONS, rehypePlugins: [...MDX_OPTIONS.rehypePlugins, collect] });
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

  it("splits a body into plain-text sections", () => {
    const [intro, first] = splitSections("Intro **text**.\n\n## One\n\n- a [link](/x)\n| a | b |\n|---|---|\n| 1 | 2 |");
    expect(intro).toEqual({ depth: 0, text: "", slug: "", content: "Intro text." });
    expect(first).toEqual({ depth: 2, text: "One", slug: "one", content: "a link a b 1 2" });
  });

  it("strips emphasis without touching snake_case", () => {
    expect(plainText("*one* and _two_ keep snake_case_names")).toBe("one and two keep snake_case_names");
  });
});
