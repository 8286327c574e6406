// The address visitors reach the portal at, for text they copy (curl commands, mock base URLs).
// Behind a proxy it is configured (PUBLIC_ORIGIN), never read from X-Forwarded-* headers a client can forge.

const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/**
 * PUBLIC_ORIGIN when set (e.g. `https://portal.example.org` behind a proxy); otherwise the Host the
 * visitor's request named, on the protocol this server received it with. A malformed Host falls back
 * to the server's own address.
 * @param serverUrl the URL the server saw (request.url), for its protocol and the fallback
 */
export function publicOrigin(host: string | null, serverUrl: string, configured = process.env.PUBLIC_ORIGIN): string {
  if (configured) {
    try {
      return new URL(configured).origin;
    } catch {
      // A broken setting must not break the page: use the request's address instead.
    }
  }
  const server = new URL(serverUrl);
  return host && HOST.test(host) ? `${server.protocol}//${host.toLowerCase()}` : server.origin;
}
