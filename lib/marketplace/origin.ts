import "server-only";
import { headers } from "next/headers";

/** This portal's origin for links in mail: BETTER_AUTH_URL when set, else the request's own host. */
export async function requestOrigin(): Promise<string> {
  const configured = process.env.BETTER_AUTH_URL;
  if (configured) return configured.replace(/\/+$/, "");
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto") ?? "http";
  return `${proto}://${host}`;
}
