import { getBuildingBlocks, readOpenApi } from "@/lib/content/building-blocks";

export const dynamicParams = false;

export function generateStaticParams() {
  return getBuildingBlocks().filter((bb) => bb.hasApi).map((bb) => ({ id: bb.id }));
}

/**
 * The contract as JSON, for the interactive reference: the browser fetches it only when the reference is opened,
 * instead of carrying the whole document inline in every page's HTML.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const document = readOpenApi((await params).id);
  if (!document) return Response.json({ error: "This Building Block has no API contract." }, { status: 404 });
  return Response.json(document, { headers: { "Cache-Control": "public, max-age=300" } });
}
