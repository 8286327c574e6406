// The caller's network address, worked out once per request by the production server
// (scripts/server.mjs) and handed to Next in a private header. Plain module (no "server-only"):
// server.mjs loads it from source before Next starts.
import { BlockList, isIP } from "node:net";
import type { IncomingMessage } from "node:http";

/**
 * The private header carrying the resolved client address. The server overwrites it on every request,
 * so a copy sent by a client never reaches Next; Better Auth reads the same header.
 */
export const CLIENT_ADDRESS_HEADER = "x-portal-client-address";

/** Strips the IPv4-mapped IPv6 prefix ("::ffff:10.0.0.1" → "10.0.0.1") and an IPv6 zone id. */
export function normaliseAddress(address: string): string {
  const bare = address.trim().replace(/%.*$/, "");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(bare);
  return (mapped ? mapped[1]! : bare).toLowerCase();
}

/**
 * Parses TRUSTED_PROXIES: a comma-separated list of addresses or CIDR ranges ("10.0.0.5, 172.16.0.0/12, ::1").
 * @returns null when nothing is listed (the default: X-Forwarded-For is never trusted).
 * @throws naming the entry when one is not an address or range.
 */
export function parseTrustedProxies(spec: string | undefined): BlockList | null {
  const entries = (spec ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (!entries.length) return null;
  const list = new BlockList();
  for (const entry of entries) {
    const [address = "", prefix] = entry.split("/");
    const family = isIP(address);
    const bits = prefix === undefined ? undefined : Number(prefix);
    if (!family || (bits !== undefined && (!Number.isInteger(bits) || bits < 0 || bits > (family === 4 ? 32 : 128)))) {
      throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range`);
    }
    const type = family === 4 ? "ipv4" : "ipv6";
    if (bits === undefined) list.addAddress(address, type);
    else list.addSubnet(address, bits, type);
  }
  return list;
}

function isTrusted(list: BlockList, address: string): boolean {
  const family = isIP(address);
  return family !== 0 && list.check(address, family === 4 ? "ipv4" : "ipv6");
}

/**
 * The client's address: the socket's peer, unless that peer is a trusted proxy, in which case
 * X-Forwarded-For is read from the right, skipping further trusted proxies, up to the first address
 * a trusted proxy vouched for. Entries left of that were written by the client and are ignored.
 */
export function resolveClientAddress(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, trusted: BlockList | null): string {
  const peer = normaliseAddress(socketAddress ?? "");
  if (!peer) return "unknown";
  if (!trusted || !isTrusted(trusted, peer)) return peer;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "")).split(",").map(normaliseAddress).filter(Boolean);
  let client = peer;
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i]!;
    if (!isIP(hop)) break; // garbage from the client side: stop at the last address a proxy vouched for
    client = hop;
    if (!isTrusted(trusted, hop)) break;
  }
  return client;
}

/**
 * Writes the resolved address into the private header, replacing anything the client sent under that
 * name, and drops X-Forwarded-Host/-Proto unless a trusted proxy sent them. Called by scripts/server.mjs
 * for every request before Next sees it.
 */
export function stampClientAddress(req: IncomingMessage, trusted: BlockList | null): void {
  req.headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress(req.socket.remoteAddress, req.headers["x-forwarded-for"], trusted);
  // The forwarded host and scheme count only from a trusted proxy, like the forwarded address.
  const peer = normaliseAddress(req.socket.remoteAddress ?? "");
  if (!trusted || !isTrusted(trusted, peer)) {
    delete req.headers["x-forwarded-host"];
    delete req.headers["x-forwarded-proto"];
  }
}

// Process-wide, so every bundle of Next's sees it: the environment, set by scripts/server.mjs before Next loads.
const STAMPED = "PORTAL_CLIENT_ADDRESS_STAMPED";

/** Marks this process as served by scripts/server.mjs, so the private header can be believed. */
export function markAddressesStamped(): void {
  process.env[STAMPED] = "1";
}
function addressesStamped(): boolean {
  return process.env[STAMPED] === "1";
}

/**
 * The client address for a request's headers. Under `npm start` and `npm run dev` it is the stamped
 * header. Under a plain `next dev` nothing stamps it; then Next's own X-Forwarded-For (the socket address
 * unless the client sent one) is used, which is acceptable only in development, so production without
 * the stamp (a plain `next start`) falls back to one shared "unstamped" address (limits still hold, just
 * for everyone at once).
 */
export function clientAddressOf(headers: Headers): string {
  if (addressesStamped()) return headers.get(CLIENT_ADDRESS_HEADER) ?? "unknown";
  if (process.env.NODE_ENV === "production") return "unstamped";
  return normaliseAddress(headers.get("x-forwarded-for")?.split(",").at(-1) ?? "") || "unknown";
}

/**
 * The key a per-address limit counts under: IPv4 as is, IPv6 by its /64 network, because one home or
 * server usually owns a whole /64 and could otherwise rotate through it to escape every limit.
 */
export function rateLimitAddress(address: string): string {
  if (isIP(address) !== 6) return address;
  const groups = expandIPv6(address);
  return `${groups.slice(0, 4).join(":")}::/64`;
}

function expandIPv6(address: string): string[] {
  const [left = "", right] = address.split("::");
  const head = left ? left.split(":") : [];
  const tail = right === undefined ? [] : right ? right.split(":") : [];
  const zeros = Array(Math.max(0, 8 - head.length - tail.length)).fill("0");
  return [...head, ...zeros, ...tail].map((g) => g.replace(/^0+(?=.)/, "").toLowerCase());
}
