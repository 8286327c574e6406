// The visitor's sandbox namespace cookie: its name, lifetime and how a new name is made. Kept free of imports
// (the Web Crypto global only) because proxy.ts runs before every page, outside the Node-only sandbox modules.

/** Name of the cookie holding a visitor's namespace. */
export const NAMESPACE_COOKIE = "sandbox_ns";

/** How long the browser keeps the cookie, in seconds (30 days). */
export const NAMESPACE_COOKIE_MAX_AGE = 30 * 86400;

/** A new unguessable namespace name for a visitor. */
export function newNamespaceName(): string {
  return `v-${crypto.randomUUID().replace(/-/g, "").slice(0, 20)}`;
}
