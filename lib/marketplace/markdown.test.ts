import { describe, expect, it } from "vitest";
import { isHttpUrl, renderVendorMarkdown } from "./markdown";

describe("renderVendorMarkdown", () => {
  it.each([
    `<script>alert(1)</script>`,
    `<img src=x onerror=alert(1)>`,
    `[x](javascript:alert(1))`,
    `<a href="javascript:alert(1)">x</a>`,
    `"><svg onload=alert(1)>`,
    `[x](data:text/html;base64,PHNjcmlwdD4=)`,
  ])("never outputs runnable markup for %s", (payload) => {
    const html = renderVendorMarkdown(payload);
    expect(html).not.toMatch(/<(script|img|svg|iframe)|<[^>]*\son\w+=|<a[^>]*href="(javascript|data):/i);
  });
  it("keeps ordinary Markdown and marks links as user content", () => {
    const html = renderVendorMarkdown("# Title\n\n**bold** and [site](https://example.org)");
    expect(html).toContain("<h3>Title</h3>");
    expect(html).toContain("<strong>bold</strong>");
    expect(html).toContain('<a href="https://example.org" rel="nofollow ugc noopener">site</a>');
  });
});

describe("isHttpUrl", () => {
  it("accepts only absolute http(s) URLs", () => {
    expect(isHttpUrl("https://example.org/x")).toBe(true);
    expect(isHttpUrl("http://example.org")).toBe(true);
    expect(isHttpUrl("javascript:alert(1)")).toBe(false);
    expect(isHttpUrl("ftp://example.org")).toBe(false);
    expect(isHttpUrl("/relative")).toBe(false);
  });
});
