import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import {
  ASSESSMENT_STATUSES,
  DPG_STATUSES,
  EVIDENCE_TYPES,
  HOSTING_MODELS,
  LICENCE_TYPES,
  PRICING_MODELS,
  REVIEW_STATUSES,
  VERSION_STATUSES,
} from "../../lib/marketplace/options";
import { user } from "./auth";

// Two halves: the vendors' working copies (organisations, products and their claims, edited freely
// while not under review) and the public read model (listings + facets), written only when a
// reviewer approves. So a published version stays visible while its next version is in review.

export const organisations = sqliteTable("organisations", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  slug: text("slug").notNull().unique(),
  website: text("website"),
  isSeed: integer("is_seed", { mode: "boolean" }).notNull().default(false),
  createdAt: text("created_at").notNull(),
});

export const organisationMembers = sqliteTable(
  "organisation_members",
  {
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    role: text("role", { enum: ["owner", "member"] })
      .notNull()
      .default("member"),
    createdAt: text("created_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.userId] }), index("org_members_user_idx").on(t.userId)],
);

/** A product's working copy, owned by one organisation. */
export const products = sqliteTable(
  "products",
  {
    id: text("id").primaryKey(),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    slug: text("slug").notNull().unique(),
    name: text("name").notNull(),
    summary: text("summary").notNull(),
    description: text("description").notNull().default(""),
    logoFile: text("logo_file"),
    website: text("website"),
    sourceUrl: text("source_url"),
    docsUrl: text("docs_url"),
    licence: text("licence"),
    licenceType: text("licence_type", { enum: LICENCE_TYPES }).notNull(),
    hosting: text("hosting", { enum: HOSTING_MODELS }).notNull(),
    pricing: text("pricing", { enum: PRICING_MODELS }).notNull(),
    languages: text("languages", { mode: "json" }).$type<string[]>().notNull().default([]),
    countries: text("countries", { mode: "json" }).$type<string[]>().notNull().default([]),
    dpgStatus: text("dpg_status", { enum: DPG_STATUSES }).notNull().default("unknown"),
    contactEmail: text("contact_email"),
    versionLabel: text("version_label"),
    status: text("status", { enum: REVIEW_STATUSES }).notNull().default("draft"),
    isSeed: integer("is_seed", { mode: "boolean" }).notNull().default(false),
    createdAt: text("created_at").notNull(),
    updatedAt: text("updated_at").notNull(),
  },
  (t) => [index("products_org_idx").on(t.organisationId), index("products_status_idx").on(t.status)],
);

/** A BB the product claims to cover, with the strongest evidence behind the claim. */
export const productBbs = sqliteTable(
  "product_bbs",
  {
    productId: text("product_id")
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
    bbId: text("bb_id").notNull(),
    evidence: text("evidence", { enum: EVIDENCE_TYPES }).notNull().default("self-reported"),
  },
  (t) => [primaryKey({ columns: [t.productId, t.bbId] })],
);

/** The vendor's answer for one requirement of one claimed BB. */
export const productAssessments = sqliteTable(
  "product_assessments",
  {
    productId: text("product_id")
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
    bbId: text("bb_id").notNull(),
    requirementId: text("requirement_id").notNull(),
    status: text("status", { enum: ASSESSMENT_STATUSES }).notNull(),
    comment: text("comment").notNull().default(""),
    evidenceUrl: text("evidence_url"),
  },
  (t) => [primaryKey({ columns: [t.productId, t.bbId, t.requirementId] })],
);

export const productUseCases = sqliteTable(
  "product_use_cases",
  {
    productId: text("product_id")
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
    useCaseId: text("use_case_id").notNull(),
  },
  (t) => [primaryKey({ columns: [t.productId, t.useCaseId] })],
);

export const productDeployments = sqliteTable(
  "product_deployments",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    productId: text("product_id")
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
    country: text("country").notNull(),
    description: text("description").notNull(),
    url: text("url"),
  },
  (t) => [index("deployments_product_idx").on(t.productId)],
);

/**
 * One submission of a product for review: a frozen snapshot and the reviewer's decision, or
 * "withdrawn" when the vendor took it back before a decision (decided_by/decided_at then name the
 * vendor who withdrew it). Only "submitted" versions are in the review queue.
 */
export const productVersions = sqliteTable(
  "product_versions",
  {
    id: text("id").primaryKey(),
    productId: text("product_id")
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
    number: integer("number").notNull(),
    snapshot: text("snapshot").notNull(),
    status: text("status", { enum: VERSION_STATUSES }).notNull(),
    submittedBy: text("submitted_by"),
    submittedAt: text("submitted_at").notNull(),
    decidedBy: text("decided_by"),
    decidedAt: text("decided_at"),
    reason: text("reason"),
  },
  (t) => [uniqueIndex("versions_product_number_idx").on(t.productId, t.number), index("versions_status_idx").on(t.status)],
);

/** Every change and decision, append-only. */
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: text("at").notNull(),
    actorId: text("actor_id"),
    actorLabel: text("actor_label").notNull(),
    organisationId: text("organisation_id"),
    productId: text("product_id"),
    action: text("action").notNull(),
    detail: text("detail"),
  },
  (t) => [index("audit_product_idx").on(t.productId), index("audit_at_idx").on(t.at)],
);

