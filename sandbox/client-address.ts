// The caller's address for per-client limits (new namespaces, live trace streams).
// The socket address, never X-Forwarded-For (a client sets that). The production server
// (scripts/server.mjs) copies the socket address into CLIENT_ADDRESS_HEADER for Next's route
// handlers, which cannot see the socket, after removing any value the client sent. Swap this for
// the portal's shared client-address helper (TRUSTED_PROXIES) once it exists.

/** Header the production server sets to the socket address before Next handles a request. */
export const CLIENT_ADDRESS_HEADER = "x-portal-client-address";

/**
 * The client's address as the production server saw it; undefined when no server set it (`next dev`,
 * in-process callers), and then only the global caps apply.
 */
export function clientAddress(headers: Headers): string | undefined {
  return headers.get(CLIENT_ADDRESS_HEADER) || undefined;
}
