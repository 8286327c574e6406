import "server-only";
import { headers } from "next/headers";
import { mailOrigin } from "@/lib/auth/public-origin";

/**
 * This portal's origin for links in mail: BETTER_AUTH_URL when set, else the request's own host if it is a
 * loopback one, else localhost (lib/auth/public-origin.ts).
 */
export async function requestOrigin(): Promise<string> {
  return mailOrigin((await headers()).get("host"));
}
