import { getAuth } from "@/db/auth/auth";
import { ACCOUNT_HINT_COOKIE } from "@/lib/auth/account-hint";
import { isOpenAuthEndpoint } from "@/lib/auth/open-endpoints";

// Only the links the portal mails out reach Better Auth over HTTP (email confirmation, password reset).
// Signing in, signing up and the rest go through the portal's own forms, whose server actions call
// Better Auth in-process behind the database-backed limits (db/auth/sign-in-guard.ts). Leaving
// /api/auth/sign-in/email open would be a second door around those limits.
function closed(): Response {
  return Response.json({ message: "Not found. Use the sign-in page at /sign-in." }, { status: 404 });
}

export async function GET(request: Request) {
  const path = new URL(request.url).pathname;
  if (!isOpenAuthEndpoint("GET", path)) return closed();
  const response = await getAuth().handler(request);
  // A confirmed email signs the new vendor in: also set the header's (cosmetic) account hint.
  if (path === "/api/auth/verify-email" && /session_token=/.test(response.headers.get("set-cookie") ?? "")) {
    const secure = new URL(request.url).protocol === "https:" ? "; Secure" : "";
    response.headers.append("set-cookie", `${ACCOUNT_HINT_COOKIE}=vendor; Path=/; Max-Age=${7 * 86400}; SameSite=Lax${secure}`);
  }
  return response;
}

export function POST() {
  return closed();
}