/** Public read model: one row per published product, the approved snapshot in `detail`. */
export const listings = sqliteTable(
  "listings",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    productId: text("product_id")
      .notNull()
      .unique()
      .references(() => products.id, { onDelete: "cascade" }),
    slug: text("slug").notNull().unique(),
    name: text("name").notNull(),
    nameSort: text("name_sort").notNull(),
    summary: text("summary").notNull(),
    organisationName: text("organisation_name").notNull(),
    licence: text("licence"),
    licenceType: text("licence_type", { enum: LICENCE_TYPES }).notNull(),
    hosting: text("hosting", { enum: HOSTING_MODELS }).notNull(),
    dpgStatus: text("dpg_status", { enum: DPG_STATUSES }).notNull(),
    bestLevel: integer("best_level").notNull().default(0),
    bbCount: integer("bb_count").notNull().default(0),
    isSeed: integer("is_seed", { mode: "boolean" }).notNull().default(false),
    versionNumber: integer("version_number").notNull(),
    publishedAt: text("published_at").notNull(),
    detail: text("detail").notNull(),
  },
  (t) => [index("listings_name_sort_idx").on(t.nameSort), index("listings_published_idx").on(t.publishedAt), index("listings_level_idx").on(t.bestLevel)],
);

/**
 * Facet values of a listing (bb, uc, country, licence, hosting, dpg, level, bb-level).
 * The (facet, value, listing) key makes every facet filter an index range scan.
 */
export const listingFacets = sqliteTable(
  "listing_facets",
  {
    listingId: integer("listing_id")
      .notNull()
      .references(() => listings.id, { onDelete: "cascade" }),
    facet: text("facet").notNull(),
    value: text("value").notNull(),
  },
  (t) => [primaryKey({ columns: [t.facet, t.value, t.listingId] }), index("listing_facets_listing_idx").on(t.listingId)],
);

/** A reviewer's note on one requirement answer of a submitted version; the vendor sees it on their pages. */
export const reviewComments = sqliteTable(
  "review_comments",
  {
    versionId: text("version_id")
      .notNull()
      .references(() => productVersions.id, { onDelete: "cascade" }),
    bbId: text("bb_id").notNull(),
    requirementId: text("requirement_id").notNull(),
    comment: text("comment").notNull(),
    authorId: text("author_id"),
    createdAt: text("created_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.versionId, t.bbId, t.requirementId] })],
);

export const CLAIM_STATUSES = ["pending", "approved", "rejected"] as const;

/**
 * A vendor organisation asking to take over a seeded listing. A reviewer approves it; the product then
 * moves to that organisation and stops being marked as seed data.
 */
export const listingClaims = sqliteTable(
  "listing_claims",
  {
    id: text("id").primaryKey(),
    productId: text("product_id")
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    requestedBy: text("requested_by").notNull(),
    message: text("message").notNull(),
    status: text("status", { enum: CLAIM_STATUSES }).notNull().default("pending"),
    createdAt: text("created_at").notNull(),
    decidedBy: text("decided_by"),
    decidedAt: text("decided_at"),
    reason: text("reason"),
  },
  (t) => [index("listing_claims_status_idx").on(t.status), index("listing_claims_product_idx").on(t.productId)],
);
