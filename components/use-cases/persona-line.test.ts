import { describe, expect, it } from "vitest";
import { roleAfterName } from "./persona-line";

describe("roleAfterName", () => {
  it("lowers only the first letter, so names inside the role keep their capitals", () => {
    expect(roleAfterName("Expectant mother, later mother of baby Ravi")).toBe("expectant mother, later mother of baby Ravi");
    expect(roleAfterName("District health manager, Ministry of Health")).toBe("district health manager, Ministry of Health");
  });

  it("keeps an acronym or a name at the start as written", () => {
    expect(roleAfterName("IT officer")).toBe("IT officer");
    expect(roleAfterName("Ministry of Agriculture moderator")).toBe("Ministry of Agriculture moderator");
    expect(roleAfterName("")).toBe("");
  });
});
