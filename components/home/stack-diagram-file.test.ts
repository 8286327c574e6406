import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { STACK_DIAGRAM_FILE, stackDiagramFile, themeColours } from "./stack-diagram-file";
import { STACK_LAYERS } from "./stack-layers";

const css = readFileSync("app/globals.css", "utf8");

describe("the downloadable stack diagram", () => {
  const svg = stackDiagramFile(css);

  it("is the file in public/, up to date (run `npm run stack-diagram` after changing the stack or its colours)", () => {
    expect(readFileSync(STACK_DIAGRAM_FILE, "utf8")).toBe(svg);
  });

  it("stands alone: an SVG namespace and size, colours as attributes, no page classes and no links", () => {
    expect(svg).toMatch(/^<\?xml [^>]+>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1000" height="\d+" /);
    expect(svg).not.toContain("class=");
    expect(svg).not.toContain("<a ");
    expect(svg).toContain(`fill="${themeColours(css).get("layer-mediation")}"`);
    expect(svg).toContain('stroke-dasharray="8 6"');
  });

  it("names every block of every layer in text", () => {
    for (const band of STACK_LAYERS) {
      expect(svg).toContain(band.title);
      for (const block of band.blocks) for (const word of block.label.split(" ")) expect(svg).toContain(word);
    }
  });

  it("refuses a colour the theme does not have, rather than drawing it black", () => {
    expect(() => stackDiagramFile(css.replace(/--color-layer-mediation:[^;]+;/, ""))).toThrow(/no theme colour "layer-mediation"/);
  });
});
