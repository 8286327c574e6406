import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MDXRemote } from "next-mdx-remote-client/rsc";
import { GovstackCoverage } from "@/components/building-blocks/govstack-coverage";
import { OperationsSummary } from "@/components/building-blocks/operations-summary";
import { RequirementsTable } from "@/components/building-blocks/requirements-table";
import { StatusBadge } from "@/components/building-blocks/status-badge";
import { SpecFeedbackLink } from "@/components/feedback/feedback-link";
import { ProductsForBb } from "@/components/marketplace/products-for-bb";
import { getBuildingBlock, getBuildingBlocks, LAYER_LABELS, readOpenApi } from "@/lib/content/building-blocks";
import { tableOfContents } from "@/lib/content/headings";
import { SPEC_PAGE_ANCHORS as A } from "@/lib/content/links";
import { MDX_OPTIONS } from "@/lib/content/mdx-options";
import { countOperations, summariseOperations } from "@/lib/content/openapi-summary";
import { REPOSITORY_URL as repositoryUrl } from "@/lib/content/repository";
import { getUseCaseTitles } from "@/lib/content/use-cases";
import { publishedVersions } from "@/lib/content/versions";
import { SpecBreadcrumb } from "@/components/building-blocks/spec-breadcrumb";

export const dynamicParams = false;
// Static pages, refreshed on demand when feedback or products change (revalidatePath) and at most every 5 minutes.
export const revalidate = 300;

export function generateStaticParams() {
  return getBuildingBlocks().map((bb) => ({ id: bb.id }));
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const bb = getBuildingBlock((await params).id);
  return bb ? { title: `${bb.title} Building Block`, description: bb.summary } : {};
}

const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

