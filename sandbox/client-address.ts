// The caller's address for the sandbox's per-client limits (new namespaces, live trace streams): the
// address the production server stamped on the request (lib/auth/client-address.ts: the socket
// address, or X-Forwarded-For only from a proxy named in TRUSTED_PROXIES).
import { CLIENT_ADDRESS_HEADER, rateLimitAddress } from "@/lib/auth/client-address";

/**
 * The client's address as the portal's server saw it; undefined when no server stamped it (in-process
 * callers), and then only the global caps apply.
 */
export function clientAddress(headers: Headers): string | undefined {
  const stamped = headers.get(CLIENT_ADDRESS_HEADER);
  return stamped ? rateLimitAddress(stamped) : undefined;
}
