// Outbound guard for calls to URLs that strangers typed in (SSRF rules of docs/conformance.md):
// only http(s); every address checked at connect time (custom `lookup` on the socket, so a DNS
// answer cannot change between check and connect); IP literals checked before connecting; every
// redirect hop checked the same way; bodies capped; every call timed out. Local targets only through
// an explicit allow-list (CONFORMANCE_ALLOW_HOSTS). Pure Node, usable by the CLI, the portal and #12.
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { request as httpRequest, type IncomingHttpHeaders } from "node:http";
import { request as httpsRequest } from "node:https";
import { isIP } from "node:net";

/** Why an outbound call was not made. The message is safe to show to the person who entered the URL. */
export class OutboundRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = "OutboundRefused";
  }
}

type Range4 = { base: number; bits: number; label: string };
type Range6 = { base: bigint; bits: number; label: string };

function parse4(ip: string): number | undefined {
  const parts = ip.split(".");
  if (parts.length !== 4) return undefined;
  let n = 0;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p) || Number(p) > 255) return undefined;
    n = n * 256 + Number(p);
  }
  return n;
}

/** Parses an IPv6 address (with "::" and an optional trailing dotted quad) to a 128-bit number. */
export function parse6(input: string): bigint | undefined {
  let ip = input.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  const quad = /(\d{1,3}(?:\.\d{1,3}){3})$/.exec(ip);
  if (quad) {
    const v4 = parse4(quad[1]!);
    if (v4 === undefined) return undefined;
    ip = ip.slice(0, -quad[1]!.length) + `${(v4 >>> 16).toString(16)}:${(v4 & 0xffff).toString(16)}`;
  }
  const halves = ip.split("::");
  if (halves.length > 2) return undefined;
  const head = halves[0] ? halves[0].split(":") : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(":") : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill("0"), ...tail];
  let n = 0n;
  for (const g of groups) {
    if (!/^[0-9a-f]{1,4}$/i.test(g)) return undefined;
    n = (n << 16n) | BigInt(parseInt(g, 16));
  }
  return n;
}

const v4 = (cidr: string, label: string): Range4 => {
  const [ip, bits] = cidr.split("/");
  return { base: parse4(ip!)!, bits: Number(bits), label };
};
const v6 = (cidr: string, label: string): Range6 => {
  const [ip, bits] = cidr.split("/");
  return { base: parse6(ip!)!, bits: Number(bits), label };
};

const REFUSED_V4: Range4[] = [
  v4("0.0.0.0/8", "unspecified (0.0.0.0/8)"),
  v4("10.0.0.0/8", "private (10.0.0.0/8)"),
  v4("100.64.0.0/10", "carrier-grade NAT (100.64.0.0/10)"),
  v4("127.0.0.0/8", "loopback (127.0.0.0/8)"),
  v4("169.254.0.0/16", "link-local or cloud metadata (169.254.0.0/16)"),
  v4("172.16.0.0/12", "private (172.16.0.0/12)"),
  v4("192.0.0.0/24", "IETF protocol assignments (192.0.0.0/24)"),
  v4("192.168.0.0/16", "private (192.168.0.0/16)"),
  v4("198.18.0.0/15", "benchmarking (198.18.0.0/15)"),
  v4("224.0.0.0/3", "multicast or reserved (224.0.0.0 and above)"),
];

const REFUSED_V6: Range6[] = [
  v6("::/128", "unspecified (::)"),
  v6("::1/128", "loopback (::1)"),
  v6("fc00::/7", "unique local (fc00::/7)"),
  v6("fe80::/10", "link-local (fe80::/10)"),
  v6("ff00::/8", "multicast (ff00::/8)"),
  v6("64:ff9b::/96", "NAT64 (64:ff9b::/96)"),
  v6("fd00:ec2::254/128", "cloud metadata (fd00:ec2::254)"),
];

const in4 = (n: number, r: Range4) => r.bits === 0 || n >>> (32 - r.bits) === r.base >>> (32 - r.bits);
const in6 = (n: bigint, r: Range6) => n >> BigInt(128 - r.bits) === r.base >> BigInt(128 - r.bits);

