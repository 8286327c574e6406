import type { Metadata } from "next";
import Link from "next/link";
import { ProductCard } from "@/components/marketplace/product-card";
import { getPublishedProducts, searchProducts } from "@/db/marketplace/catalogue";
import { getBuildingBlocks } from "@/lib/content/building-blocks";
import { USE_CASE_IDS } from "@/lib/content/schema";
import {
  countryName,
  DPG_LABELS,
  DPG_STATUSES,
  LICENCE_TYPE_LABELS,
  LICENCE_TYPES,
} from "@/lib/marketplace/options";
import { listingQueryToSearch, parseListingQuery, SORT_LABELS, SORTS, type ListingQuery } from "@/lib/marketplace/query";
import { getUseCaseTitles } from "@/lib/content/use-cases";

export const metadata: Metadata = {
  title: "Marketplace",
  description: "Find products that implement GovStack Building Blocks, see how each claim was checked, and compare them.",
};

type Option = { value: string; label: string; count: number };

function FacetGroup({ name, legend, options, selected }: { name: string; legend: string; options: Option[]; selected: string[] }) {
  if (!options.length) return null;
  return (
    <fieldset className="border-t border-[var(--color-line)] pt-3">
      <legend className="font-semibold">{legend}</legend>
      <ul className="mt-1 space-y-1">
        {options.map((o) => (
          <li key={o.value}>
            <label className="flex items-start gap-2">
              <input type="checkbox" name={name} value={o.value} defaultChecked={selected.includes(o.value)} className="mt-1.5 size-4" />
              <span>
                {o.label} <span className="text-sm text-[var(--color-muted)]">({o.count})</span>
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/** Products already chosen for comparison (`ids`, as the compare page takes them), at most four. */
function chosenSlugs(raw: string | string[] | undefined): string[] {
  const slugs = [raw ?? []].flat().flatMap((v) => v.split(",")).map((v) => v.trim());
  return [...new Set(slugs.filter((v) => /^[a-z0-9-]{1,80}$/.test(v)))].slice(0, 4);
}

export default async function MarketplacePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const { query } = parseListingQuery(params);
  const result = searchProducts(query);
  // Chosen on the compare page or a product page, and kept while the visitor filters and pages.
  const chosen = getPublishedProducts(chosenSlugs(params.ids));
  const chosenElsewhere = chosen.filter((c) => !result.items.some((i) => i.slug === c.slug));
  const withChosen = (href: string) => (chosen.length ? `${href}${href.includes("?") ? "&" : "?"}ids=${chosen.map((c) => c.slug).join(",")}` : href);
  const bbs = getBuildingBlocks();
  const bbTitles = new Map(bbs.map((b) => [b.id, b.title]));
  const counts = result.facetCounts;
  // Selected values stay visible even when the current results hold none of them.
  const opts = (key: keyof typeof counts, values: readonly string[], label: (v: string) => string, selected: string[] = []): Option[] =>
    values
      .filter((v) => (counts[key][v] ?? 0) > 0 || selected.includes(v))
      .map((v) => ({ value: v, label: label(v), count: counts[key][v] ?? 0 }));
  const countryCodes = [...new Set([...Object.keys(counts.country), ...query.country])].sort((a, b) =>
    (countryName(a) ?? a).localeCompare(countryName(b) ?? b),
  );
  const link = (patch: Partial<ListingQuery>) => withChosen(`/marketplace${listingQueryToSearch({ ...query, ...patch })}`);
  const apiSearch = listingQueryToSearch({ ...query, page: 1 });
  const filtersActive = query.q || query.level || ["bb", "uc", "licence", "dpg", "country", "hosting"].some((k) => query[k as "bb"].length);

  return (
    <>
      <h1 className="text-3xl">Marketplace</h1>
      <p className="mt-2 max-w-3xl">
        Products that implement GovStack Building Blocks. Each listing says how its claims were checked: reported by the vendor, checked by a
        reviewer, or verified by tests. Compliance levels follow GovStack&apos;s rule: Level 1 when more than half of a Building Block&apos;s
        required requirements are met, Level 2 when more than 90% are, counted on the current version of the portal&apos;s requirement list for
        that Building Block (which includes every required item of GovStack&apos;s own specification).
      </p>
      <p className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
        <Link href="/vendor">List your product</Link>
        {/* About 40 filter controls come first: on a phone or with the keyboard, go straight to the list. */}
        <a href="#results-heading">Skip the filters, go to the results</a>
      </p>

      <div className="mt-6 grid gap-8 lg:grid-cols-[18rem_1fr]">
        <form method="get" action="/marketplace" className="space-y-4" aria-label="Search and filter products">
          <div>
            <label htmlFor="q" className="block font-semibold">
              Search products
            </label>
            <input id="q" name="q" type="search" defaultValue={query.q} className="mt-1 w-full rounded-sm border-2 border-[var(--color-ink)] px-2 py-1" />
          </div>
          <div>
            <label htmlFor="sort" className="block font-semibold">
              Sort by
            </label>
            <select id="sort" name="sort" defaultValue={query.sort} className="mt-1 w-full rounded-sm border-2 border-[var(--color-ink)] bg-white px-2 py-1">
              {SORTS.map((s) => (
                <option key={s} value={s}>
                  {SORT_LABELS[s]}
                </option>
              ))}
            </select>
          </div>
          {chosen.map((c) => (
            <input key={c.slug} type="hidden" name="ids" value={c.slug} />
          ))}
          <button type="submit" className="rounded-sm bg-[var(--color-brand-700)] px-4 py-2 font-semibold text-white hover:bg-[var(--color-brand-900)]">
            Apply filters
          </button>
          <FacetGroup name="bb" legend="Building Block" selected={query.bb} options={opts("bb", bbs.map((b) => b.id), (v) => bbTitles.get(v) ?? v, query.bb)} />
          <fieldset className="border-t border-[var(--color-line)] pt-3">
            <legend className="font-semibold">Compliance level</legend>
            <ul className="mt-1 space-y-1">
              {[
                { v: "", label: "Any" },
                { v: "1", label: `Level 1 or higher (${counts.level["1"] ?? 0})` },
                { v: "2", label: `Level 2 (${counts.level["2"] ?? 0})` },
              ].map((o) => (
                <li key={o.v}>
                  <label className="flex items-center gap-2">
                    <input type="radio" name="level" value={o.v} defaultChecked={String(query.level || "") === o.v} className="size-4" />
                    {o.label}
                  </label>
                </li>
              ))}
            </ul>
            <p className="mt-1 text-sm text-[var(--color-muted)]">With Building Blocks selected, the level applies to them.</p>
          </fieldset>
          <FacetGroup name="uc" legend="Use case" selected={query.uc} options={opts("uc", USE_CASE_IDS, (v) => getUseCaseTitles()[v] ?? v, query.uc)} />
          <FacetGroup name="licence" legend="Licence type" selected={query.licence} options={opts("licence", LICENCE_TYPES, (v) => LICENCE_TYPE_LABELS[v as "proprietary"], query.licence)} />
          <FacetGroup name="dpg" legend="Digital public good status" selected={query.dpg} options={opts("dpg", DPG_STATUSES, (v) => DPG_LABELS[v as "dpg"], query.dpg)} />
          <FacetGroup
            name="hosting"
            legend="Hosting"
            selected={query.hosting}
            options={opts("hosting", ["self-hosted", "saas"], (v) => (v === "saas" ? "As a service" : "Self-hosted"), query.hosting)}
          />
          <FacetGroup name="country" legend="Deployed in" selected={query.country} options={opts("country", countryCodes, (v) => countryName(v) ?? v, query.country)} />
          <button type="submit" className="rounded-sm bg-[var(--color-brand-700)] px-4 py-2 font-semibold text-white hover:bg-[var(--color-brand-900)]">
            Apply filters
          </button>
        </form>

        <section aria-labelledby="results-heading">
          <h2 id="results-heading" tabIndex={-1} className="text-xl" aria-live="polite">
            {result.total === 1 ? "1 product" : `${result.total.toLocaleString("en")} products`}
            {query.q ? ` matching “${query.q}”` : ""}
          </h2>
          <p className="mt-1 flex flex-wrap gap-x-4 gap-y-2 text-sm">
            {filtersActive ? <Link href={withChosen("/marketplace")}>Clear all filters</Link> : null}
            <a href={`/api/marketplace/products/export.csv${apiSearch}`}>Download these results (CSV)</a>
            <a href={`/api/marketplace/products${apiSearch}`}>Same results as JSON</a>
          </p>
          {result.items.length === 0 ? <p className="mt-4">No products match. Try fewer filters or other words.</p> : null}
          {result.items.length || chosenElsewhere.length ? (
            <form method="get" action="/marketplace/compare" className="mt-4">
              <p className="mb-3 text-sm">Tick up to four products, then compare them side by side.</p>
              {chosenElsewhere.length ? (
                <fieldset className="mb-4 border-l-4 border-[var(--color-brand-600)] pl-3">
                  <legend className="font-semibold">Already chosen for comparison</legend>
                  <ul className="mt-1 space-y-1">
                    {chosenElsewhere.map((c) => (
                      <li key={c.slug}>
                        <label className="inline-flex items-center gap-2">
                          <input type="checkbox" name="ids" value={c.slug} defaultChecked className="size-4" />
                          Compare {c.name}
                        </label>
                      </li>
                    ))}
                  </ul>
                </fieldset>
              ) : null}
              <ul className="space-y-4">
                {result.items.map((item) => (
                  <li key={item.slug} className="relative">
                    <ProductCard item={item} bbTitles={bbTitles} />
                    <label className="mt-1 inline-flex items-center gap-2 text-sm">
                      <input type="checkbox" name="ids" value={item.slug} defaultChecked={chosen.some((c) => c.slug === item.slug)} className="size-4" />
                      Compare {item.name}
                    </label>
                  </li>
                ))}
              </ul>
              <button type="submit" className="mt-4 rounded-sm border-2 border-[var(--color-brand-700)] px-4 py-2 font-semibold text-[var(--color-brand-700)]">
                Compare selected products
              </button>
            </form>
          ) : null}
          {result.pageCount > 1 ? (
            <nav aria-label="Pages of results" className="mt-6 flex flex-wrap items-center gap-4">
              {result.page > 1 ? <Link href={link({ page: result.page - 1 })} rel="prev">Previous page</Link> : null}
              <span>
                Page {result.page} of {result.pageCount}
              </span>
              {result.page < result.pageCount ? <Link href={link({ page: result.page + 1 })} rel="next">Next page</Link> : null}
            </nav>
          ) : null}
        </section>
      </div>
    </>
  );
}
