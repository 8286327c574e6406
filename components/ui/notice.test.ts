import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Notice } from "./notice";

const render = (props: Parameters<typeof Notice>[0]) => renderToStaticMarkup(createElement(Notice, props));

describe("Notice", () => {
  it("is a polite status in the success colours by default, with the caller's spacing", () => {
    expect(render({ className: "mb-4", children: "Saved." })).toBe('<p role="status" class="mb-4 border-l-4 border-ok bg-ok-tint p-3">Saved.</p>');
  });
  it("announces errors at once (alert) and warnings politely (status)", () => {
    expect(render({ tone: "error", children: "Failed." })).toBe('<p role="alert" class="border-l-4 border-error bg-error-tint p-3">Failed.</p>');
    expect(render({ tone: "warning", children: "Locked." })).toContain('role="status" class="border-l-4 border-warn bg-warn-tint p-3"');
  });
});
