import { z } from "zod";
import { USE_CASE_IDS } from "../content/schema";
import { DPG_STATUSES, LICENCE_TYPES } from "./options";

export const SORTS = ["relevance", "name", "newest", "level"] as const;
export type Sort = (typeof SORTS)[number];
export const SORT_LABELS: Record<Sort, string> = {
  relevance: "Best match",
  name: "Name (A to Z)",
  newest: "Recently published",
  level: "Highest compliance level",
};
export const FACET_KEYS = ["bb", "uc", "licence", "dpg", "country", "hosting"] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

/** A marketplace list request, as given in the URL (?q=&bb=&bb=&level=&sort=&page=). */
export type ListingQuery = {
  q: string;
  bb: string[];
  uc: string[];
  licence: string[];
  dpg: string[];
  country: string[];
  hosting: string[];
  level: 0 | 1 | 2;
  sort: Sort;
  page: number;
  pageSize: number;
};

const many = <T extends z.ZodType<string>>(item: T) => z.array(item).max(30);
const schema = z.object({
  q: z.string().max(200, "q: at most 200 characters").default(""),
  bb: many(z.string().regex(/^[a-z0-9-]{2,60}$/, "bb: must be Building Block ids such as payments")),
  uc: many(z.enum(USE_CASE_IDS, { error: `uc: must be one of ${USE_CASE_IDS.join(", ")}` })),
  licence: many(z.enum(LICENCE_TYPES, { error: `licence: must be one of ${LICENCE_TYPES.join(", ")}` })),
  dpg: many(z.enum(DPG_STATUSES, { error: `dpg: must be one of ${DPG_STATUSES.join(", ")}` })),
  country: many(z.string().regex(/^[A-Z]{2}$/, "country: must be two-letter ISO codes such as KE")),
  hosting: many(z.enum(["self-hosted", "saas"], { error: "hosting: must be self-hosted or saas" })),
  level: z
    .enum(["", "0", "1", "2"], { error: "level: must be 1 or 2" })
    .default("")
    .transform((v) => (v === "" ? 0 : Number(v)) as 0 | 1 | 2),
  sort: z.enum(SORTS, { error: `sort: must be one of ${SORTS.join(", ")}` }).optional(),
  page: z.coerce
    .number({ error: "page: must be a whole number from 1" })
    .int("page: must be a whole number from 1")
    .min(1, "page: must be a whole number from 1")
    .max(100000)
    .default(1),
  pageSize: z.coerce
    .number({ error: "pageSize: must be 1 to 100" })
    .int()
    .min(1, "pageSize: must be 1 to 100")
    .max(100, "pageSize: must be 1 to 100")
    .default(20),
});

/**
 * Reads a list request from URL parameters. Repeated keys and comma-separated values both work.
 * @returns the query, plus one message per invalid parameter (the API answers 400 with them; pages
 * fall back to defaults).
 */
export function parseListingQuery(params: URLSearchParams | Record<string, string | string[] | undefined>): {
  query: ListingQuery;
  errors: string[];
} {
  const get = (key: string): string[] => {
    const raw = params instanceof URLSearchParams ? params.getAll(key) : [params[key] ?? []].flat();
    return raw
      .flatMap((v) => v.split(","))
      .map((v) => v.trim())
      .filter(Boolean);
  };
  const input = {
    q: get("q").join(" ") || undefined,
    bb: get("bb"),
    uc: get("uc"),
    licence: get("licence"),
    dpg: get("dpg"),
    country: get("country").map((c) => c.toUpperCase()),
    hosting: get("hosting"),
    level: get("level")[0],
    sort: get("sort")[0],
    page: get("page")[0],
    pageSize: get("pageSize")[0],
  };
  const parsed = schema.safeParse(input);
  if (parsed.success) {
    const d = parsed.data;
    return { query: { ...d, q: d.q.trim(), sort: d.sort ?? (d.q.trim() ? "relevance" : "name") }, errors: [] };
  }
  const errors = [...new Set(parsed.error.issues.map((i) => i.message))];
  // Drop only the broken keys and keep the rest of the request.
  const bad = new Set(parsed.error.issues.map((i) => String(i.path[0])));
  const cleaned = Object.fromEntries(Object.entries(input).map(([k, v]) => [k, bad.has(k) ? (Array.isArray(v) ? [] : undefined) : v]));
  const d = schema.parse(cleaned);
  return { query: { ...d, q: d.q.trim(), sort: d.sort ?? (d.q.trim() ? "relevance" : "name") }, errors };
}

/** The URL search string for a query (defaults left out), for links that change one thing. */
export function listingQueryToSearch(query: Partial<ListingQuery>): string {
  const out = new URLSearchParams();
  if (query.q) out.set("q", query.q);
  for (const key of FACET_KEYS) for (const value of query[key] ?? []) out.append(key, value);
  if (query.level) out.set("level", String(query.level));
  if (query.sort && query.sort !== (query.q ? "relevance" : "name")) out.set("sort", query.sort);
  if (query.page && query.page > 1) out.set("page", String(query.page));
  if (query.pageSize && query.pageSize !== 20) out.set("pageSize", String(query.pageSize));
  const s = out.toString();
  return s ? `?${s}` : "";
}
