import "server-only";
import { hitRateLimit } from "@/db/rate-limit";
import { isReplayedSubmission } from "@/db/replay";
import { clientIp } from "@/lib/involvement/client-ip";

const HOUR = 3600_000;
const envInt = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isSafeInteger(value) && value > 0 ? value : fallback;
};

export type SpamVerdict = { kind: "ok" } | { kind: "bot" } | { kind: "limited"; message: string };

/**
 * Spam checks for a public form, run before validation: the honeypot field must be empty, and the
 * sender (per IP) and the form as a whole (all senders) must be under their hourly limits.
 * Limits: FORM_RATE_LIMIT per IP per form per hour (default 10), FORM_RATE_LIMIT_GLOBAL per form (default 300).
 */
export async function checkPublicForm(form: string, data: FormData): Promise<SpamVerdict> {
  const honeypot = data.get("website");
  if (typeof honeypot === "string" && honeypot.trim() !== "") return { kind: "bot" };
  const ip = await clientIp();
  const limited = formRateLimit(form, ip);
  if (limited) return { kind: "limited", message: `${limited} What you typed has been kept.` };
  return { kind: "ok" };
}

/**
 * Whether this valid submission arrived before within a day (a double click, a reload that re-posts):
 * answer it as sent and store it once. Call it after validation, just before storing, so that sending
 * the same form with a mistake twice still shows the mistake.
 */
export async function alreadyReceived(form: string, data: FormData): Promise<boolean> {
  return isReplayedSubmission(form, await clientIp(), data);
}

/**
 * Counts one submission of `form` from `ip` against the hourly limits. @returns the message to show
 * when over a limit, else undefined. Cheap: call it before reading a large body.
 */
export function formRateLimit(form: string, ip: string): string | undefined {
  // The sender's own limit first: a sender over it is refused without touching the form's global
  // count, so one client can add at most FORM_RATE_LIMIT to it and cannot use it up for everyone.
  const perIp = hitRateLimit(["form", form, ip], envInt("FORM_RATE_LIMIT", 10), HOUR);
  const verdict = perIp.allowed ? hitRateLimit(["form", form, "*"], envInt("FORM_RATE_LIMIT_GLOBAL", 300), HOUR) : perIp;
  if (!verdict.allowed) {
    const minutes = Math.ceil(verdict.retryAfterS / 60);
    return `Too many forms have been sent from here. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
  }
  return undefined;
}
