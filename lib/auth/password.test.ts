import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password";

describe("staff passwords", () => {
  it("verifies the right password and rejects a wrong one", async () => {
    const hash = await hashPassword("correct horse battery staple");
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(await verifyPassword("correct horse battery staple", hash)).toBe(true);
    expect(await verifyPassword("correct horse battery stapler", hash)).toBe(false);
  });

  it("salts every hash", async () => {
    expect(await hashPassword("same password")).not.toBe(await hashPassword("same password"));
  });

  it("rejects malformed or weakened hashes instead of throwing", async () => {
    expect(await verifyPassword("x", "plain-text")).toBe(false);
    const weak = (await hashPassword("pw-pw-pw-pw")).replace("$32768$", "$1024$");
    expect(await verifyPassword("pw-pw-pw-pw", weak)).toBe(false);
  });
});
