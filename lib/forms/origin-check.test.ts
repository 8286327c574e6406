import { describe, expect, it } from "vitest";
import { isForgedOrigin } from "./origin-check";

const h = (o: Record<string, string>) => new Headers(o);

describe("isForgedOrigin", () => {
  it("lets same-site posts and posts without an Origin through", () => {
    expect(isForgedOrigin(h({ host: "portal.example", origin: "https://portal.example" }))).toBe(false);
    expect(isForgedOrigin(h({ host: "127.0.0.1:3000", origin: "http://127.0.0.1:3000" }))).toBe(false);
    expect(isForgedOrigin(h({ host: "internal:3000", "x-forwarded-host": "portal.example", origin: "https://portal.example" }))).toBe(false);
    expect(isForgedOrigin(h({ host: "portal.example" }))).toBe(false);
  });

  it.each(["https://evil.example", "null", "not a url", "https://portal.example.evil.example"])("refuses Origin %j", (origin) => {
    expect(isForgedOrigin(h({ host: "portal.example", origin }))).toBe(true);
  });
});
