import Link from "next/link";
import type { ListingSummary } from "@/db/marketplace/catalogue";
import { DPG_LABELS, HOSTING_LABELS, LICENCE_TYPE_LABELS } from "@/lib/marketplace/options";
import { LevelBadge, SeedTag } from "./badges";

/** One product in a result list. `bbTitles` maps BB ids to titles. */
export function ProductCard({ item, bbTitles, headingLevel = 3 }: { item: ListingSummary; bbTitles: Map<string, string>; headingLevel?: 2 | 3 }) {
  const H = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="rounded border border-[var(--color-line)] p-4">
      <H className="text-lg">
        <Link href={`/marketplace/products/${item.slug}`}>{item.name}</Link>
      </H>
      <p className="text-sm text-[var(--color-muted)]">by {item.organisationName}</p>
      <p className="mt-2">{item.summary}</p>
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="font-semibold">Building Blocks</dt>
        <dd>{item.bbs.map((b) => bbTitles.get(b) ?? b).join(", ") || "None claimed"}</dd>
        <dt className="font-semibold">Licence</dt>
        <dd>
          {LICENCE_TYPE_LABELS[item.licenceType]}
          {item.licence ? ` (${item.licence})` : ""}
        </dd>
        <dt className="font-semibold">Hosting</dt>
        <dd>{HOSTING_LABELS[item.hosting]}</dd>
        <dt className="font-semibold">DPG status</dt>
        <dd>{DPG_LABELS[item.dpgStatus]}</dd>
        <dt className="font-semibold">Best compliance</dt>
        <dd>
          <LevelBadge level={item.bestLevel} assessed={!item.isSeed} />
          {/* The card's level comes from the vendor's own answers: say so, so it never reads as verified. */}
          {!item.isSeed ? <span className="ml-1 text-sm">self-reported</span> : null}
        </dd>
      </dl>
      {item.isSeed ? (
        <p className="mt-2">
          <SeedTag />
        </p>
      ) : null}
    </article>
  );
}
