import type { Metadata } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import { getPublishedProducts, type PublishedProduct } from "@/db/marketplace/catalogue";
import { getBuildingBlocks } from "@/lib/content/building-blocks";
import { complianceFor } from "@/lib/marketplace/compliance";
import { CompareTray } from "@/components/marketplace/compare-tray";
import { requirementHref } from "@/lib/content/links";
import { ASSESSMENT_LABELS, countryName, DPG_LABELS, EVIDENCE_LABELS, HOSTING_LABELS, LICENCE_TYPE_LABELS, PRICING_LABELS } from "@/lib/marketplace/options";
import { getUseCaseTitles } from "@/lib/content/use-cases";
import { Section } from "@/components/ui/section";
import { TableScroll } from "@/components/ui/table-scroll";

export const metadata: Metadata = { title: "Compare products · Marketplace" };

const MAX = 4;

// The row-name column stays put while the product columns scroll under it (the shadow draws its right
// edge, which a collapsed border would lose while scrolling).
const STICKY = "sticky left-0 z-10 w-32 min-w-32 border border-line p-2 shadow-[1px_0_0_var(--color-line)] sm:w-48";

type Row = { label: string; values: string[] };

function bbCell(p: PublishedProduct, bbId: string, requirements: { id: string; level: string }[]): string {
  const claim = p.bbs.find((b) => b.bbId === bbId);
  if (!claim) return "Not claimed";
  if (!claim.assessments.length) return `Claimed, not assessed (${EVIDENCE_LABELS[claim.evidence].toLowerCase()})`;
  const r = complianceFor(requirements, new Map(claim.assessments.map((a) => [a.requirementId, a.status])));
  const level = r.level ? `Level ${r.level}` : "Below Level 1";
  return `${level}: ${r.requiredMet} of ${r.requiredTotal} required met (${EVIDENCE_LABELS[claim.evidence].toLowerCase()})`;
}

