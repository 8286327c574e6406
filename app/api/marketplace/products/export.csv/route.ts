import { exportProducts } from "@/db/marketplace/catalogue";
import { levelsFor } from "@/db/marketplace/core/publish";
import { parseListingQuery } from "@/lib/marketplace/query";

const COLUMNS = [
  "slug",
  "name",
  "organisation",
  "summary",
  "licence_type",
  "licence_spdx",
  "hosting",
  "pricing",
  "dpg_status",
  "building_blocks",
  "levels",
  "use_cases",
  "countries",
  "website",
  "source",
  "documentation",
  "seed_data",
  "version",
  "published_at",
];

/** Quotes a CSV cell; cells that a spreadsheet would run as a formula get a leading apostrophe. */
function cell(value: string | number | boolean | null | undefined): string {
  let s = value === null || value === undefined ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return `"${s.replaceAll('"', '""')}"`;
}

/** GET /api/marketplace/products/export.csv: every published product matching the filters. */
export function GET(request: Request) {
  const { query, errors } = parseListingQuery(new URL(request.url).searchParams);
  if (errors.length) return Response.json({ error: "Invalid query parameters", details: errors }, { status: 400 });
  const lines = [COLUMNS.join(",")];
  for (const p of exportProducts(query)) {
    const levels = levelsFor(p);
    lines.push(
      [
        p.slug,
        p.name,
        p.organisation.name,
        p.summary,
        p.licenceType,
        p.licence,
        p.hosting,
        p.pricing,
        p.dpgStatus,
        p.bbs.map((b) => b.bbId).join(" "),
        p.bbs.map((b) => `${b.bbId}:${levels.get(b.bbId) ?? 0}`).join(" "),
        p.useCases.join(" "),
        p.countries.join(" "),
        p.website,
        p.sourceUrl,
        p.docsUrl,
        p.isSeed,
        p.versionNumber,
        p.publishedAt,
      ]
        .map(cell)
        .join(","),
    );
  }
  return new Response(lines.join("\r\n") + "\r\n", {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="govstack-marketplace.csv"' },
  });
}
