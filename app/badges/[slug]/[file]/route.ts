// Public SVG badge per product and BB: the latest test-verified level and its date
// (/badges/<product-slug>/<bb-id>.svg). Only test evidence is shown; a product never tested says so.
import { latestVerified } from "@/db/conformance";
import { getPublishedProduct } from "@/db/marketplace/catalogue";
import { getBuildingBlock } from "@/lib/content/building-blocks";
import { badgeSvg } from "@/conformance/badge";

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; file: string }> }) {
  const { slug, file } = await params;
  const bbId = /^([a-z0-9-]{1,60})\.svg$/.exec(file)?.[1];
  const product = bbId ? getPublishedProduct(slug) : undefined;
  const spec = bbId ? getBuildingBlock(bbId) : undefined;
  if (!product || !spec || !product.bbs.some((b) => b.bbId === bbId)) {
    return Response.json(
      { error: "not_found", message: "No published product claims that Building Block (use /badges/<product-slug>/<bb-id>.svg)." },
      { status: 404 },
    );
  }
  const run = latestVerified(product.productId).get(spec.id);
  const svg = badgeSvg(
    spec.title,
    run ? { level: run.run.level ?? 0, date: (run.run.finishedAt ?? "").slice(0, 10), current: run.current, specVersion: run.run.specVersion } : undefined,
  );
  return new Response(svg, {
    headers: { "Content-Type": "image/svg+xml; charset=utf-8", "Cache-Control": "public, max-age=300", "X-Content-Type-Options": "nosniff" },
  });
}
