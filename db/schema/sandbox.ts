import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";

/** A sandbox namespace: one visitor's (or one curl user's) private copy of the mock data. */
export const sandboxNamespaces = sqliteTable("sandbox_namespaces", {
  name: text("name").primaryKey(),
  createdAt: integer("created_at").notNull(),
  lastUsedAt: integer("last_used_at").notNull(),
  /** JSON object of switched-on faults, e.g. {"payments":{"down":true},"insufficientFunds":true}. */
  faults: text("faults").notNull().default("{}"),
});

/**
 * What a namespace changed in the state of the mock BBs (copy on write: the fixtures live once, in
 * memory): one JSON document per (namespace, bb, collection, id), or a tombstone (`deleted`) hiding a
 * fixture record. `origin` tells changed fixtures ("demo", "suite") from what clients created ("user"),
 * so a reset can restore one fixture set without touching the other.
 */
export const sandboxRecords = sqliteTable(
  "sandbox_records",
  {
    ns: text("ns").notNull(),
    bb: text("bb").notNull(),
    collection: text("collection").notNull(),
    id: text("id").notNull(),
    data: text("data").notNull(),
    origin: text("origin").notNull().default("user"),
    seq: integer("seq").notNull(),
    deleted: integer("deleted").notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.ns, t.bb, t.collection, t.id] }),
    index("sandbox_records_seq").on(t.ns, t.bb, t.collection, t.seq),
    index("sandbox_records_origin").on(t.ns, t.origin),
  ],
);

/** Every exchange that crossed the Information Mediator (and direct mock calls), per namespace. */
export const sandboxTrace = sqliteTable(
  "sandbox_trace",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    ns: text("ns").notNull(),
    at: text("at").notNull(),
    via: text("via").notNull(),
    caller: text("caller"),
    provider: text("provider").notNull(),
    service: text("service"),
    method: text("method").notNull(),
    path: text("path").notNull(),
    status: integer("status").notNull(),
    latencyMs: integer("latency_ms").notNull(),
    requestHeaders: text("request_headers"),
    requestBody: text("request_body"),
    responseBody: text("response_body"),
    denied: integer("denied", { mode: "boolean" }).notNull().default(false),
  },
  (t) => [index("sandbox_trace_ns").on(t.ns, t.id)],
);
