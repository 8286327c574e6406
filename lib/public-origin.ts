// The address visitors reach the portal at, for text they copy (curl commands, mock base URLs).
// Behind a proxy it is configured (PUBLIC_ORIGIN), never read from X-Forwarded-* headers a client can
// forge. Note that Next derives request.url's protocol from X-Forwarded-Proto, so it is not used either.

const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/**
 * PUBLIC_ORIGIN when set (e.g. `https://portal.example.org` behind a TLS proxy); otherwise the Host the
 * visitor's request named, over plain HTTP (what the portal's own server speaks). A missing or malformed
 * Host gives the server's local address.
 */
export function publicOrigin(host: string | null, configured = process.env.PUBLIC_ORIGIN, port = process.env.PORT): string {
  if (configured) {
    try {
      return new URL(configured).origin;
    } catch {
      // A broken setting must not break the page: use the request's address instead.
    }
  }
  return host && HOST.test(host) ? `http://${host.toLowerCase()}` : `http://localhost${port ? `:${port}` : ""}`;
}
