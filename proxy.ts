// Gives every visitor of the sandbox, the use-case journeys and the API reference ("Send API request")
// a private sandbox namespace (cookie). Only a name: nothing is stored until the namespace is used.
import { NextResponse, type NextRequest } from "next/server";

const COOKIE = "sandbox_ns";

export function proxy(request: NextRequest) {
  if (request.cookies.has(COOKIE)) return NextResponse.next();
  const ns = `v-${crypto.randomUUID().replace(/-/g, "").slice(0, 20)}`;
  // Make the cookie visible to this very request too, so the page renders the new namespace.
  request.cookies.set(COOKIE, ns);
  const response = NextResponse.next({ request: { headers: request.headers } });
  response.cookies.set(COOKIE, ns, { httpOnly: true, sameSite: "lax", path: "/", maxAge: 30 * 86400, secure: request.nextUrl.protocol === "https:" });
  return response;
}

export const config = { matcher: ["/sandbox", "/use-cases/:path*", "/building-blocks/:id/api"] };
