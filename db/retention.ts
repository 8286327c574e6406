import "server-only";
import { deleteExpiredApplications } from "./applications";
import { eraseExpiredContacts } from "./feedback";

/**
 * Applies the retention periods of the privacy notice: contributor applications (and CVs) and the
 * names and emails on spec feedback are removed once they are older than a year. Runs at server start
 * and every few hours (instrumentation.ts), and again whenever staff open the lists.
 */
export async function applyRetention(): Promise<void> {
  eraseExpiredContacts();
  await deleteExpiredApplications();
}
