import { getPublishedProduct } from "@/db/marketplace/catalogue";
import { levelsFor } from "@/db/marketplace/core/publish";

/** GET /api/marketplace/products/<slug>: the published listing with computed levels per BB. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const product = getPublishedProduct(slug);
  if (!product) return Response.json({ error: `No published product with slug "${slug}"` }, { status: 404 });
  const levels = levelsFor(product);
  // Internal ids stay internal; the slug is the public identifier.
  const rest: Partial<typeof product> = { ...product };
  delete rest.productId;
  return Response.json(
    { ...rest, bbs: product.bbs.map((b) => ({ ...b, level: levels.get(b.bbId) ?? 0 })) },
    { headers: { "Cache-Control": "public, max-age=60" } },
  );
}
