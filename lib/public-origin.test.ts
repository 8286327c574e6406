import { describe, expect, test } from "vitest";
import { publicOrigin } from "./public-origin";

describe("publicOrigin", () => {
  test("uses the Host the visitor used, not the server's internal address", () => {
    expect(publicOrigin("portal.example.org:8443", "", "3040")).toBe("http://portal.example.org:8443");
    expect(publicOrigin("127.0.0.1:3140", "", "3140")).toBe("http://127.0.0.1:3140");
  });

  test("a configured PUBLIC_ORIGIN wins (proxies are configured, not believed)", () => {
    expect(publicOrigin("internal:3000", "https://portal.example.org/", "3000")).toBe("https://portal.example.org");
  });

  test("a malformed Host cannot inject text into a copied command", () => {
    expect(publicOrigin("evil.example'; rm -rf ~ #", "", "3040")).toBe("http://localhost:3040");
    expect(publicOrigin(null, "", "3040")).toBe("http://localhost:3040");
    expect(publicOrigin("a b", "not a url", undefined)).toBe("http://localhost");
  });
});
