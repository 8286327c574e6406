import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

/**
 * Mail the portal would send. There is no mail transport yet, so every message lands here (and in the
 * server log outside production); `/outbox` shows it to whoever may read it (see db/mail.ts).
 */
export const mailOutbox = sqliteTable(
  "mail_outbox",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    to: text("to").notNull(),
    subject: text("subject").notNull(),
    text: text("text").notNull(),
    /** What kind of message it is, e.g. "verify-email", "invitation", "review-decision". */
    kind: text("kind").notNull(),
    createdAt: text("created_at").notNull(),
  },
  (t) => [index("mail_outbox_to_idx").on(t.to), index("mail_outbox_created_idx").on(t.createdAt)],
);
