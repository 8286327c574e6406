import "server-only";
import { deleteExpiredApplications } from "./applications";
import { eraseExpiredContacts } from "./feedback";
import { sweepStaleIncoming } from "@/lib/involvement/uploads";

/**
 * Applies the retention periods of the privacy notice: contributor applications (and CVs) and the
 * names and emails on spec feedback are removed once they are older than a year. Runs soon after server start
 * and every few hours (with CV uploads left half-written by a stopped server) (instrumentation.ts), and again whenever staff open the lists.
 */
export async function applyRetention(): Promise<void> {
  eraseExpiredContacts();
  await deleteExpiredApplications();
  await sweepStaleIncoming();
}
