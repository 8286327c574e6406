// Feedback review log: reviewed feedback becomes public without the submitter's details, and replies are mailed.
import { beforeAll, expect, test, vi } from "vitest";
import { useTempDb } from "@/sandbox/test-helpers";

vi.mock("server-only", () => ({}));

let dal: typeof import("./feedback");
let mail: typeof import("./mail");

beforeAll(async () => {
  await useTempDb();
  dal = await import("./feedback");
  mail = await import("./mail");
});

const notice = (bbId: string) => ({ bbTitle: `Title of ${bbId}`, logUrl: `http://portal.test/building-blocks/${bbId}/reviews` });
const outboxFor = (to: string) => mail.listOutbox({ to });
const reviewer = { role: "reviewer" } as const;

test("the review log lists only reviewed feedback of that spec, never names, emails or consent", () => {
  const fresh = dal.createFeedback({
    bbId: "consent",
    target: "whole",
    comment: "Not yet read",
    name: "Ada",
    email: "ada@example.org",
    consentToContact: true,
  });
  const accepted = dal.createFeedback({
    bbId: "consent",
    target: "CONS-FN-01",
    comment: "Please add revocation",
    name: "Bo",
    email: "bo@example.org",
    consentToContact: false,
  });
  const declined = dal.createFeedback({ bbId: "consent", target: "section", comment: "Remove the audit log", consentToContact: false });
  const otherSpec = dal.createFeedback({ bbId: "payments", target: "whole", comment: "Elsewhere", consentToContact: false });
  dal.updateFeedback(reviewer, accepted, { status: "accepted", reply: "Agreed, we will add it in 1.1." });
  dal.updateFeedback(reviewer, declined, { status: "declined", reply: "The audit log is required by GovStack." });
  dal.updateFeedback(reviewer, otherSpec, { status: "done" });

  const log = dal.listReviewLog("consent");
  expect(log.map((e) => e.id).sort()).toEqual([accepted, declined].sort());
  expect(log.find((e) => e.id === accepted)).toMatchObject({ status: "accepted", reply: "Agreed, we will add it in 1.1.", target: "CONS-FN-01" });
  for (const entry of log) expect(Object.keys(entry).sort()).toEqual(["comment", "createdAt", "id", "reply", "status", "target", "updatedAt"]);
  expect(JSON.stringify(log)).not.toMatch(/Ada|Bo\b|example\.org/);
  expect(log.some((e) => e.id === fresh)).toBe(false);
  expect(dal.listReviewLog("payments").map((e) => e.id)).toEqual([otherSpec]);
});

test("the submitter is mailed the reply only when they left an email and agreed to be contacted", () => {
  const consenting = dal.createFeedback({
    bbId: "messaging",
    target: "whole",
    comment: "Add delivery receipts",
    email: "cy@example.org",
    consentToContact: true,
  });
  const refusing = dal.createFeedback({ bbId: "messaging", target: "whole", comment: "Add read receipts", email: "di@example.org", consentToContact: false });

  expect(dal.updateFeedback(reviewer, consenting, { status: "accepted", reply: "Good idea: planned for 1.1." }, notice)).toBe(true);
  dal.updateFeedback(reviewer, refusing, { status: "accepted", reply: "Also planned." }, notice);

  const [message] = outboxFor("cy@example.org");
  expect(message).toMatchObject({ subject: "Reply to your feedback on the Title of messaging specification", kind: "feedback-reply" });
  expect(message!.text).toContain("> Good idea: planned for 1.1.");
  expect(message!.text).toContain("http://portal.test/building-blocks/messaging/reviews");
  expect(outboxFor("di@example.org")).toEqual([]);
});

test("a reply is mailed when it first becomes public or changes, not on a reply kept on 'new' or a status-only change", () => {
  const id = dal.createFeedback({ bbId: "workflow", target: "whole", comment: "Clarify timers", email: "ed@example.org", consentToContact: true });
  dal.updateFeedback(reviewer, id, { status: "new", reply: "Draft answer" }, notice);
  expect(outboxFor("ed@example.org")).toHaveLength(0);
  dal.updateFeedback(reviewer, id, { status: "accepted", reply: "Draft answer" }, notice);
  dal.updateFeedback(reviewer, id, { status: "done", reply: "Draft answer" }, notice);
  expect(outboxFor("ed@example.org")).toHaveLength(1);
  dal.updateFeedback(reviewer, id, { status: "done", reply: "Done in 1.1." }, notice);
  expect(outboxFor("ed@example.org").map((m) => m.text.includes("Done in 1.1."))).toEqual([true, false]);
});

test("updating feedback that does not exist reports false and sends nothing", () => {
  expect(dal.updateFeedback(reviewer, "00000000-0000-4000-8000-000000000000", { status: "done", reply: "x" }, notice)).toBe(false);
});

test("only reviewers and admins may read or answer feedback, whatever the page in front does", async () => {
  const { ForbiddenError } = await import("./marketplace/core/types");
  const id = dal.createFeedback({ bbId: "consent", target: "whole", comment: "Who may read this?", consentToContact: false });
  for (const caller of [{ role: "vendor" } as const, null]) {
    expect(() => dal.listFeedback(caller!)).toThrow(ForbiddenError);
    expect(() => dal.feedbackCounts(caller!)).toThrow(ForbiddenError);
    expect(() => dal.updateFeedback(caller!, id, { status: "done", reply: "Not mine to say" })).toThrow(ForbiddenError);
  }
  expect(dal.listFeedback({ role: "admin" }).find((f) => f.id === id)).toMatchObject({ status: "new", reply: null });
});
