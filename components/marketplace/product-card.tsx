import Link from "next/link";
import type { ListingSummary } from "@/db/marketplace/catalogue";
import { DPG_LABELS, HOSTING_LABELS, LICENCE_TYPE_LABELS } from "@/lib/marketplace/options";
import { SeedTag } from "./badges";
import type { ExtraEvidence } from "@/lib/marketplace/evidence";
import { EvidenceSummaryView } from "./evidence-summary";

/** One product in a result list, its strongest evidence first. `bbTitles` maps BB ids to titles. */
export function ProductCard({
  item,
  bbTitles,
  extra,
  headingLevel = 3,
  children,
}: {
  item: ListingSummary;
  bbTitles: Map<string, string>;
  extra?: ExtraEvidence;
  headingLevel?: 2 | 3;
  children?: React.ReactNode;
}) {
  const H = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="rounded border border-line p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4">
        <H className="text-lg">
          <Link href={`/marketplace/products/${item.slug}`}>{item.name}</Link>
        </H>
        {item.isSeed ? <SeedTag /> : null}
      </div>
      <p className="text-sm text-muted">by {item.organisationName}</p>
      <EvidenceSummaryView claims={item.claims} isSeed={item.isSeed} bbTitles={bbTitles} extra={extra} />
      <p className="mt-2">{item.summary}</p>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="font-semibold">Licence</dt>
        <dd>
          {LICENCE_TYPE_LABELS[item.licenceType]}
          {item.licence ? ` (${item.licence})` : ""}
        </dd>
        <dt className="font-semibold">Hosting</dt>
        <dd>{HOSTING_LABELS[item.hosting]}</dd>
        <dt className="font-semibold">DPG status</dt>
        <dd>{DPG_LABELS[item.dpgStatus]}</dd>
      </dl>
      {children}
    </article>
  );
}
