import { evaluate } from "@mdx-js/mdx";
import { createElement } from "react";
import * as runtime from "react/jsx-runtime";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MDX_OPTIONS } from "./mdx-options";

/** An MDX body rendered to HTML the way the spec pages render it (the shared MDX options). */
async function render(body: string): Promise<string> {
  const { default: Content } = await evaluate(body, { ...runtime, ...MDX_OPTIONS });
  return renderToStaticMarkup(createElement(Content));
}

const TABLE = "| Field | Meaning |\n| --- | --- |\n| id | The record's key |\n";

describe("tables in MDX bodies", () => {
  it("scroll in a focusable region named by the heading they sit under", async () => {
    const html = await render(`## Data model\n\nText.\n\n${TABLE}\n## Other\n\n${TABLE}`);
    expect(html).toContain('<div class="table-scroll" role="region" tabindex="0" aria-labelledby="data-model"><table>');
    expect(html).toContain('aria-labelledby="other"><table>');
    expect(html.match(/role="region"/g)).toHaveLength(2);
  });

  it("are named 'Table' when no heading comes before them", async () => {
    const html = await render(TABLE);
    expect(html).toContain('<div class="table-scroll" role="region" tabindex="0" aria-label="Table"><table>');
  });

  it("leave a body without tables as it was", async () => {
    expect(await render("## Only text\n\nA paragraph.")).toBe('<h2 id="only-text">Only text</h2>\n<p>A paragraph.</p>');
  });
});
