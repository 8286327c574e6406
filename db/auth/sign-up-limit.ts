import type { Db } from "@/db/client";
import { hitRateLimit } from "@/db/rate-limit";

const HOUR = 3600_000;
const envInt = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isSafeInteger(value) && value > 0 ? value : fallback;
};

/**
 * Sign-ups per hour: SIGN_UP_RATE_LIMIT per address (default 5), and 3 per email address, so no one can
 * flood a stranger's inbox with confirmation mails. The address is checked first and an address over its
 * limit does not count against the email.
 * @returns seconds to wait, or 0 when the sign-up may go ahead.
 */
export function signUpWait(address: string, email: string, db?: Db): number {
  const perAddress = hitRateLimit(["signup", address], envInt("SIGN_UP_RATE_LIMIT", 5), HOUR, db);
  if (!perAddress.allowed) return perAddress.retryAfterS;
  const perEmail = hitRateLimit(["signup-email", email], 3, HOUR, db);
  return perEmail.allowed ? 0 : perEmail.retryAfterS;
}
