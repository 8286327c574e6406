import { getAuth } from "@/lib/auth/auth";

// Better Auth's HTTP endpoints (sign-in, sign-up, sessions, password reset), with its rate limiter.
export function GET(request: Request) {
  return getAuth().handler(request);
}
export function POST(request: Request) {
  return getAuth().handler(request);
}
