import "server-only";
import { headers } from "next/headers";
import { clientAddressOf, rateLimitAddress } from "@/lib/auth/client-address";

/**
 * The caller's address as a rate-limit key: the socket address stamped by scripts/server.mjs (or the
 * address a proxy listed in TRUSTED_PROXIES vouched for), IPv6 grouped by /64. See lib/auth/client-address.ts.
 */
export async function clientIp(): Promise<string> {
  return rateLimitAddress(clientAddressOf(await headers()));
}
