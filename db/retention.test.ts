// Retention: old contact details and applications disappear without anyone opening the staff lists.
import { existsSync } from "node:fs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import { beforeAll, expect, test, vi } from "vitest";
import { useTempDb } from "@/sandbox/test-helpers";

vi.mock("server-only", () => ({}));

beforeAll(async () => {
  process.env.UPLOAD_DIR = mkdtempSync(join(tmpdir(), "retention-uploads-"));
  await useTempDb();
});

const daysAgo = (d: number) => new Date(Date.now() - d * 86_400_000).toISOString();

test("applyRetention erases old feedback contacts and deletes old applications with their CVs, keeping recent ones", async () => {
  const { getDb } = await import("./client");
  const { contributorApplications, specFeedback } = await import("./schema");
  const { createFeedback } = await import("./feedback");
  const { createApplication, getApplication } = await import("./applications");
  const staff = { role: "reviewer" } as const;
  const { uploadDir } = await import("@/lib/upload-dir");
  const { applyRetention } = await import("./retention");
  const db = getDb();

  const oldFeedback = createFeedback({ bbId: "payments", target: "general", comment: "Old", name: "Ada", email: "ada@example.org", consentToContact: true });
  const newFeedback = createFeedback({ bbId: "payments", target: "general", comment: "New", name: "Bo", email: "bo@example.org", consentToContact: true });
  db.update(specFeedback)
    .set({ createdAt: daysAgo(400) })
    .where(eq(specFeedback.id, oldFeedback))
    .run();

  const application: Parameters<typeof createApplication>[0] = {
    firstName: "Cy",
    lastName: "Dee",
    gender: "other",
    nationality: "Kenya",
    residence: "Kenya",
    email: "cy@example.org",
    domains: ["payments"],
    motivation: "Help",
    cvOriginalName: "cv.pdf",
    cvMime: "application/pdf",
    cvSize: 4,
    cvIncoming: "",
    cvExt: "pdf",
  };
  const { openIncoming } = await import("@/lib/involvement/uploads");
  const upload = () => {
    const incoming = openIncoming();
    incoming.stream.end(Buffer.from("%PDF"));
    return new Promise<string>((resolve) => incoming.stream.on("finish", () => resolve(incoming.path)));
  };
  const oldApp = await createApplication({ ...application, cvIncoming: await upload() });
  const newApp = await createApplication({ ...application, cvIncoming: await upload() });
  db.update(contributorApplications)
    .set({ createdAt: daysAgo(400) })
    .where(eq(contributorApplications.id, oldApp))
    .run();
  const oldCv = join(uploadDir(), getApplication(staff, oldApp)!.cvFile);
  expect(existsSync(oldCv)).toBe(true);

  await applyRetention();

  const rows = db.select().from(specFeedback).all();
  expect(rows.find((r) => r.id === oldFeedback)).toMatchObject({ comment: "Old", name: null, email: null, consentToContact: false });
  expect(rows.find((r) => r.id === newFeedback)).toMatchObject({ name: "Bo", email: "bo@example.org" });
  expect(getApplication(staff, oldApp)).toBeUndefined();
  expect(existsSync(oldCv)).toBe(false);
  expect(getApplication(staff, newApp)).toBeDefined();
});
