import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { OperationsSummary } from "@/components/building-blocks/operations-summary";
import { RequirementsTable } from "@/components/building-blocks/requirements-table";
import { getBuildingBlock, getBuildingBlocks } from "@/lib/content/building-blocks";
import { countOperations, summariseOperations } from "@/lib/content/openapi-summary";
import { publishedVersions, readVersion } from "@/lib/content/versions";
import { SpecBreadcrumb } from "@/components/building-blocks/spec-breadcrumb";

export const dynamicParams = false;

/** Every earlier version with a snapshot; the current version is the spec page itself. */
export function generateStaticParams() {
  return getBuildingBlocks().flatMap((bb) =>
    publishedVersions(bb)
      .filter((v) => !v.current)
      .map((v) => ({ id: bb.id, version: v.version })),
  );
}

type Props = { params: Promise<{ id: string; version: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, version } = await params;
  const bb = getBuildingBlock(id);
  return bb
    ? {
        title: `${bb.title} Building Block, version ${version}`,
        description: `Requirements and API operations of version ${version} of the ${bb.title} specification.`,
      }
    : {};
}

const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** An earlier published version of a spec: its requirements and API operations as they were. */
export default async function SpecVersionPage({ params }: Props) {
  const { id, version } = await params;
  const bb = getBuildingBlock(id);
  if (!bb) notFound();
  const versions = publishedVersions(bb);
  const entry = versions.find((v) => v.version === version && !v.current);
  const content = entry ? readVersion(bb, version) : undefined;
  if (!entry || !content) notFound();
  const operations = summariseOperations(content.openapi);

  return (
    <>
      <SpecBreadcrumb bb={bb} current={<>Version {version}</>} />
      <h1 className="mt-3 text-3xl">
        {bb.title}, version {version}
      </h1>
      <div className="mt-4 max-w-3xl border-l-8 border-warn bg-note-tint p-4" role="note" aria-label="An earlier version">
        <p className="font-semibold">This is an earlier version, published on {dateFormat.format(new Date(entry.date))}.</p>
        <p className="mt-1">
          The current version is {bb.version}: <Link href={`/building-blocks/${bb.id}`}>read the current {bb.title} specification</Link> or{" "}
          <Link href={`/building-blocks/${bb.id}/diff/${version}/${bb.version}`}>
            see what changed from {version} to {bb.version}
          </Link>
          .
        </p>
      </div>
      <h2 className="mt-8 text-2xl">What this version changed</h2>
      <ul className="mt-2 max-w-3xl list-disc pl-6">
        {entry.changes.map((change, i) => (
          <li key={i}>{change}</li>
        ))}
      </ul>

      <section aria-labelledby="requirements" className="mt-10">
        <h2 id="requirements" className="text-2xl">
          Requirements in version {version}
        </h2>
        <p className="mt-2 mb-4 max-w-3xl">
          {content.requirements.length} requirements. Requirement ids stay the same across versions, so a link to a requirement on the current page finds its
          latest wording.
        </p>
        <RequirementsTable requirements={content.requirements} />
      </section>

      {content.openapi ? (
        <section aria-labelledby="api-operations" className="mt-10">
          <h2 id="api-operations" className="text-2xl">
            API operations in version {version}
          </h2>
          <p className="mt-2 mb-4 max-w-3xl">The contract of this version had {countOperations(operations)} operations.</p>
          <OperationsSummary groups={operations} />
        </section>
      ) : null}
    </>
  );
}
