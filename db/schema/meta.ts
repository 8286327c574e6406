import { sqliteTable, text } from "drizzle-orm/sqlite-core";

/** Small key-value table for facts about the database itself (e.g. which seed version ran). */
export const appMeta = sqliteTable("app_meta", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
  updatedAt: text("updated_at").notNull(),
});
