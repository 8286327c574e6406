import { getPublishedProduct } from "@/db/marketplace/catalogue";
import { levelsFor } from "@/db/marketplace/core/publish";

/** GET /api/marketplace/products/<slug>: the published listing with computed levels per BB. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const product = getPublishedProduct(slug);
  if (!product) return Response.json({ error: `No published product with slug "${slug}"` }, { status: 404 });
  const levels = levelsFor(product);
  const { productId: _id, ...rest } = product;
  return Response.json(
    { ...rest, bbs: rest.bbs.map((b) => ({ ...b, level: levels.get(b.bbId) ?? 0 })) },
    { headers: { "Cache-Control": "public, max-age=60" } },
  );
}