export default async function ComparePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const sp = await searchParams;
  const raw = sp.ids;
  const diffOnly = sp.diff === "1";
  const slugs = [
    ...new Set(
      [raw ?? []]
        .flat()
        .flatMap((v) => v.split(","))
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
  const tooMany = slugs.length > MAX;
  const products = getPublishedProducts(slugs.slice(0, MAX));
  const specs = getBuildingBlocks();
  // Back to the list with these products still ticked.
  const pickMore = products.length ? `/marketplace?ids=${products.map((p) => encodeURIComponent(p.slug)).join(",")}#results-heading` : "/marketplace";
  const bbIds = specs.filter((s) => products.some((p) => p.bbs.some((b) => b.bbId === s.id)));

  const rows: Row[] = [
    { label: "Organisation", values: products.map((p) => p.organisation.name) },
    { label: "Licence type", values: products.map((p) => LICENCE_TYPE_LABELS[p.licenceType]) },
    { label: "Licence (SPDX)", values: products.map((p) => p.licence ?? "Not stated") },
    { label: "Hosting", values: products.map((p) => HOSTING_LABELS[p.hosting]) },
    { label: "Pricing", values: products.map((p) => PRICING_LABELS[p.pricing]) },
    { label: "Digital public good", values: products.map((p) => DPG_LABELS[p.dpgStatus]) },
    ...bbIds.map((spec) => ({
      label: `${spec.title} (requirements of spec v${spec.version})`,
      values: products.map((p) => bbCell(p, spec.id, spec.requirements)),
    })),
    { label: "Use cases", values: products.map((p) => p.useCases.map((u) => getUseCaseTitles()[u] ?? u).join(", ") || "None listed") },
    { label: "Deployed in", values: products.map((p) => p.countries.map((c) => countryName(c) ?? c).join(", ") || "None listed") },
    {
      label: "Data source",
      values: products.map((p) =>
        p.isSeed ? "Seed data compiled by the portal; not yet claimed by the vendor" : "Submitted by the vendor, approved by a reviewer",
      ),
    },
  ];

  const shownRows = diffOnly ? rows.filter((r) => new Set(r.values).size > 1) : rows;
  const chosenBb = typeof sp.bb === "string" ? bbIds.find((s) => s.id === sp.bb) : undefined;
  const base = `/marketplace/compare?ids=${products.map((p) => encodeURIComponent(p.slug)).join(",")}`;
  const href = (patch: { diff?: boolean; bb?: string }) => {
    const d = patch.diff ?? diffOnly;
    const bb = patch.bb ?? chosenBb?.id;
    return `${base}${d ? "&diff=1" : ""}${bb ? `&bb=${encodeURIComponent(bb)}` : ""}`;
  };

  return (
    <>
      <p className="text-sm">
        <Link href="/marketplace">Marketplace</Link>
      </p>
      <h1 className="mt-2 text-3xl">Compare products</h1>
      {tooMany ? (
        <p role="alert" className="mt-3 border-l-4 border-warn pl-3">
          You can compare up to {MAX} products at once. Showing the first {MAX}.
        </p>
      ) : null}
      {products.length < 2 ? (
        <p className="mt-3">
          Choose at least two products to compare: tick them in the <Link href={pickMore}>marketplace list</Link>.
          {products.length === 1 ? ` You have chosen ${products[0]!.name}; it stays ticked there.` : ""}
        </p>
      ) : products.length < MAX ? (
        <p className="mt-3">
          <Link href={pickMore}>Add another product to this comparison</Link>
        </p>
      ) : null}
      {products.length ? (
        <>
          {products.length > 1 ? (
            <p className="mt-3 flex flex-wrap gap-x-6 gap-y-2">
              {diffOnly ? <Link href={href({ diff: false })}>Show all rows</Link> : <Link href={href({ diff: true })}>Show differences only</Link>}
            </p>
          ) : null}
          <p className="mt-3 max-w-3xl">
            {diffOnly ? `Showing only the ${shownRows.length} rows where the products differ. ` : ""}
            Rows where the products differ are marked <strong>“Differs”</strong> and shaded.
            {products.length > 1 ? <span className="md:hidden"> On a small screen, scroll the table sideways: the row names stay in place.</span> : null}
          </p>
          {/* The row names stick to the left while the products scroll. */}
          <TableScroll className="mt-4" labelledBy="compare-caption">
            <table className="w-full border-collapse" style={{ minWidth: `${8 + products.length * 11}rem` }}>
              <caption id="compare-caption" className="sr-only">
                Comparison of {products.map((p) => p.name).join(", ")}
              </caption>
              <thead>
                <tr>
                  <td className={`${STICKY} bg-white`} />
                  {products.map((p) => (
                    <th key={p.slug} scope="col" className="border border-line p-2 text-left align-top">
                      <Link href={`/marketplace/products/${p.slug}`}>{p.name}</Link>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {shownRows.length === 0 ? (
                  <tr>
                    <td colSpan={products.length + 1} className="border border-line p-2">
                      These products do not differ in any row.
                    </td>
                  </tr>
                ) : null}
                {shownRows.map((row) => {
                  const differs = products.length > 1 && new Set(row.values).size > 1;
                  return (
                    <tr key={row.label} className={differs ? "bg-warn-tint" : undefined}>
                      <th scope="row" className={`${STICKY} text-left align-top ${differs ? "bg-warn-tint" : "bg-white"}`}>
                        {row.label}
                        {differs ? <span className="ml-1 block text-sm font-semibold text-warn">◆ Differs</span> : null}
                      </th>
                      <ValueCells values={row.values} />
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
          {bbIds.length ? (
            <Section headingId="per-requirement" title="Requirement by requirement" className="mt-8">
              <p className="mt-1 max-w-3xl">Choose a Building Block to see each product&apos;s answer to each of its requirements.</p>
              <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-2">
                {bbIds.map((spec) => (
                  <li key={spec.id}>
                    {chosenBb?.id === spec.id ? (
                      <strong aria-current="true">{spec.title}</strong>
                    ) : (
                      <Link href={`${href({ bb: spec.id })}#per-requirement`}>{spec.title}</Link>
                    )}
                  </li>
                ))}
              </ul>
              {chosenBb ? <RequirementTable spec={chosenBb} products={products} diffOnly={diffOnly} /> : null}
            </Section>
          ) : null}
        </>
      ) : null}
      <CompareTray fromUrl={products.map((p) => ({ slug: p.slug, name: p.name }))} />
    </>
  );
}

/** Each product's answer to each requirement of one BB, with how the claim was checked. */
function RequirementTable({
  spec,
  products,
  diffOnly,
}: {
  spec: ReturnType<typeof getBuildingBlocks>[number];
  products: PublishedProduct[];
  diffOnly: boolean;
}) {
  const claims = products.map((p) => p.bbs.find((b) => b.bbId === spec.id));
  const answerText = (i: number, requirementId: string) => {
    const claim = claims[i];
    if (!claim) return "Not claimed";
    const a = claim.assessments.find((x) => x.requirementId === requirementId);
    return a ? ASSESSMENT_LABELS[a.status] : "Not answered";
  };
  const rows = spec.requirements
    .map((r) => ({ r, values: products.map((_, i) => answerText(i, r.id)) }))
    .filter((row) => !diffOnly || new Set(row.values).size > 1);
  if (!spec.requirements.length) return <p className="mt-3">The {spec.title} specification has no requirement list yet.</p>;
  return (
    <TableScroll className="mt-4" labelledBy="req-caption">
      <table className="w-full border-collapse text-sm" style={{ minWidth: `${12 + products.length * 9}rem` }}>
        <caption id="req-caption" className="text-left font-semibold">
          {spec.title}: answers per requirement{diffOnly ? ` (only the ${rows.length} that differ)` : ""}
        </caption>
        <thead>
          <tr>
            <th scope="col" className={`${STICKY} bg-white text-left`}>
              Requirement
            </th>
            {products.map((p, i) => (
              <th key={p.slug} scope="col" className="border border-line p-2 text-left align-top">
                {p.name}
                <span className="block font-normal">{claims[i] ? EVIDENCE_LABELS[claims[i]!.evidence] : "Not claimed"}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ r, values }) => (
            <tr key={r.id}>
              <th scope="row" className={`${STICKY} bg-white text-left align-top font-normal`}>
                <Link href={requirementHref(spec.id, r.id)} className="font-mono font-semibold">
                  {r.id}
                </Link>{" "}
                <span className="text-xs">({r.level})</span>
                <span className="mt-1 block">{r.text}</span>
              </th>
              <ValueCells values={values} />
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** One cell per compared product, in the order of the columns. */
function ValueCells({ values }: { values: ReactNode[] }) {
  return values.map((v, i) => (
    <td key={i} className="border border-line p-2 align-top">
      {v}
    </td>
  ));
}
