// The outbound guard. Refusals are tested with faked DNS answers and IP literals that are refused
// before any socket opens; the only real connections go to a server on 127.0.0.1.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { OutboundRefused, allowListFrom, checkUrl, guardedFetch, guardedLookup, refusedRange } from "./guard";

const REFUSED = [
  ["0.0.0.0", "unspecified"],
  ["0.1.2.3", "unspecified"],
  ["10.0.0.1", "private"],
  ["10.255.255.255", "private"],
  ["100.64.0.1", "carrier-grade NAT"],
  ["100.127.255.254", "carrier-grade NAT"],
  ["127.0.0.1", "loopback"],
  ["127.8.9.10", "loopback"],
  ["169.254.169.254", "cloud metadata"],
  ["172.16.0.1", "private"],
  ["172.31.255.255", "private"],
  ["192.0.0.8", "IETF"],
  ["192.168.1.1", "private"],
  ["198.18.0.1", "benchmarking"],
  ["198.19.255.255", "benchmarking"],
  ["224.0.0.1", "multicast"],
  ["239.255.255.250", "multicast"],
  ["240.0.0.1", "reserved"],
  ["255.255.255.255", "reserved"],
  ["::", "unspecified"],
  ["::1", "loopback"],
  ["0:0:0:0:0:0:0:1", "loopback"],
  ["fc00::1", "unique local"],
  ["fd12:3456::1", "unique local"],
  ["fe80::1", "link-local"],
  ["febf::1", "link-local"],
  ["ff02::1", "multicast"],
  ["::ffff:127.0.0.1", "loopback"],
  ["::ffff:7f00:1", "loopback"],
  ["::ffff:10.1.2.3", "private"],
  ["::ffff:169.254.169.254", "metadata"],
  ["::ffff:a9fe:a9fe", "metadata"],
  ["64:ff9b::8.8.8.8", "NAT64"],
  ["fd00:ec2::254", "unique local"],
] as const;

const PUBLIC = [
  "8.8.8.8",
  "1.1.1.1",
  "100.63.255.255",
  "100.128.0.0",
  "172.15.255.255",
  "172.32.0.0",
  "192.0.1.1",
  "192.169.0.1",
  "198.17.255.255",
  "198.20.0.0",
  "223.255.255.255",
  "2001:4860:4860::8888",
  "2606:4700::1111",
  "::ffff:8.8.8.8",
  "fec0::1",
];

describe("refusedRange", () => {
  test.each(REFUSED)("%s is refused as %s", (ip, label) => {
    expect(refusedRange(ip)).toMatch(new RegExp(label, "i"));
  });
  test.each(PUBLIC)("%s is a public address", (ip) => {
    expect(refusedRange(ip)).toBeUndefined();
  });
  test("garbage is not an address", () => {
    expect(refusedRange("1.2.3")).toBe("not an IP address");
    expect(refusedRange("1::2::3")).toBe("not an IP address");
  });
});

describe("checkUrl", () => {
  const none = allowListFrom("");
  test("only http and https", () => {
    for (const url of ["file:///etc/passwd", "gopher://x/", "ftp://example.org/", "javascript:alert(1)", "data:text/plain,hi"]) {
      expect(() => checkUrl(url, none)).toThrow(/Only http: and https:/);
    }
    expect(() => checkUrl("not a url", none)).toThrow(/not a valid URL/);
    expect(checkUrl("https://vendor.example/payments", none).hostname).toBe("vendor.example");
  });
  test("IP literals in a refused range are refused before connecting, in every spelling", () => {
    for (const url of [
      "http://127.0.0.1/",
      "http://[::1]/",
      "http://[::ffff:127.0.0.1]/",
      "http://2130706433/",
      "http://0x7f.1/",
      "http://169.254.169.254/latest/meta-data",
      "http://[fe80::1]/",
      "http://0/",
    ]) {
      expect(() => checkUrl(url, none), url).toThrow(OutboundRefused);
    }
  });
  test("credentials in the URL are refused", () => {
    expect(() => checkUrl("https://user:pw@vendor.example/", none)).toThrow(/Authorization field/);
  });
  test("the allow-list lets named hosts, addresses and ranges through", () => {
    expect(checkUrl("http://127.0.0.1:3000/", allowListFrom("127.0.0.1")).port).toBe("3000");
    expect(checkUrl("http://127.0.0.5/", allowListFrom("127.0.0.0/8")).hostname).toBe("127.0.0.5");
    expect(checkUrl("http://[::1]/", allowListFrom("::1")).hostname).toBe("[::1]");
    expect(() => checkUrl("http://10.0.0.1/", allowListFrom("127.0.0.1"))).toThrow(OutboundRefused);
  });
});

