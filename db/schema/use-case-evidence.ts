import { index, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { products } from "./marketplace";

/**
 * "Works in a use case" evidence: a product's implementation of one Building Block played its part in a live
 * run of a use case. Passed runs are public; failed ones only its vendor sees. Immutable once written.
 */
export const useCaseEvidence = sqliteTable(
  "use_case_evidence",
  {
    id: text("id").primaryKey(),
    productId: text("product_id")
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
    /** The conformance target that was called (its run passed the BB's REQUIRED checks). */
    targetId: text("target_id"),
    bbId: text("bb_id").notNull(),
    useCaseId: text("use_case_id").notNull(),
    productVersion: text("product_version"),
    status: text("status", { enum: ["passed", "failed"] }).notNull(),
    /** Step numbers that ran through the product, e.g. "[5,6,9]". */
    steps: text("steps").notNull(),
    /**
     * Other products swapped into the same sandbox that answered calls in the steps this run covers, as JSON
     * `[{ "productId", "bbId" }]` (the works-with grid's product pairs). Null in runs recorded before it existed.
     */
    alongside: text("alongside"),
    /** Plain-language reason, for a failed run. */
    reason: text("reason"),
    /** The calls that crossed to the product (trace entries, secrets masked), as JSON. */
    trace: text("trace").notNull(),
    createdAt: text("created_at").notNull(),
  },
  (t) => [index("use_case_evidence_product_idx").on(t.productId, t.createdAt)],
);
