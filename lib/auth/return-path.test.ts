import { describe, expect, it } from "vitest";
import { homeFor, safeReturnPath } from "./return-path";

describe("safeReturnPath", () => {
  it("keeps same-site paths with their query and fragment", () => {
    expect(safeReturnPath("/staff/applications/abc")).toBe("/staff/applications/abc");
    expect(safeReturnPath("/vendor/products/new?org=x#top")).toBe("/vendor/products/new?org=x#top");
  });

  it.each([
    "https://evil.example/",
    "//evil.example/x",
    "/\\evil.example",
    "/\t/evil.example",
    "/.//evil.example",
    "/..//evil.example/x",
    "/a/..//evil.example",
    "/%2e//evil.example",
    "javascript:alert(1)",
    "evil.example",
    "",
    "/sign-in?next=/staff",
    undefined,
    42,
  ])("refuses %j", (value) => {
    expect(safeReturnPath(value)).toBeUndefined();
  });
});

describe("homeFor", () => {
  it("sends vendors to their products and staff to the staff area", () => {
    expect(homeFor("vendor")).toBe("/vendor");
    expect(homeFor("reviewer")).toBe("/staff");
    expect(homeFor("admin")).toBe("/staff");
  });
});

describe("signInRedirect", () => {
  it("keeps a safe next and the notices, and drops an unsafe next", async () => {
    const { signInRedirect } = await import("./sign-in-redirect");
    expect(signInRedirect({ next: "/staff/feedback" })).toBe("/sign-in?next=%2Fstaff%2Ffeedback");
    expect(signInRedirect({ next: "https://evil.example", reset: "1" })).toBe("/sign-in?reset=1");
    expect(signInRedirect({})).toBe("/sign-in");
  });
});
