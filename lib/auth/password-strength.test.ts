import { describe, expect, it } from "vitest";
import { passwordWeakness } from "./password-strength";

describe("passwordWeakness", () => {
  it.each(["password1234", "qwertyuiop123", "aaaaaaaaaaaa", "123456789012"])("refuses the long but guessable %j with a reason", (pw) => {
    expect(passwordWeakness(pw)).toMatch(/^This password is too easy to guess\. .+A few unrelated words work well\.$/);
  });

  it("counts the account's own name and email against the password", () => {
    expect(passwordWeakness("adalovelace2026")).toBeUndefined();
    expect(passwordWeakness("adalovelace2026", ["Ada Lovelace", "ada.lovelace@example.org"])).toBeDefined();
  });

  it("accepts a few unrelated words", () => {
    expect(passwordWeakness("copper lantern orbit meadow")).toBeUndefined();
  });
});
