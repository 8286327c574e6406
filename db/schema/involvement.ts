import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

import { APPLICATION_STATUSES, FEEDBACK_STATUSES } from "../../lib/involvement/options";

export { APPLICATION_STATUSES, FEEDBACK_STATUSES };

/** Feedback on one Building Block specification, sent by anyone (no login). */
export const specFeedback = sqliteTable(
  "spec_feedback",
  {
    id: text("id").primaryKey(),
    bbId: text("bb_id").notNull(),
    /** "whole", "section" or a requirement id such as PAY-FN-01. */
    target: text("target").notNull(),
    comment: text("comment").notNull(),
    name: text("name"),
    email: text("email"),
    consentToContact: integer("consent_to_contact", { mode: "boolean" }).notNull().default(false),
    status: text("status", { enum: FEEDBACK_STATUSES }).notNull().default("new"),
    reply: text("reply"),
    createdAt: text("created_at").notNull(),
    updatedAt: text("updated_at").notNull(),
  },
  (t) => [index("spec_feedback_bb_status_idx").on(t.bbId, t.status)],
);

/** An answer to the call for expert contributors. The CV file lives in UPLOAD_DIR, never in public/. */
export const contributorApplications = sqliteTable("contributor_applications", {
  id: text("id").primaryKey(),
  firstName: text("first_name").notNull(),
  lastName: text("last_name").notNull(),
  gender: text("gender", { enum: ["male", "female", "other"] }).notNull(),
  genderOther: text("gender_other"),
  nationality: text("nationality").notNull(),
  residence: text("residence").notNull(),
  email: text("email").notNull(),
  /** JSON array of expertise domain ids. */
  domains: text("domains", { mode: "json" }).$type<string[]>().notNull(),
  motivation: text("motivation").notNull(),
  /** File name inside UPLOAD_DIR (random, never user-chosen). */
  cvFile: text("cv_file").notNull(),
  /** The name the applicant's file had, for the download. */
  cvOriginalName: text("cv_original_name").notNull(),
  cvMime: text("cv_mime").notNull(),
  cvSize: integer("cv_size").notNull(),
  status: text("status", { enum: APPLICATION_STATUSES }).notNull().default("new"),
  createdAt: text("created_at").notNull(),
  updatedAt: text("updated_at").notNull(),
});

/** A ministry or agency asking to implement the GovStack approach with us. */
export const interestExpressions = sqliteTable("interest_expressions", {
  id: text("id").primaryKey(),
  country: text("country").notNull(),
  organisation: text("organisation").notNull(),
  contactName: text("contact_name").notNull(),
  email: text("email").notNull(),
  useCases: text("use_cases", { mode: "json" }).$type<string[]>().notNull(),
  buildingBlocks: text("building_blocks", { mode: "json" }).$type<string[]>().notNull(),
  message: text("message").notNull(),
  createdAt: text("created_at").notNull(),
});

/** Fixed-window counters for rate limits; the key is a hash, never a raw IP address. */
export const rateLimits = sqliteTable("rate_limits", {
  key: text("key").primaryKey(),
  count: integer("count").notNull(),
  resetAt: integer("reset_at").notNull(),
});
