import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { StackDrawingForFile } from "./stack-diagram";

/** Where the downloadable drawing lives; `npm run stack-diagram` writes it, and a test keeps it current. */
export const STACK_DIAGRAM_FILE = "public/building-block-stack.svg";

/** The theme's colours by token name, as `@theme` in the stylesheet sets them (`--color-ink: #1b1f24;`). */
export function themeColours(css: string): Map<string, string> {
  return new Map([...css.matchAll(/--color-([a-z0-9-]+):\s*(#[0-9a-f]{3,8})\s*;/gi)].map((m) => [m[1]!, m[2]!]));
}

/**
 * The drawing's Tailwind classes as SVG presentation attributes, so the file looks the same in an
 * image viewer or a slide, where no stylesheet is loaded. Hover and focus states are left out; a class
 * this does not know is an error, so the file can never lose a colour quietly.
 */
function paint(classes: string, colours: Map<string, string>): string {
  const colour = (name: string) => {
    const hex = name === "white" ? "#ffffff" : colours.get(name);
    if (!hex) throw new Error(`stack diagram file: no theme colour "${name}"`);
    return hex;
  };
  const attributes: string[] = [];
  for (const c of classes.split(/\s+/).filter(Boolean)) {
    if (c.startsWith("group-")) continue;
    const arbitrary = /^\[([a-z-]+):(.+)\]$/.exec(c);
    const fillOrStroke = /^(fill|stroke)-(.+)$/.exec(c);
    if (arbitrary) attributes.push(`${arbitrary[1]}="${arbitrary[2]!.replaceAll("_", " ")}"`);
    else if (fillOrStroke) attributes.push(`${fillOrStroke[1]}="${colour(fillOrStroke[2]!)}"`);
    else throw new Error(`stack diagram file: class "${c}" has no SVG equivalent`);
  }
  return attributes.length ? ` ${attributes.join(" ")}` : "";
}

/** The wide stack drawing as a self-contained SVG file: the theme's colours, the system font, no links. */
export function stackDiagramFile(css: string): string {
  const colours = themeColours(css);
  const svg = renderToStaticMarkup(createElement(StackDrawingForFile)).replace(/ class="([^"]*)"/g, (_, classes: string) => paint(classes, colours));
  const [, width, height] = /viewBox="0 0 (\d+) (\d+)"/.exec(svg) ?? [];
  if (!width || !height) throw new Error("stack diagram file: the drawing has no viewBox");
  const root = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif" `;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg.replace(/^<svg /, root)}\n`;
}
