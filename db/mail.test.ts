import { afterEach, describe, expect, it } from "vitest";
import { openDb, type Db } from "./client";
import { runMigrations } from "./migrate";
import { listOutbox, OUTBOX_CAP, sendMail } from "./mail";

let db: Db;
function fresh() {
  db = openDb(":memory:");
  runMigrations(db);
  return db;
}
afterEach(() => db?.$client.close());

describe("mail outbox", () => {
  it("stores a message and lists it newest first, filtered by address case-insensitively", () => {
    fresh();
    sendMail({ to: "a@example.org", subject: "First", text: "one", kind: "test" }, db);
    sendMail({ to: "B@example.org", subject: "Second", text: "two", kind: "test" }, db);
    expect(listOutbox({}, db).map((m) => m.subject)).toEqual(["Second", "First"]);
    expect(listOutbox({ to: "b@EXAMPLE.org" }, db).map((m) => m.subject)).toEqual(["Second"]);
  });

  it("keeps only the newest OUTBOX_CAP messages", () => {
    fresh();
    for (let i = 0; i < OUTBOX_CAP + 5; i++) sendMail({ to: "x@example.org", subject: `m${i}`, text: "", kind: "test" }, db);
    const count = db.$client.prepare("select count(*) as n from mail_outbox").get() as { n: number };
    expect(count.n).toBe(OUTBOX_CAP);
    expect(listOutbox({ limit: 1 }, db)[0]?.subject).toBe(`m${OUTBOX_CAP + 4}`);
  });
});