describe("guardedLookup (faked DNS, no connection)", () => {
  const fake = (addresses: Array<{ address: string; family: number }>) => (_host: string, _opts: unknown, cb: (...args: unknown[]) => void) =>
    cb(null, addresses);
  const run = (addresses: Array<{ address: string; family: number }>, host = "vendor.example", allow = allowListFrom("")) =>
    new Promise<unknown>((resolve) => guardedLookup(allow, fake(addresses))(host, { all: true }, (err, list) => resolve(err ?? list)));

  test.each(REFUSED)("a name resolving to %s is refused", async (ip) => {
    const result = await run([{ address: ip, family: ip.includes(":") ? 6 : 4 }]);
    expect(result).toBeInstanceOf(OutboundRefused);
    expect(String((result as Error).message)).toContain(`vendor.example resolves to ${ip}`);
  });
  test("one refused address among public ones refuses the name (no rebinding through a second record)", async () => {
    expect(
      await run([
        { address: "8.8.8.8", family: 4 },
        { address: "10.0.0.7", family: 4 },
      ]),
    ).toBeInstanceOf(OutboundRefused);
  });
  test("public addresses pass; an allow-listed name may resolve locally", async () => {
    expect(await run([{ address: "8.8.8.8", family: 4 }])).toEqual([{ address: "8.8.8.8", family: 4 }]);
    expect(await run([{ address: "127.0.0.1", family: 4 }], "localhost", allowListFrom("localhost"))).toEqual([{ address: "127.0.0.1", family: 4 }]);
  });
  test("the single-address callback form is answered too", async () => {
    const got = await new Promise((resolve) =>
      guardedLookup(allowListFrom(""), fake([{ address: "8.8.4.4", family: 4 }]))("x.example", {}, (...args) => resolve(args)),
    );
    expect(got).toEqual([null, "8.8.4.4", 4]);
  });
});

describe("guardedFetch against 127.0.0.1", () => {
  let server: Server;
  let base = "";
  let lastAuth: string | undefined;
  const allow = allowListFrom("127.0.0.1");
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === "/big") return res.end("x".repeat(5000));
      if (req.url === "/slow") return void setTimeout(() => res.end("late"), 2000);
      if (req.url === "/to-metadata") return res.writeHead(302, { location: "http://169.254.169.254/latest" }).end();
      if (req.url === "/to-name") return res.writeHead(302, { location: "http://internal.example/" }).end();
      if (req.url === "/hop") return res.writeHead(307, { location: "/echo" }).end();
      lastAuth = req.headers.authorization;
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ method: req.method, url: req.url }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test("without the allow-list, loopback is refused", async () => {
    await expect(guardedFetch({ url: `${base}/echo`, allow: allowListFrom("") })).rejects.toThrow(/loopback/);
  });
  test("a name that resolves to loopback is refused at connect time", async () => {
    const resolve = (_h: string, _o: unknown, cb: (...a: unknown[]) => void) => cb(null, [{ address: "127.0.0.1", family: 4 }]);
    const port = new URL(base).port;
    await expect(guardedFetch({ url: `http://rebind.example:${port}/echo`, allow: allowListFrom(""), resolve })).rejects.toThrow(
      /rebind.example resolves to 127.0.0.1/,
    );
  });
  test("allowed: answers come back", async () => {
    const res = await guardedFetch({ url: `${base}/echo`, method: "POST", body: "{}", allow });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ method: "POST", url: "/echo" });
  });
  test("bodies are capped and calls time out", async () => {
    await expect(guardedFetch({ url: `${base}/big`, maxBytes: 1000, allow })).rejects.toThrow(/larger than 1000 bytes/);
    await expect(guardedFetch({ url: `${base}/slow`, timeoutMs: 200, allow })).rejects.toThrow(/200 ms/);
  });
  test("redirects: not followed by default; followed hops are checked again and lose the credential", async () => {
    expect((await guardedFetch({ url: `${base}/hop`, allow })).status).toBe(307);
    lastAuth = "unset";
    const res = await guardedFetch({ url: `${base}/hop`, headers: { Authorization: "Bearer s3cret" }, maxRedirects: 2, allow });
    expect(res.status).toBe(200);
    expect(res.redirects).toEqual([`${base}/echo`]);
    expect(lastAuth).toBeUndefined();
    await expect(guardedFetch({ url: `${base}/to-metadata`, maxRedirects: 2, allow })).rejects.toThrow(/cloud metadata/);
    const resolve = (_h: string, _o: unknown, cb: (...a: unknown[]) => void) => cb(null, [{ address: "10.1.1.1", family: 4 }]);
    await expect(guardedFetch({ url: `${base}/to-name`, maxRedirects: 2, allow, resolve })).rejects.toThrow(/internal.example resolves to 10.1.1.1/);
  });
});
