import { describe, expect, it } from "vitest";
import { isOpenAuthEndpoint } from "./open-endpoints";

describe("isOpenAuthEndpoint", () => {
  it("keeps only the mailed links open", () => {
    expect(isOpenAuthEndpoint("GET", "/api/auth/verify-email")).toBe(true);
    expect(isOpenAuthEndpoint("GET", "/api/auth/reset-password/abcDEF123_-")).toBe(true);
  });

  it.each([
    ["POST", "/api/auth/sign-in/email"],
    ["POST", "/api/auth/sign-up/email"],
    ["POST", "/api/auth/verify-email"],
    ["POST", "/api/auth/request-password-reset"],
    ["POST", "/api/auth/reset-password"],
    ["POST", "/api/auth/change-password"],
    ["GET", "/api/auth/get-session"],
    ["GET", "/api/auth/reset-password/x/../../sign-in"],
    ["GET", "/api/auth/list-sessions"],
  ])("closes %s %s", (method, path) => {
    expect(isOpenAuthEndpoint(method, path)).toBe(false);
  });
});
