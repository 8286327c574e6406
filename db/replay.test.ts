import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDb, type Db } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { isReplayedSubmission, submissionFingerprint } from "./replay";

let db: Db;
beforeEach(() => {
  db = openDb(":memory:");
  runMigrations(db);
});
afterEach(() => db.$client.close());

const form = (entries: [string, string | File][]) => {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return f;
};

describe("replayed submissions", () => {
  it("spots the same post sent twice, and lets a changed one through", () => {
    const first = form([
      ["comment", "Looks good"],
      ["email", "a@example.org"],
    ]);
    expect(isReplayedSubmission("feedback", "203.0.113.1", first, undefined, db)).toBe(false);
    expect(
      isReplayedSubmission(
        "feedback",
        "203.0.113.1",
        form([
          ["email", "a@example.org"],
          ["comment", "Looks good"],
        ]),
        undefined,
        db,
      ),
    ).toBe(true);
    expect(
      isReplayedSubmission(
        "feedback",
        "203.0.113.1",
        form([
          ["comment", "Looks good!"],
          ["email", "a@example.org"],
        ]),
        undefined,
        db,
      ),
    ).toBe(false);
    expect(isReplayedSubmission("implement", "203.0.113.1", first, undefined, db)).toBe(false);
  });

  it("tells files apart by name and size", () => {
    const a = form([["cv", new File(["abc"], "cv.pdf", { type: "application/pdf" })]]);
    const b = form([["cv", new File(["abcd"], "cv.pdf", { type: "application/pdf" })]]);
    expect(submissionFingerprint(a)).not.toBe(submissionFingerprint(b));
  });
});
