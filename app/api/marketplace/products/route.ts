import { searchProducts } from "@/db/marketplace/catalogue";
import { parseListingQuery } from "@/lib/marketplace/query";

/** GET /api/marketplace/products: published products with the list page's filters and paging. */
export function GET(request: Request) {
  const { query, errors } = parseListingQuery(new URL(request.url).searchParams);
  if (errors.length) return Response.json({ error: "Invalid query parameters", details: errors }, { status: 400 });
  const page = searchProducts(query);
  return Response.json(
    {
      ...page,
      items: page.items.map((i) => ({ ...i, url: `/marketplace/products/${i.slug}`, api: `/api/marketplace/products/${i.slug}` })),
    },
    { headers: { "Cache-Control": "public, max-age=60" } },
  );
}
