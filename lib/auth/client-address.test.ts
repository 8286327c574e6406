import { createServer, request, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER, parseTrustedProxies, rateLimitAddress, resolveClientAddress, stampClientAddress } from "./client-address";

describe("resolveClientAddress", () => {
  it("uses the socket address and ignores X-Forwarded-For when no proxy is trusted (the default)", () => {
    expect(resolveClientAddress("203.0.113.7", "10.1.2.3", null)).toBe("203.0.113.7");
    expect(resolveClientAddress("::ffff:203.0.113.7", "10.1.2.3, 10.4.5.6", parseTrustedProxies(""))).toBe("203.0.113.7");
  });

  it("ignores X-Forwarded-For from a peer that is not a listed proxy", () => {
    expect(resolveClientAddress("198.51.100.9", "10.1.2.3", parseTrustedProxies("10.0.0.1"))).toBe("198.51.100.9");
  });

  it("takes the address a trusted proxy appended, never the entries the client wrote before it", () => {
    const trusted = parseTrustedProxies("10.0.0.1, 172.16.0.0/12");
    // client forged "1.1.1.1"; the proxy at 172.16.5.5 appended the real peer 203.0.113.7; 10.0.0.1 forwarded it
    expect(resolveClientAddress("10.0.0.1", "1.1.1.1, 203.0.113.7, 172.16.5.5", trusted)).toBe("203.0.113.7");
    expect(resolveClientAddress("10.0.0.1", "not-an-ip, 203.0.113.7", trusted)).toBe("203.0.113.7");
    expect(resolveClientAddress("10.0.0.1", undefined, trusted)).toBe("10.0.0.1");
  });

  it("refuses a malformed TRUSTED_PROXIES entry by name", () => {
    expect(() => parseTrustedProxies("10.0.0.1, example.org")).toThrow(/example\.org/);
    expect(() => parseTrustedProxies("10.0.0.0/40")).toThrow(/10\.0\.0\.0\/40/);
  });
});

describe("rateLimitAddress", () => {
  it("groups IPv6 by /64 so a client cannot rotate through its own network, and keeps IPv4 as is", () => {
    expect(rateLimitAddress("2001:db8:1:2:aaaa::1")).toBe(rateLimitAddress("2001:db8:1:2:ffff:1:2:3"));
    expect(rateLimitAddress("2001:db8:1:2::1")).not.toBe(rateLimitAddress("2001:db8:1:3::1"));
    expect(rateLimitAddress("203.0.113.7")).toBe("203.0.113.7");
  });
});

describe("stampClientAddress", () => {
  /** The headers Next would see for one request from 127.0.0.1 carrying `headers`. */
  async function stamped(headers: Record<string, string>, trusted: string | undefined): Promise<IncomingHttpHeaders> {
    let seen: IncomingHttpHeaders = {};
    const server = createServer((req, res) => {
      stampClientAddress(req, parseTrustedProxies(trusted));
      seen = req.headers;
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise<void>((resolve, reject) => {
      const req = request({ host: "127.0.0.1", port, headers }, (res) => {
        res.resume();
        res.on("end", resolve);
      });
      req.on("error", reject);
      req.end();
    });
    server.close();
    return seen;
  }
  const forged = { [CLIENT_ADDRESS_HEADER]: "6.6.6.6", "x-forwarded-for": "7.7.7.7", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" };

  it("overwrites a client-sent copy of the private header and drops forwarded host and scheme", async () => {
    const seen = await stamped(forged, undefined);
    expect(seen[CLIENT_ADDRESS_HEADER]).toBe("127.0.0.1");
    expect(seen["x-forwarded-host"]).toBeUndefined();
    expect(seen["x-forwarded-proto"]).toBeUndefined();
  });

  it("keeps what a trusted proxy forwards", async () => {
    const seen = await stamped(forged, "127.0.0.1");
    expect(seen[CLIENT_ADDRESS_HEADER]).toBe("7.7.7.7");
    expect(seen["x-forwarded-host"]).toBe("evil.example");
    expect(seen["x-forwarded-proto"]).toBe("https");
  });
});
