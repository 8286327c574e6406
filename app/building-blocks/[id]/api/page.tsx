import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getBuildingBlock, getBuildingBlocks, readOpenApi } from "@/lib/content/building-blocks";
import { countOperations, summariseOperations } from "@/lib/content/openapi-summary";
import { ApiReference } from "./_components/api-reference";
import "./_components/api-layout.css";
import { SpecBreadcrumb } from "@/components/building-blocks/spec-breadcrumb";
import { Section } from "@/components/ui/section";

export const dynamicParams = false;

export function generateStaticParams() {
  return getBuildingBlocks()
    .filter((bb) => bb.hasApi)
    .map((bb) => ({ id: bb.id }));
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const bb = getBuildingBlock((await params).id);
  return bb ? { title: `${bb.title} API reference`, description: `Interactive reference of the ${bb.title} Building Block API.` } : {};
}

/** Method badge colours with at least 4.5:1 contrast for white text. */
const METHOD_CLASS: Record<string, string> = {
  GET: "bg-ok",
  POST: "bg-brand-700",
  PUT: "bg-warn",
  PATCH: "bg-warn",
  DELETE: "bg-error",
};

export default async function ApiReferencePage({ params }: Props) {
  const { id } = await params;
  const bb = getBuildingBlock(id);
  const document = readOpenApi(id);
  if (!bb || !document) notFound();
  const groups = summariseOperations(document);
  return (
    <div className="app-api-page">
      <SpecBreadcrumb bb={bb} current="API reference" />
      <h1 className="mt-3 text-3xl">{bb.title} API reference</h1>
      <p className="mt-3 max-w-3xl">
        The {countOperations(groups)} operations of the {bb.title} contract (version {bb.version}). In the interactive reference below, &ldquo;Send API
        request&rdquo; calls this portal&apos;s simulated {bb.title} at <code className="font-mono">/mock/{bb.id}</code>, in your own private sandbox namespace,
        with synthetic data.{" "}
        <a href={`/building-blocks/${bb.id}/openapi.yaml`} download={`${bb.id}-openapi.yaml`}>
          Download the OpenAPI contract
        </a>
        .
      </p>

      <Section headingId="operations" title="Operations" className="mt-6">
        <div className="mt-2 grid gap-x-8 gap-y-4 lg:grid-cols-2 2xl:grid-cols-3">
          {groups.map((group) => (
            <div key={group.tag}>
              <h3 className="text-lg">{group.tag}</h3>
              <ul className="mt-1 space-y-1">
                {group.operations.map((op) => (
                  <li key={`${op.method} ${op.path}`} className="flex flex-wrap items-baseline gap-x-2 text-sm">
                    <span
                      className={`inline-block w-16 shrink-0 rounded-sm px-1 text-center font-mono text-xs font-bold text-white ${METHOD_CLASS[op.method] ?? "bg-ink"}`}
                    >
                      {op.method}
                    </span>
                    <code className="break-all font-mono">{op.path}</code>
                    <span className="text-muted">
                      {op.summary}
                      {op.deprecated ? " (deprecated)" : ""}
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      </Section>

      <Section headingId="try" title="Interactive reference" className="mt-8">
        <p className="mt-1 max-w-3xl">
          Every operation with its parameters, request and response schemas and examples. Open an operation and use &ldquo;Send API request&rdquo; to try it;
          the answer appears under the request.
        </p>
        <div className="mt-3">
          <ApiReference id={bb.id} />
        </div>
      </Section>
    </div>
  );
}
