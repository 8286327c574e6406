import { getBuildingBlocks, readOpenApiText } from "@/lib/content/building-blocks";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return getBuildingBlocks().filter((bb) => bb.hasApi).map((bb) => ({ id: bb.id }));
}

/** The BB's OpenAPI contract, exactly as written in content/. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const text = readOpenApiText(id);
  if (text === undefined) return new Response("No OpenAPI contract for this Building Block.\n", { status: 404 });
  return new Response(text, {
    headers: {
      "Content-Type": "application/yaml; charset=utf-8",
      "Content-Disposition": `inline; filename="${id}-openapi.yaml"`,
    },
  });
}
