/**
 * Whether a form post (server action) comes from another site: its Origin names a host other than the
 * one it was sent to (X-Forwarded-For's first host when a proxy set one, else Host), or is "null" or not
 * a URL. Next refuses these too, but with a 500; proxy.ts answers them with a 403 first. A post with no
 * Origin at all (not from a browser) is let through, as Next does: it carries no one else's cookies.
 */
export function isForgedOrigin(headers: Headers): boolean {
  const origin = headers.get("origin");
  if (origin === null) return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return true;
  }
  if (!originHost) return true;
  const forwarded = headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  const host = headers.get("host");
  return originHost !== forwarded && originHost !== host;
}