/** Why an address may not be called (a range name), or undefined when it is a public address. */
export function refusedRange(address: string): string | undefined {
  const n4 = parse4(address);
  if (n4 !== undefined) return REFUSED_V4.find((r) => in4(n4, r))?.label;
  const n6 = parse6(address);
  if (n6 === undefined) return "not an IP address";
  // IPv4-mapped (::ffff:a.b.c.d) and IPv4-compatible (::a.b.c.d) forms: judge the embedded IPv4 address.
  const high = n6 >> 32n;
  if (high === 0xffffn || (high === 0n && n6 > 1n)) {
    const embedded = Number(n6 & 0xffffffffn);
    const dotted = [24, 16, 8, 0].map((s) => (embedded >>> s) & 255).join(".");
    const why = refusedRange(dotted);
    return why ? `${why}, IPv4-mapped` : undefined;
  }
  return REFUSED_V6.find((r) => in6(n6, r))?.label;
}

/** The allow-list: host names, IP addresses or CIDR ranges that may be called even when local. */
export type AllowList = { hosts: Set<string>; ranges: Array<Range4 | Range6> };

/** Reads an allow-list from a comma-separated string (default: the CONFORMANCE_ALLOW_HOSTS variable). */
export function allowListFrom(value = process.env.CONFORMANCE_ALLOW_HOSTS ?? ""): AllowList {
  const list: AllowList = { hosts: new Set(), ranges: [] };
  for (const raw of value
    .split(",")
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean)) {
    const [ip, bits] = raw.replace(/^\[|\]$/g, "").split("/");
    if (parse4(ip!) !== undefined) list.ranges.push(v4(`${ip}/${bits ?? 32}`, raw));
    else if (isIP(ip!) === 6) list.ranges.push(v6(`${ip}/${bits ?? 128}`, raw));
    else list.hosts.add(raw);
  }
  return list;
}

function allowedAddress(address: string, allow: AllowList): boolean {
  const n4 = parse4(address);
  const mapped = n4 === undefined ? parse6(address) : undefined;
  const as4 = n4 ?? (mapped !== undefined && mapped >> 32n === 0xffffn ? Number(mapped & 0xffffffffn) : undefined);
  return allow.ranges.some((r) => (typeof r.base === "number" ? as4 !== undefined && in4(as4, r as Range4) : mapped !== undefined && in6(mapped, r as Range6)));
}

/** Throws OutboundRefused when an address (as connected to) may not be called. */
export function checkAddress(address: string, host: string, allow: AllowList): void {
  const why = refusedRange(address);
  if (!why || allow.hosts.has(host.toLowerCase()) || allowedAddress(address, allow)) return;
  throw new OutboundRefused(
    `${host} resolves to ${address}, a ${why} address. The conformance runner only calls public addresses` +
      " (a local target must be listed in CONFORMANCE_ALLOW_HOSTS).",
  );
}

/** Checks a URL before any connection: scheme, credentials in the URL, and an IP-literal host. */
export function checkUrl(raw: string, allow: AllowList = allowListFrom()): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new OutboundRefused(`"${raw.slice(0, 200)}" is not a valid URL.`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new OutboundRefused(`Only http: and https: URLs can be tested (got ${url.protocol}).`);
  if (url.username || url.password) throw new OutboundRefused("Put credentials in the Authorization field, not in the URL.");
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (isIP(host)) checkAddress(host, host, allow);
  return url;
}

type LookupFn = (hostname: string, options: { all?: boolean; family?: number }, callback: (...args: unknown[]) => void) => void;

/**
 * A `lookup` for http.request that refuses local addresses: the check happens on the very addresses
 * the socket then connects to. `resolve` is injectable so tests can fake DNS without any network.
 */
