import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getBuildingBlock, getBuildingBlocks, readOpenApi } from "@/lib/content/building-blocks";
import { ApiReference } from "./_components/api-reference";

export const dynamicParams = false;

export function generateStaticParams() {
  return getBuildingBlocks().filter((bb) => bb.hasApi).map((bb) => ({ id: bb.id }));
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const bb = getBuildingBlock((await params).id);
  return bb ? { title: `${bb.title} API reference`, description: `Interactive reference of the ${bb.title} Building Block API.` } : {};
}

export default async function ApiReferencePage({ params }: Props) {
  const { id } = await params;
  const bb = getBuildingBlock(id);
  const document = readOpenApi(id);
  if (!bb || !document) notFound();
  return (
    <>
      <nav aria-label="Breadcrumb" className="text-sm">
        <ol className="flex flex-wrap gap-x-2">
          <li><Link href="/building-blocks">Specifications</Link> <span aria-hidden="true">›</span></li>
          <li><Link href={`/building-blocks/${bb.id}`}>{bb.title}</Link> <span aria-hidden="true">›</span></li>
          <li>API reference</li>
        </ol>
      </nav>
      <h1 className="mt-3 text-3xl">{bb.title} API reference</h1>
      <p className="mt-3 max-w-3xl">
        Every operation of the {bb.title} contract (version {bb.version}). &ldquo;Send API request&rdquo; calls this
        portal&apos;s simulated {bb.title} at <code className="font-mono">/mock/{bb.id}</code>, in your own private sandbox
        namespace, with synthetic data. <a href={`/building-blocks/${bb.id}/openapi.yaml`} download={`${bb.id}-openapi.yaml`}>Download the OpenAPI contract</a>.
      </p>
      <div className="mt-6">
        <ApiReference id={bb.id} document={document} />
      </div>
    </>
  );
}
