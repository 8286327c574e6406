import { describe, expect, test } from "vitest";
import { publicOrigin } from "./public-origin";

describe("publicOrigin", () => {
  test("uses the Host the visitor used, not the server's internal address", () => {
    expect(publicOrigin("portal.example.org:8443", "http://localhost:3040/api/x", "")).toBe("http://portal.example.org:8443");
    expect(publicOrigin("127.0.0.1:3140", "http://localhost:3140/api/x", "")).toBe("http://127.0.0.1:3140");
  });

  test("a configured PUBLIC_ORIGIN wins (proxies are configured, not believed)", () => {
    expect(publicOrigin("internal:3000", "http://localhost:3000/api/x", "https://portal.example.org/")).toBe("https://portal.example.org");
  });

  test("a malformed Host cannot inject text into a copied command", () => {
    expect(publicOrigin("evil.example'; rm -rf ~ #", "http://localhost:3040/x", "")).toBe("http://localhost:3040");
    expect(publicOrigin(null, "http://localhost:3040/x", "")).toBe("http://localhost:3040");
    expect(publicOrigin("a b", "http://localhost:3040/x", "not a url")).toBe("http://localhost:3040");
  });
});
