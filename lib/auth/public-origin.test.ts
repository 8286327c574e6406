import { afterEach, describe, expect, it } from "vitest";
import { LOOPBACK_HOSTS, isLoopbackHost, mailOrigin } from "./public-origin";

const saved = { BETTER_AUTH_URL: process.env.BETTER_AUTH_URL, PORT: process.env.PORT };
afterEach(() => {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

describe("mailOrigin", () => {
  it("uses BETTER_AUTH_URL whatever host the request named", () => {
    process.env.BETTER_AUTH_URL = "https://portal.example.org/";
    expect(mailOrigin("evil.example")).toBe("https://portal.example.org");
  });

  it("without it, trusts only a loopback host, and sends any other to localhost", () => {
    delete process.env.BETTER_AUTH_URL;
    process.env.PORT = "3456";
    expect(mailOrigin("localhost:3000")).toBe("http://localhost:3000");
    expect(mailOrigin("127.0.0.1")).toBe("http://127.0.0.1");
    expect(mailOrigin("[::1]:8080")).toBe("http://[::1]:8080");
    for (const host of ["evil.example", "localhost.evil.example", "127.0.0.1.evil.example", "evil.example:3000", "", null]) {
      expect(mailOrigin(host)).toBe("http://localhost:3456");
    }
  });
});

it("the pattern list and the check agree", () => {
  const samples = ["localhost", "localhost:3000", "127.0.0.1", "127.0.0.1:80", "[::1]", "[::1]:443"];
  for (const host of samples) expect(isLoopbackHost(host)).toBe(true);
  // Every pattern, with "*" read as a port, is accepted by the check.
  for (const pattern of LOOPBACK_HOSTS) expect(isLoopbackHost(pattern.replace("*", "3000"))).toBe(true);
});
