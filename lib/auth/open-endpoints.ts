/**
 * The Better Auth HTTP endpoints that stay reachable: the two links the portal mails out. Everything
 * else (sign-in, sign-up, session, password change) runs only through the portal's server actions.
 */
export function isOpenAuthEndpoint(method: string, pathname: string): boolean {
  if (method !== "GET") return false;
  return pathname === "/api/auth/verify-email" || /^\/api\/auth\/reset-password\/[A-Za-z0-9_-]{1,200}$/.test(pathname);
}
