import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LevelBadge } from "@/components/building-blocks/status-badge";
import { getBuildingBlock, getBuildingBlocks } from "@/lib/content/building-blocks";
import { compareVersions, countByLevel, diffVersions, isEmptyDiff, publishedVersions, readVersion, type OperationRef } from "@/lib/content/versions";
import type { Requirement } from "@/lib/content/schema";
import { SpecBreadcrumb } from "@/components/building-blocks/spec-breadcrumb";
import { Section } from "@/components/ui/section";

export const dynamicParams = false;

/** Every pair of readable versions, older first. */
export function generateStaticParams() {
  return getBuildingBlocks().flatMap((bb) => {
    const versions = publishedVersions(bb).map((v) => v.version);
    return versions.flatMap((to, i) => versions.slice(i + 1).map((from) => ({ id: bb.id, from, to })));
  });
}

type Props = { params: Promise<{ id: string; from: string; to: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, from, to } = await params;
  const bb = getBuildingBlock(id);
  return bb
    ? {
        title: `${bb.title}: changes from ${from} to ${to}`,
        description: `Requirements and API operations added, removed and changed between versions ${from} and ${to} of the ${bb.title} specification.`,
      }
    : {};
}

function versionHref(bbId: string, version: string, current: string) {
  return version === current ? `/building-blocks/${bbId}` : `/building-blocks/${bbId}/v/${version}`;
}

function levelSummary(list: Requirement[]): string {
  const counts = countByLevel(list);
  const parts = (Object.entries(counts) as [Requirement["level"], number][]).filter(([, n]) => n > 0).map(([level, n]) => `${n} ${level.toLowerCase()}`);
  return parts.length > 0 ? ` (${parts.join(", ")})` : "";
}

/** Requirements and operations added, removed and changed between two published versions, computed from their files. */
export default async function SpecDiffPage({ params }: Props) {
  const { id, from, to } = await params;
  const bb = getBuildingBlock(id);
  if (!bb || compareVersions(from, to) >= 0) notFound();
  const before = readVersion(bb, from);
  const after = readVersion(bb, to);
  if (!before || !after) notFound();
  const diff = diffVersions(before, after);
  const { requirements: r, operations: o, schemas: s } = diff;

  return (
    <>
      <SpecBreadcrumb
        bb={bb}
        current={
          <>
            Changes from {from} to {to}
          </>
        }
      />
      <h1 className="mt-3 text-3xl">
        {bb.title}: what changed from {from} to {to}
      </h1>
      <p className="mt-3 max-w-3xl">
        Computed from the files of <Link href={versionHref(bb.id, from, bb.version)}>version {from}</Link> and{" "}
        <Link href={versionHref(bb.id, to, bb.version)}>version {to}</Link>: the requirement lists and the API contracts.
      </p>
      <ul className="mt-3 max-w-3xl list-disc pl-6" aria-label="Summary">
        <li>
          Requirements: {r.added.length} added{levelSummary(r.added)}, {r.removed.length} removed, {r.changed.length} changed in level or wording
          {r.sourced.length > 0 ? `; ${r.sourced.length} otherwise unchanged gained or changed their source (a GovStack item or a portal reason)` : ""}.
        </li>
        <li>
          API operations: {o.added.length} added, {o.removed.length} removed, {o.changed.length} changed.
        </li>
      </ul>
      {isEmptyDiff(diff) ? <p className="mt-4">Nothing in the requirements or the contract changed between these versions.</p> : null}

      <RequirementList id="added" title="Requirements added" items={r.added} bbId={bb.id} />
      <RequirementList id="removed" title="Requirements removed" items={r.removed} />

      {r.changed.length > 0 ? (
        <Section headingId="changed" title="Requirements changed" className="mt-10">
          <ul className="mt-3 max-w-3xl space-y-4">
            {r.changed.map((c) => (
              <li key={c.id}>
                <Link href={`/building-blocks/${bb.id}#${c.id}`} className="font-mono">
                  {c.id}
                </Link>
                {c.fields.includes("level") ? (
                  <p>
                    Level: <LevelBadge level={c.before.level} /> <span aria-hidden="true">→</span>
                    <span className="sr-only">became</span> <LevelBadge level={c.after.level} />
                  </p>
                ) : null}
                {c.fields.includes("text") ? (
                  <dl className="mt-1 grid gap-x-3 sm:grid-cols-[6rem_1fr]">
                    <dt className="font-semibold">Before</dt>
                    <dd>
                      <del>{c.before.text}</del>
                    </dd>
                    <dt className="font-semibold">Now</dt>
                    <dd>
                      <ins className="no-underline">{c.after.text}</ins>
                    </dd>
                  </dl>
                ) : null}
                {c.fields.includes("section") ? (
                  <p>
                    Area: {c.before.section} → {c.after.section}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </Section>
      ) : null}

      {o.added.length + o.removed.length + o.changed.length > 0 ? (
        <Section headingId="operations" title="API operations" className="mt-10">
          <OperationList title="Added" items={o.added} />
          <OperationList title="Removed" items={o.removed} />
          <OperationList title="Changed" items={o.changed} />
        </Section>
      ) : null}

      {s.added.length + s.removed.length + s.changed.length > 0 ? (
        <Section headingId="schemas" title="Shared data schemas" className="mt-10">
          <ul className="mt-2 list-disc pl-6">
            {s.added.length > 0 ? <li>Added: {s.added.join(", ")}</li> : null}
            {s.removed.length > 0 ? <li>Removed: {s.removed.join(", ")}</li> : null}
            {s.changed.length > 0 ? <li>Changed: {s.changed.join(", ")}</li> : null}
          </ul>
        </Section>
      ) : null}
    </>
  );
}

/** Requirements added (linked to the current spec) or removed (no longer there to link to). */
function RequirementList({ id, title, items, bbId }: { id: string; title: string; items: Requirement[]; bbId?: string }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby={id} className="mt-10">
      <h2 id={id} className="text-2xl">
        {title}
      </h2>
      <ul className="mt-3 max-w-3xl space-y-3">
        {items.map((req) => (
          <li key={req.id}>
            {bbId ? (
              <Link href={`/building-blocks/${bbId}#${req.id}`} className="font-mono">
                {req.id}
              </Link>
            ) : (
              <span className="font-mono">{req.id}</span>
            )}{" "}
            <LevelBadge level={req.level} />
            <p>{req.text}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

function OperationList({ title, items }: { title: string; items: (OperationRef & { aspects?: string[] })[] }) {
  if (items.length === 0) return null;
  return (
    <>
      <h3 className="mt-4 text-lg">{title}</h3>
      <ul className="app-ops">
        {items.map((op, i) => (
          <li key={i}>
            <b data-method={op.method}>{op.method}</b>
            <code>{op.path}</code>
            <span>{op.summary}</span>
            {op.aspects ? <i>{op.aspects.join("; ")}</i> : null}
          </li>
        ))}
      </ul>
    </>
  );
}
