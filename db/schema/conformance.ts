import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { products } from "./marketplace";

// Conformance testing: a vendor's endpoint per product and claimed BB (a target), and runs of a BB's
// suite against it. A finished run is evidence: its report (canonical JSON, secrets masked) and the
// report's SHA-256 are written once and never changed.

export const CONFORMANCE_RUN_STATUSES = ["queued", "running", "finished", "error"] as const;
export type ConformanceRunStatus = (typeof CONFORMANCE_RUN_STATUSES)[number];

export const conformanceTargets = sqliteTable(
  "conformance_targets",
  {
    id: text("id").primaryKey(),
    productId: text("product_id")
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
    bbId: text("bb_id").notNull(),
    baseUrl: text("base_url").notNull(),
    /** The Authorization header value, AES-256-GCM encrypted; never shown again after it is saved. */
    credentialEnc: text("credential_enc"),
    createdBy: text("created_by").notNull(),
    createdAt: text("created_at").notNull(),
    updatedAt: text("updated_at").notNull(),
  },
  (t) => [uniqueIndex("conformance_targets_product_bb_idx").on(t.productId, t.bbId)],
);

export const conformanceRuns = sqliteTable(
  "conformance_runs",
  {
    id: text("id").primaryKey(),
    /** Null for the portal's own reference runs (made in-process at seed time). */
    targetId: text("target_id").references(() => conformanceTargets.id, { onDelete: "set null" }),
    productId: text("product_id")
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
    bbId: text("bb_id").notNull(),
    baseUrl: text("base_url").notNull(),
    status: text("status", { enum: CONFORMANCE_RUN_STATUSES }).notNull(),
    progressDone: integer("progress_done").notNull().default(0),
    progressTotal: integer("progress_total").notNull().default(0),
    /** The BB spec version the suite tested against. */
    specVersion: text("spec_version").notNull(),
    suiteVersion: text("suite_version").notNull(),
    /** Product version label at the time of the run. */
    productVersion: text("product_version"),
    level: integer("level"),
    passed: integer("passed"),
    failed: integer("failed"),
    report: text("report"),
    digest: text("digest"),
    error: text("error"),
    isReference: integer("is_reference", { mode: "boolean" }).notNull().default(false),
    createdBy: text("created_by"),
    queuedAt: text("queued_at").notNull(),
    startedAt: text("started_at"),
    finishedAt: text("finished_at"),
  },
  (t) => [
    index("conformance_runs_product_bb_idx").on(t.productId, t.bbId, t.finishedAt),
    index("conformance_runs_status_idx").on(t.status),
    index("conformance_runs_target_idx").on(t.targetId),
  ],
);
