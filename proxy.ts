// Runs before every page: refuses form posts from other sites (403), sets the page's Content-Security-Policy
// (with a fresh nonce on pages rendered per request, lib/security-headers.ts), and gives every visitor of the
// sandbox, the use-case journeys and the API reference ("Send API request") a private sandbox namespace
// (cookie). Only a name: nothing is stored until the namespace is used.
import { NextResponse, type NextRequest } from "next/server";
import { isForgedOrigin } from "@/lib/forms/origin-check";
import { CONTRIBUTE_FLASH_COOKIE, CONTRIBUTE_FLASH_HEADER } from "@/lib/involvement/options";
import { HSTS, newNonce, pagePolicy, rendersPerRequest } from "@/lib/security-headers";
import { NAMESPACE_COOKIE, NAMESPACE_COOKIE_MAX_AGE, newNamespaceName } from "@/sandbox/namespace-cookie";

const needsNamespace = (pathname: string) =>
  pathname === "/sandbox" || pathname === "/use-cases" || pathname.startsWith("/use-cases/") || /^\/building-blocks\/[^/]+\/api$/.test(pathname);

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (request.method === "POST" && isForgedOrigin(request.headers)) {
    return new NextResponse("Forbidden: this form was sent from another website.", { status: 403, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const nonce = rendersPerRequest(pathname) ? newNonce() : undefined;
  const policy = pagePolicy({ nonce, dev: process.env.NODE_ENV === "development", https });
  // Next reads the nonce from the request's CSP header and puts it on the scripts it renders.
  if (nonce) request.headers.set("content-security-policy", policy);

  let ns: string | undefined;
  if (needsNamespace(pathname) && !request.cookies.has(NAMESPACE_COOKIE)) {
    ns = newNamespaceName();
    // Make the cookie visible to this very request too, so the page renders the new namespace.
    request.cookies.set(NAMESPACE_COOKIE, ns);
  }
  // A form's answer carried across a redirect is shown once: this request reads it, the next does not.
  const flash = request.cookies.get(CONTRIBUTE_FLASH_COOKIE)?.value;
  if (flash) request.headers.set(CONTRIBUTE_FLASH_HEADER, flash);
  else request.headers.delete(CONTRIBUTE_FLASH_HEADER);
  const response = NextResponse.next({ request: { headers: request.headers } });
  if (flash !== undefined) response.cookies.set(CONTRIBUTE_FLASH_COOKIE, "", { path: "/get-involved/contribute", maxAge: 0 });
  if (ns) response.cookies.set(NAMESPACE_COOKIE, ns, { httpOnly: true, sameSite: "lax", path: "/", maxAge: NAMESPACE_COOKIE_MAX_AGE, secure: https });
  response.headers.set("Content-Security-Policy", policy);
  if (https) response.headers.set("Strict-Transport-Security", HSTS);
  return response;
}

export const config = {
  // Pages only: API routes and build files get their headers from next.config.mjs.
  matcher: ["/((?!api/|_next/static|_next/image|mock/|icon.svg|favicon.ico).*)"],
};
