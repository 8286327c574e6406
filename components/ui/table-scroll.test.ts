import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { TableScroll } from "./table-scroll";

const render = (props: Parameters<typeof TableScroll>[0]) => renderToStaticMarkup(createElement(TableScroll, props));

describe("TableScroll", () => {
  it("is a focusable region named by a heading, with the caller's spacing", () => {
    expect(render({ labelledBy: "t", className: "mt-4", children: "x" })).toBe(
      '<div class="relative overflow-x-auto mt-4" role="region" aria-labelledby="t" tabindex="0">x</div>',
    );
  });
  it("takes a name of its own when no heading names it", () => {
    expect(render({ label: "Audit log", children: "x" })).toBe(
      '<div class="relative overflow-x-auto" role="region" aria-label="Audit log" tabindex="0">x</div>',
    );
  });
});
