// The Content-Security-Policy of pages (set by proxy.ts). The headers every response carries, and the
// policy of API responses and files, are set in next.config.mjs. Pure functions, unit-tested.

/**
 * Pages rendered per request, where Next puts the request's nonce on every script it emits: these get
 * the strict policy (no inline script without the nonce). They are also the pages that show what
 * visitors and vendors typed. Every other page is prerendered at build time, when no nonce exists, so
 * its inline bootstrap scripts are allowed by 'unsafe-inline' instead; those pages show only the
 * repository's own content. A page moved between the two kinds must move here too (e2e/security.spec.ts
 * fails on a blocked script).
 */
const PER_REQUEST = [
  /^\/marketplace(\/|$)/,
  /^\/vendor(\/(?!forgot-password$)|$)/,
  /^\/review(\/|$)/,
  /^\/staff(\/|$)/,
  /^\/sign-in$/,
  /^\/outbox$/,
  /^\/search$/,
  /^\/sandbox$/,
  /^\/building-blocks$/,
  /^\/building-blocks\/[^/]+\/feedback$/,
];

export function rendersPerRequest(pathname: string): boolean {
  return PER_REQUEST.some((re) => re.test(pathname));
}

/** A fresh random nonce (128 bits, base64). */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The page policy. With a nonce: scripts only from this site and only when carrying the nonce (or loaded
 * by one that does). Without: this site's scripts and the page's own inline ones. Either way no plugins,
 * no foreign base URL, forms post only here, and no other site may frame the portal.
 */
export function pagePolicy({ nonce, dev = false, https = false }: { nonce?: string; dev?: boolean; https?: boolean }): string {
  const scripts = nonce ? `'self' 'nonce-${nonce}' 'strict-dynamic'` : `'self' 'unsafe-inline'`;
  return [
    "default-src 'self'",
    `script-src ${scripts}${dev ? " 'unsafe-eval'" : ""}`,
    // React writes style attributes, and Elements (the API reference) injects style elements.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** HSTS, only over https (browsers ignore it over http, and a local http run must not pin anything). */
export const HSTS = "max-age=31536000; includeSubDomains";
