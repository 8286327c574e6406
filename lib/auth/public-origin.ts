// Links in mail (account confirmation, password reset, invitations, decisions) must lead to this portal.
// BETTER_AUTH_URL says where it is. Without it the request's Host is used, but only a loopback one (a
// local trial of `npm start`); any other host gets links to localhost. A Host header is the client's to
// choose, and a reset link to a host an attacker picked would hand them the token.

/** Loopback hosts in Better Auth's `allowedHosts` pattern form; isLoopbackHost states the same rule. */
export const LOOPBACK_HOSTS = ["localhost", "localhost:*", "127.0.0.1", "127.0.0.1:*", "[::1]", "[::1]:*"];

/** BETTER_AUTH_URL without a trailing slash, or undefined when it is not set. */
export function configuredOrigin(): string | undefined {
  return process.env.BETTER_AUTH_URL?.replace(/\/+$/, "") || undefined;
}

/** Whether a Host header names this machine's loopback interface ("localhost:3000", "127.0.0.1", "[::1]:80"). */
export function isLoopbackHost(host: string): boolean {
  return /^(localhost|127\.0\.0\.1|\[::1\])(:\d{1,5})?$/i.test(host);
}

/** Where links lead when neither BETTER_AUTH_URL nor a loopback Host says: this machine, on the portal's port. */
export function fallbackOrigin(): string {
  return `http://localhost:${process.env.PORT || 3000}`;
}

/** The origin for links in mail sent while answering a request for `host`. */
export function mailOrigin(host: string | null): string {
  const configured = configuredOrigin();
  if (configured) return configured;
  return host && isLoopbackHost(host) ? `http://${host}` : fallbackOrigin();
}
