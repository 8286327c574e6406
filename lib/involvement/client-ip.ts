import "server-only";
import { headers } from "next/headers";

/**
 * The caller's address for rate limiting: the last X-Forwarded-For entry, i.e. the address the
 * nearest proxy saw (Next fills the header with the socket address when there is no proxy).
 * Behind a proxy, it must append to X-Forwarded-For (nginx: $proxy_add_x_forwarded_for).
 */
export async function clientIp(): Promise<string> {
  const h = await headers();
  const forwarded = h.get("x-forwarded-for")?.split(",").map((s) => s.trim()).filter(Boolean);
  return forwarded?.at(-1) ?? h.get("x-real-ip") ?? "unknown";
}
