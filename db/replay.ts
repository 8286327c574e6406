import { createHash } from "node:crypto";
import type { Db } from "@/db/client";
import { hitRateLimit } from "@/db/rate-limit";

/** A file as the fingerprint sees it (a File, or a summary of one streamed to disk). */
type FileSummary = { name: string; size: number; type: string };
/** What a form sent: FormData, or the same pairs from a streamed form. */
export type Submission = Iterable<[string, string | FileSummary]>;

/** A digest of everything a form sent (field order ignored; files by name, size and type). */
export function submissionFingerprint(data: Submission): string {
  const parts: string[] = [];
  for (const [key, value] of data) {
    parts.push(`${key}\u0000${typeof value === "string" ? value : `file:${value.name}:${value.size}:${value.type}`}`);
  }
  return createHash("sha256").update(parts.sort().join("\u0001")).digest("base64url");
}

/**
 * Whether the same submission of `form` by `who` (an address or account) arrived before within
 * `windowMs`: a double click, a reload that re-posts, or a captured request sent again. Counts this one.
 * Call it only once the submission is about to be stored, so a refused one can be sent again later.
 */
export function isReplayedSubmission(form: string, who: string, data: Submission, windowMs = 24 * 3600_000, db?: Db): boolean {
  return !hitRateLimit(["replay", form, who, submissionFingerprint(data)], 1, windowMs, db).allowed;
}