export function guardedLookup(allow: AllowList, resolve: LookupFn = dnsLookup as unknown as LookupFn): LookupFn {
  return (hostname, options, callback) => {
    resolve(hostname, { ...options, all: true }, (err: unknown, addresses: unknown) => {
      if (err) return callback(err);
      const list = addresses as LookupAddress[];
      try {
        if (!list.length) throw new OutboundRefused(`${hostname} has no address.`);
        for (const a of list) checkAddress(a.address, hostname, allow);
      } catch (error) {
        return callback(error);
      }
      if (options.all) callback(null, list);
      else callback(null, list[0]!.address, list[0]!.family);
    });
  };
}

/** One outbound request. */
export type OutboundRequest = {
  url: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  /** Whole call including redirects and body (default 10 s). */
  timeoutMs?: number;
  /** Largest response body read (default 1 MiB); larger bodies fail the call. */
  maxBytes?: number;
  /** Redirects followed, each checked again (default 0: a 3xx is returned as it is). Authorization is never forwarded. */
  maxRedirects?: number;
  allow?: AllowList;
  /** Fake resolver for tests. */
  resolve?: LookupFn;
};

export type OutboundResponse = { status: number; headers: IncomingHttpHeaders; body: string; url: string; redirects: string[] };

/** Makes one guarded HTTP call. Throws OutboundRefused for a forbidden target, Error for network problems. */
export async function guardedFetch(req: OutboundRequest): Promise<OutboundResponse> {
  const allow = req.allow ?? allowListFrom();
  const timeoutMs = req.timeoutMs ?? 10_000;
  const maxBytes = req.maxBytes ?? 1_048_576;
  const deadline = Date.now() + timeoutMs;
  const redirects: string[] = [];
  let url = checkUrl(req.url, allow);
  let method = (req.method ?? "GET").toUpperCase();
  let headers = { ...req.headers };
  let body = req.body;
  for (;;) {
    const res = await once(url, method, headers, body, Math.max(1, deadline - Date.now()), timeoutMs, maxBytes, allow, req.resolve);
    const location = res.headers.location;
    if (res.status < 300 || res.status >= 400 || !location || redirects.length >= (req.maxRedirects ?? 0)) return { ...res, url: url.toString(), redirects };
    const next = checkUrl(new URL(location, url).toString(), allow);
    redirects.push(next.toString());
    // Never hand a credential to a redirect target.
    headers = Object.fromEntries(Object.entries(headers).filter(([k]) => !/^(authorization|cookie)$/i.test(k)));
    if (res.status === 303 || ((res.status === 301 || res.status === 302) && method === "POST")) {
      method = "GET";
      body = undefined;
    }
    url = next;
  }
}

function once(
  url: URL,
  method: string,
  headers: Record<string, string>,
  body: string | undefined,
  timeoutMs: number,
  /** The caller's whole budget, named in the error (timeoutMs is what is left of it after redirects). */
  budgetMs: number,
  maxBytes: number,
  allow: AllowList,
  resolve?: LookupFn,
): Promise<{ status: number; headers: IncomingHttpHeaders; body: string }> {
  return new Promise((done, fail) => {
    const send = url.protocol === "https:" ? httpsRequest : httpRequest;
    const outHeaders: Record<string, string> = { ...headers };
    if (body !== undefined) outHeaders["content-length"] = String(Buffer.byteLength(body));
    const request = send(url, { method, headers: outHeaders, agent: false, lookup: guardedLookup(allow, resolve) as never, timeout: timeoutMs }, (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBytes) {
          fail(new Error(`The response body is larger than ${maxBytes} bytes.`));
          request.destroy();
          return;
        }
        chunks.push(chunk);
      });
      res.on("end", () => size <= maxBytes && done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }));
      res.on("error", fail);
    });
    const timer = setTimeout(() => request.destroy(new Error(`No complete answer within ${budgetMs} ms.`)), timeoutMs);
    request.on("close", () => clearTimeout(timer));
    request.on("timeout", () => request.destroy(new Error(`No answer within ${budgetMs} ms.`)));
    request.on("error", (error) => fail(error));
    request.end(body);
  });
}