export default async function SpecPage({ params }: Props) {
  const bb = getBuildingBlock((await params).id);
  if (!bb) notFound();
  const toc = tableOfContents(bb.body);
  const operations = bb.hasApi ? summariseOperations(readOpenApi(bb.id)) : [];
  const related = bb.related.map((id) => getBuildingBlock(id)).filter((r) => r !== undefined);
  const pageSections = [
    bb.requirements.length > 0 ? { slug: A.requirements, text: "Requirements" } : undefined,
    bb.hasApi ? { slug: A.operations, text: "API operations" } : undefined,
    bb.useCases.length > 0 ? { slug: A.useCases, text: "Used in use cases" } : undefined,
    { slug: `products-for-${bb.id}`, text: "Products" },
    related.length > 0 ? { slug: A.related, text: "Related Building Blocks" } : undefined,
    { slug: A.downloads, text: "Downloads and links" },
    { slug: A.changelog, text: "Version history" },
  ].filter((s) => s !== undefined);
  const latest = bb.changelog[0];
  const titles = getUseCaseTitles();
  // Versions a reader can open (current + snapshots), newest first; each links to its diff with the one before.
  const versions = publishedVersions(bb);
  const readable = new Map(versions.map((v, i) => [v.version, { previous: versions[i + 1]?.version, current: v.current }]));

  return (
    <>
      <SpecBreadcrumb current={LAYER_LABELS[bb.layer]} />
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <h1 className="text-3xl">{bb.title}</h1>
        <StatusBadge status={bb.status} />
      </div>
      <p className="mt-3 max-w-3xl text-lg">{bb.summary}</p>
      <p className="mt-2 text-sm text-muted">
        Version {bb.version}
        {latest ? `, updated ${dateFormat.format(new Date(latest.date))}` : ""} · <a href={`#${A.changelog}`}>Version history</a> ·{" "}
        <a href={`${repositoryUrl}/edit/main/${bb.sourcePath}`}>Edit this page</a>
      </p>
      <SpecFeedbackLink bbId={bb.id} />

      {bb.status !== "published" ? (
        <div className="mt-6 max-w-3xl border-l-8 border-warn bg-note-tint p-4" role="note" aria-label="Status of this specification">
          <p className="font-semibold">{bb.status === "draft" ? "This specification is a draft." : "This specification is planned."}</p>
          <p className="mt-1">
            {bb.status === "draft"
              ? "It outlines the scope of the Building Block and may change. It has no API contract or sandbox mock yet, and products cannot be assessed against it."
              : "Work on it has not started. This page describes what it is expected to cover; there is no API contract or sandbox mock yet."}
          </p>
        </div>
      ) : null}

      <div className="mt-8 lg:grid lg:grid-cols-[15rem_minmax(0,1fr)] lg:gap-10">
        <nav aria-labelledby={A.toc} className="mb-8 lg:sticky lg:top-4 lg:mb-0 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto">
          <h2 id={A.toc} className="text-base">
            Contents
          </h2>
          <ul className="mt-2 space-y-1 border-l-2 border-line pl-3 text-sm">
            {/* Index keys: a static list; slugs as keys would repeat in the page payload. */}
            {[...toc, ...pageSections].map((h, i) => (
              <li key={i} className={"depth" in h && h.depth === 3 ? "pl-3" : undefined}>
                <a href={`#${h.slug}`}>{h.text}</a>
              </li>
            ))}
          </ul>
        </nav>

        <div className="min-w-0">
          <article className="app-prose">
            <MDXRemote source={bb.body} options={{ mdxOptions: MDX_OPTIONS }} />
          </article>

          {bb.requirements.length > 0 ? (
            <section aria-labelledby={A.requirements} className="mt-12">
              <h2 id={A.requirements} className="scroll-mt-4 text-2xl">
                Requirements
              </h2>
              <p className="mt-2 mb-4 max-w-3xl">
                <strong>Required</strong> items must be met by any product that implements this Building Block; <strong>recommended</strong> items should be;{" "}
                <strong>optional</strong> items may be. Each requirement has its own link (its id). Also available as{" "}
                <a href={`/building-blocks/${bb.id}/requirements.json`}>requirements.json</a>.
              </p>
              {bb.govstack ? <GovstackCoverage spec={bb.govstack} requirements={bb.requirements} title={bb.title} /> : null}
              <RequirementsTable requirements={bb.requirements} govstack={bb.govstack} />
            </section>
          ) : null}

          {bb.hasApi ? (
            <section aria-labelledby={A.operations} className="mt-12">
              <h2 id={A.operations} className="scroll-mt-4 text-2xl">
                API operations
              </h2>
              <p className="mt-2 mb-4 max-w-3xl">
                The contract has {countOperations(operations)} operations. Operations marked &ldquo;Compatibility&rdquo; are deprecated aliases kept for
                GovStack&apos;s test suites. Read every field and try the calls against this block&apos;s sandbox mock in the{" "}
                <Link href={`/building-blocks/${bb.id}/api`}>interactive API reference for {bb.title}</Link>.
              </p>
              <OperationsSummary groups={operations} />
            </section>
          ) : null}

          {bb.useCases.length > 0 ? (
            <section aria-labelledby={A.useCases} className="mt-12">
              <h2 id={A.useCases} className="scroll-mt-4 text-2xl">
                Used in use cases
              </h2>
              <ul className="mt-3 list-disc pl-6">
                {bb.useCases.map((uc) => (
                  <li key={uc}>
                    <Link href={`/use-cases/${uc}`}>{titles[uc]}</Link>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}

          <ProductsForBb bbId={bb.id} bbTitle={bb.title} />

          {related.length > 0 ? (
            <section aria-labelledby={A.related} className="mt-12">
              <h2 id={A.related} className="scroll-mt-4 text-2xl">
                Related Building Blocks
              </h2>
              <ul className="mt-3 list-disc pl-6">
                {related.map((r) => (
                  <li key={r.id}>
                    <Link href={`/building-blocks/${r.id}`}>{r.title}</Link>
                    {r.status !== "published" ? <span className="text-muted"> ({r.status})</span> : null}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}

          <section aria-labelledby={A.downloads} className="mt-12">
            <h2 id={A.downloads} className="scroll-mt-4 text-2xl">
              Downloads and links
            </h2>
            <ul className="mt-3 list-disc space-y-1 pl-6">
              {bb.hasApi ? (
                <li>
                  <a href={`/building-blocks/${bb.id}/openapi.yaml`} download={`${bb.id}-openapi.yaml`}>
                    OpenAPI contract (YAML)
                  </a>
                </li>
              ) : null}
              {bb.requirements.length > 0 ? (
                <li>
                  <a href={`/building-blocks/${bb.id}/requirements.json`} download={`${bb.id}-requirements.json`}>
                    Requirements (JSON)
                  </a>
                </li>
              ) : null}
              <li>
                <Link href={`/marketplace?bb=${bb.id}`}>Products for this Building Block</Link> in the marketplace
              </li>
              <li>
                <a href={`${repositoryUrl}/edit/main/${bb.sourcePath}`}>Edit this page</a> (suggest a change to the specification)
              </li>
            </ul>
          </section>

          <section aria-labelledby={A.changelog} className="mt-12">
            <h2 id={A.changelog} className="scroll-mt-4 text-2xl">
              Version history
            </h2>
            <ol className="mt-3 space-y-4">
              {bb.changelog.map((entry) => (
                <li key={entry.version}>
                  <h3 className="text-lg">
                    Version {entry.version} <span className="font-normal text-muted">· {dateFormat.format(new Date(entry.date))}</span>
                  </h3>
                  <ul className="mt-1 list-disc pl-6">
                    {entry.changes.map((change, i) => (
                      <li key={i}>{change}</li>
                    ))}
                  </ul>
                  {readable.has(entry.version) ? (
                    <p className="mt-1 flex flex-wrap gap-x-4 text-sm">
                      {readable.get(entry.version)?.current ? (
                        <span>This is the version shown on this page.</span>
                      ) : (
                        <Link href={`/building-blocks/${bb.id}/v/${entry.version}`}>Read version {entry.version}</Link>
                      )}
                      {readable.get(entry.version)?.previous ? (
                        <Link href={`/building-blocks/${bb.id}/diff/${readable.get(entry.version)?.previous}/${entry.version}`}>
                          What changed from {readable.get(entry.version)?.previous} to {entry.version}
                        </Link>
                      ) : null}
                    </p>
                  ) : null}
                </li>
              ))}
            </ol>
          </section>
        </div>
      </div>
    </>
  );
}
