import "server-only";
import { randomUUID } from "node:crypto";
import { desc, eq, lt } from "drizzle-orm";
import { adoptIncoming, removeUpload } from "@/lib/involvement/uploads";
import { assertStaff, type Caller } from "./auth/require-staff-role";
import { getDb } from "./client";
import { APPLICATION_STATUSES, contributorApplications } from "./schema";

export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];
export type Application = typeof contributorApplications.$inferSelect;
/** Applications and their CVs are deleted this long after they were sent (see the privacy notice). */
export const APPLICATION_RETENTION_DAYS = 365;

/**
 * Stores an application and its CV, an already checked incoming upload (file first; removed again if the
 * row cannot be written). @returns its id.
 */
export async function createApplication(
  input: Omit<Application, "id" | "status" | "createdAt" | "updatedAt" | "cvFile" | "genderOther"> & {
    genderOther?: string;
    cvIncoming: string;
    cvExt: "pdf" | "doc" | "docx";
  },
): Promise<string> {
  const { cvIncoming, cvExt, ...fields } = input;
  const cvFile = await adoptIncoming(cvIncoming, cvExt);
  const id = randomUUID();
  const now = new Date().toISOString();
  try {
    getDb()
      .insert(contributorApplications)
      .values({ ...fields, genderOther: fields.genderOther ?? null, id, cvFile, createdAt: now, updatedAt: now })
      .run();
  } catch (error) {
    await removeUpload(cvFile);
    throw error;
  }
  return id;
}

/** Deletes applications (and CVs) older than the retention period. */
export async function deleteExpiredApplications(): Promise<void> {
  const cutoff = new Date(Date.now() - APPLICATION_RETENTION_DAYS * 86_400_000).toISOString();
  const expired = getDb().select({ id: contributorApplications.id }).from(contributorApplications).where(lt(contributorApplications.createdAt, cutoff)).all();
  for (const { id } of expired) await removeApplication(id);
}

/** Staff only: every application, newest first. */
export async function listApplications(caller: Caller): Promise<Application[]> {
  assertStaff(caller);
  await deleteExpiredApplications();
  return getDb().select().from(contributorApplications).orderBy(desc(contributorApplications.createdAt)).all();
}

/** Staff only: one application, or undefined. */
export function getApplication(caller: Caller, id: string): Application | undefined {
  assertStaff(caller);
  return getDb().select().from(contributorApplications).where(eq(contributorApplications.id, id)).get();
}

/** Staff only: marks an application. @returns false when it does not exist. */
export function setApplicationStatus(caller: Caller, id: string, status: ApplicationStatus): boolean {
  assertStaff(caller);
  const result = getDb().update(contributorApplications).set({ status, updatedAt: new Date().toISOString() }).where(eq(contributorApplications.id, id)).run();
  return result.changes > 0;
}

/** Admin only: deletes an application and its CV file. @returns false when it does not exist. */
export async function deleteApplication(caller: Caller, id: string): Promise<boolean> {
  assertStaff(caller, "admin");
  return removeApplication(id);
}

/** Deletes an application and its CV (an admin's request or the retention period's end). */
async function removeApplication(id: string): Promise<boolean> {
  const row = getDb().select().from(contributorApplications).where(eq(contributorApplications.id, id)).get();
  if (!row) return false;
  await removeUpload(row.cvFile);
  getDb().delete(contributorApplications).where(eq(contributorApplications.id, id)).run();
  return true;
}
