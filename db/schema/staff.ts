import { index, sqliteTable, text } from "drizzle-orm/sqlite-core";

/**
 * Stand-in staff accounts (reviewers and admins) until the marketplace's better-auth accounts are
 * merged; see lib/auth/session.ts for the one seam to switch.
 */
export const staffUsers = sqliteTable("staff_users", {
  id: text("id").primaryKey(),
  email: text("email").notNull().unique(),
  role: text("role", { enum: ["reviewer", "admin"] }).notNull(),
  /** scrypt$N$r$p$salt$hash (base64), see lib/auth/password.ts. */
  passwordHash: text("password_hash").notNull(),
  createdAt: text("created_at").notNull(),
});

/** Server-side sessions; the cookie carries a signed random token whose SHA-256 is stored here. */
export const staffSessions = sqliteTable(
  "staff_sessions",
  {
    tokenHash: text("token_hash").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => staffUsers.id, { onDelete: "cascade" }),
    expiresAt: text("expires_at").notNull(),
    createdAt: text("created_at").notNull(),
  },
  (t) => [index("staff_sessions_user_idx").on(t.userId)],
);
