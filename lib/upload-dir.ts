import "server-only";
// turbopackIgnore: upload paths are runtime data, not files to trace into the build output.
import { resolve } from "node:path";

/**
 * The one folder for uploaded files (CVs, vendor logos): UPLOAD_DIR, or data/uploads (git-ignored).
 * Never under public/, so nothing serves them directly; callers create it owner-only (0700).
 */
export function uploadDir(): string {
  return resolve(/*turbopackIgnore: true*/ process.env.UPLOAD_DIR ?? "data/uploads");
}
