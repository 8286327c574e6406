import { describe, expect, it } from "vitest";
import type { NextConfig } from "next";
import { newNonce, pagePolicy, rendersPerRequest } from "./security-headers";

describe("page policy", () => {
  it("with a nonce allows only nonce-carrying scripts, and never framing", () => {
    const p = pagePolicy({ nonce: "abc123" });
    expect(p).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(p).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(p).not.toContain("unsafe-eval");
    for (const d of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "default-src 'self'"]) expect(p).toContain(d);
  });

  it("without a nonce (prerendered pages) still blocks foreign scripts and framing", () => {
    const p = pagePolicy({});
    expect(p).toContain("script-src 'self' 'unsafe-inline'");
    expect(p).toContain("frame-ancestors 'none'");
    expect(p).not.toContain("upgrade-insecure-requests");
    expect(pagePolicy({ https: true })).toContain("upgrade-insecure-requests");
    expect(pagePolicy({ dev: true })).toContain("'unsafe-eval'");
  });

  it("nonces are fresh and long", () => {
    const a = newNonce();
    expect(a).not.toBe(newNonce());
    expect(Buffer.from(a, "base64")).toHaveLength(16);
  });

  it("uses nonces on the pages rendered per request, which show visitors' content", () => {
    for (const p of [
      "/marketplace",
      "/marketplace/products/x",
      "/vendor",
      "/vendor/products/1/edit",
      "/review",
      "/staff/feedback",
      "/sign-in",
      "/outbox",
      "/search",
      "/sandbox",
      "/building-blocks/payments/feedback",
    ]) {
      expect(rendersPerRequest(p), p).toBe(true);
    }
    for (const p of [
      "/",
      "/about",
      "/building-blocks/payments",
      "/building-blocks/payments/api",
      "/use-cases/cash-transfer/steps/2",
      "/vendor/forgot-password",
      "/get-involved/contribute",
    ]) {
      expect(rendersPerRequest(p), p).toBe(false);
    }
  });
});

describe("next.config headers", () => {
  it("sends nosniff, a referrer and permissions policy and DENY framing everywhere, and a locked policy on API routes", async () => {
    // @ts-expect-error -- plain JS config without type declarations
    const { default: nextConfig } = (await import("../next.config.mjs")) as { default: NextConfig };
    const rules = await nextConfig.headers!();
    const all = rules.find((r) => r.source === "/:path*")!.headers;
    const names = Object.fromEntries(all.map((h) => [h.key, h.value]));
    expect(names["X-Content-Type-Options"]).toBe("nosniff");
    expect(names["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
    expect(names["Permissions-Policy"]).toContain("camera=()");
    expect(names["X-Frame-Options"]).toBe("DENY");
    expect(rules.find((r) => r.source === "/api/:path*")!.headers[0]!.value).toContain("default-src 'none'");
  });
});
