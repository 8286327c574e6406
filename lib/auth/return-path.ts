/**
 * A same-site return address from `?next=` or a form field, or undefined. Only absolute paths on this
 * site pass: no scheme, no protocol-relative "//host", no backslashes or control characters (browsers
 * read "/\host" as another host), so a sign-in link can never send people elsewhere.
 */
export function safeReturnPath(value: unknown): string | undefined {
  if (typeof value !== "string" || value.length === 0 || value.length > 1000) return undefined;
  if (!value.startsWith("/") || value.startsWith("//") || /[\\\u0000-\u001f\u007f]/.test(value)) return undefined;
  const base = "http://portal.invalid";
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return undefined;
  }
  if (url.origin !== base) return undefined;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // Dot segments can collapse into a protocol-relative address: "/.//evil.example" → "//evil.example".
  if (path.startsWith("//")) return undefined;
  // Coming back to the sign-in page itself would only loop.
  return url.pathname === "/sign-in" ? undefined : path;
}

/** Where a role lands after signing in when no return address was given. */
export function homeFor(role: "vendor" | "reviewer" | "admin"): string {
  return role === "vendor" ? "/vendor" : "/staff";
}
