import type { Metadata } from "next";
import Link from "next/link";
import { getPublishedProducts, type PublishedProduct } from "@/db/marketplace/catalogue";
import { getBuildingBlocks } from "@/lib/content/building-blocks";
import { complianceFor } from "@/lib/marketplace/compliance";
import {
  countryName,
  DPG_LABELS,
  EVIDENCE_LABELS,
  HOSTING_LABELS,
  LICENCE_TYPE_LABELS,
  PRICING_LABELS,
} from "@/lib/marketplace/options";
import { getUseCaseTitles } from "@/lib/content/use-cases";

export const metadata: Metadata = { title: "Compare products · Marketplace" };

const MAX = 4;

// The row-name column stays put while the product columns scroll under it (the shadow draws its right
// edge, which a collapsed border would lose while scrolling).
const STICKY = "sticky left-0 z-10 w-32 min-w-32 border border-[var(--color-line)] p-2 shadow-[1px_0_0_var(--color-line)] sm:w-48";

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
  const raw = (await searchParams).ids;
  const slugs = [...new Set([raw ?? []].flat().flatMap((v) => v.split(",")).map((s) => s.trim()).filter(Boolean))];
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
    ...bbIds.map((spec) => ({ label: `${spec.title} (requirements of spec v${spec.version})`, values: products.map((p) => bbCell(p, spec.id, spec.requirements)) })),
    { label: "Use cases", values: products.map((p) => p.useCases.map((u) => getUseCaseTitles()[u] ?? u).join(", ") || "None listed") },
    { label: "Deployed in", values: products.map((p) => p.countries.map((c) => countryName(c) ?? c).join(", ") || "None listed") },
    { label: "Data source", values: products.map((p) => (p.isSeed ? "Self-reported seed data" : "Submitted by the vendor, approved by a reviewer")) },
  ];

  return (
    <>
      <p className="text-sm">
        <Link href="/marketplace">Marketplace</Link>
      </p>
      <h1 className="mt-2 text-3xl">Compare products</h1>
      {tooMany ? (
        <p role="alert" className="mt-3 border-l-4 border-[var(--color-warn)] pl-3">
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
          <p className="mt-3 max-w-3xl">
            Rows where the products differ are marked <strong>“Differs”</strong> and shaded.
            {products.length > 1 ? <span className="md:hidden"> On a small screen, scroll the table sideways: the row names stay in place.</span> : null}
          </p>
          {/* Scrolls sideways on small screens, so it takes keyboard focus and has a name; the row names stick to the left. */}
          <div className="mt-4 overflow-x-auto" role="region" aria-labelledby="compare-caption" tabIndex={0}>
            <table className="w-full border-collapse" style={{ minWidth: `${8 + products.length * 11}rem` }}>
              <caption id="compare-caption" className="sr-only">
                Comparison of {products.map((p) => p.name).join(", ")}
              </caption>
              <thead>
                <tr>
                  <td className={`${STICKY} bg-white`} />
                  {products.map((p) => (
                    <th key={p.slug} scope="col" className="border border-[var(--color-line)] p-2 text-left align-top">
                      <Link href={`/marketplace/products/${p.slug}`}>{p.name}</Link>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => {
                  const differs = products.length > 1 && new Set(row.values).size > 1;
                  return (
                    <tr key={row.label} className={differs ? "bg-[#fff8e6]" : undefined}>
                      <th scope="row" className={`${STICKY} text-left align-top ${differs ? "bg-[#fff8e6]" : "bg-white"}`}>
                        {row.label}
                        {differs ? <span className="ml-1 block text-sm font-semibold text-[var(--color-warn)]">◆ Differs</span> : null}
                      </th>
                      {row.values.map((v, i) => (
                        <td key={i} className="border border-[var(--color-line)] p-2 align-top">
                          {v}
                        </td>
                      ))}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </>
  );
}
