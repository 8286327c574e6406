import { desc, eq, lt, sql } from "drizzle-orm";
import { getDb, type Db } from "./client";
import { mailOutbox } from "./schema";

export type Mail = { to: string; subject: string; text: string; kind: string };
export type OutboxEntry = typeof mailOutbox.$inferSelect;

/** How many messages the outbox keeps; older ones are dropped, so sign-ups cannot fill the disk. */
export const OUTBOX_CAP = Number(process.env.MAIL_OUTBOX_CAP ?? 1000);

/**
 * Sends a message. With no mail transport configured, "sending" means the outbox: the message is stored
 * (newest OUTBOX_CAP kept) and, outside production and tests, or with MARKETPLACE_LOG_EMAILS=1, written to the log.
 */
export function sendMail(mail: Mail, db: Db = getDb()): void {
  const createdAt = new Date().toISOString();
  db.transaction((tx) => {
    tx.insert(mailOutbox)
      .values({ ...mail, createdAt })
      .run();
    const keepFrom = tx
      .select({ id: mailOutbox.id })
      .from(mailOutbox)
      .orderBy(desc(mailOutbox.id))
      .limit(1)
      .offset(OUTBOX_CAP - 1)
      .get();
    if (keepFrom) tx.delete(mailOutbox).where(lt(mailOutbox.id, keepFrom.id)).run();
  });
  if ((process.env.NODE_ENV !== "production" && process.env.NODE_ENV !== "test") || process.env.MARKETPLACE_LOG_EMAILS === "1") {
    console.info(`[mail] To ${mail.to}: ${mail.subject}\n${mail.text.replace(/^/gm, "  ")}`);
  }
}

/** The newest messages, optionally for one address. */
export function listOutbox(options: { to?: string; limit?: number } = {}, db: Db = getDb()): OutboxEntry[] {
  const limit = Math.min(Math.max(options.limit ?? 50, 1), 200);
  const query = db.select().from(mailOutbox);
  const filtered = options.to ? query.where(eq(sql`lower(${mailOutbox.to})`, options.to.toLowerCase())) : query;
  return filtered.orderBy(desc(mailOutbox.id)).limit(limit).all();
}

/**
 * Whether anyone may read the outbox page. Only for development and tests (MAIL_OUTBOX_OPEN=1, set by
 * `npm run dev` and the e2e server): the outbox holds sign-in links. Otherwise admins only.
 */
export function outboxIsOpen(): boolean {
  return process.env.MAIL_OUTBOX_OPEN === "1";
}
