import { getBuildingBlock, getBuildingBlocks } from "@/lib/content/building-blocks";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return getBuildingBlocks().map((bb) => ({ id: bb.id }));
}

/** The BB's requirements in machine-readable form (an empty list for drafts). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const bb = getBuildingBlock((await params).id);
  if (!bb) return Response.json({ error: "Unknown Building Block" }, { status: 404 });
  return Response.json({
    buildingBlock: bb.id,
    title: bb.title,
    version: bb.version,
    status: bb.status,
    requirements: bb.requirements,
  });
}
