import type { Metadata } from "next";
import Link from "next/link";
import { CompareFallbackButton, CompareToggle, CompareTray } from "@/components/marketplace/compare-tray";
import { FiltersDisclosure } from "@/components/marketplace/filters-disclosure";
import { ProductCard } from "@/components/marketplace/product-card";
import { getPublishedProducts, searchProducts } from "@/db/marketplace/catalogue";
import { getBuildingBlocks } from "@/lib/content/building-blocks";
import { USE_CASE_IDS } from "@/lib/content/schema";
import { bbLabel, countryName, DPG_LABELS, DPG_STATUSES, LICENCE_TYPE_LABELS, LICENCE_TYPES } from "@/lib/marketplace/options";
import { listingQueryToSearch, parseListingQuery, SORT_LABELS, SORTS, type ListingQuery } from "@/lib/marketplace/query";
import { getUseCaseTitles } from "@/lib/content/use-cases";
import { extraEvidenceBySlug } from "@/db/evidence";

export const metadata: Metadata = {
  title: "Marketplace",
  description: "Find products that implement GovStack Building Blocks, see how each claim was checked, and compare them.",
};

type Option = { value: string; label: string; count: number };

function FacetGroup({ name, legend, options, selected }: { name: string; legend: string; options: Option[]; selected: string[] }) {
  if (!options.length) return null;
  return (
    <fieldset className="border-t border-line pt-3">
      <legend className="font-semibold">{legend}</legend>
      <ul className="mt-1 space-y-1">
        {options.map((o) => (
          <li key={o.value}>
            <label className="flex items-start gap-2">
              <input type="checkbox" name={name} value={o.value} defaultChecked={selected.includes(o.value)} className="mt-1.5 size-4" />
              <span>
                {o.label} <span className="text-sm text-muted">({o.count})</span>
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/** An empty result that says why, above all for the level filters (levels need answered requirements). */
function NoResults({ query, clearLevel }: { query: ListingQuery; clearLevel: string }) {
  if (!query.level) return <p className="mt-4">No products match. Try fewer filters or other words.</p>;
  return (
    <div className="mt-4 max-w-2xl border-l-4 border-brand-600 pl-3">
      <p className="font-semibold">
        No product {query.bb.length ? "for the Building Blocks you chose " : ""}has reached Level {query.level}
        {query.level === 1 ? " or higher" : ""} with these filters.
      </p>
      <p className="mt-1">
        A level is worked out from a vendor&apos;s answers to each requirement of a Building Block: Level 1 needs more than half of the required requirements
        met, Level 2 more than 90%. Listings compiled by the portal from public sources have no answers yet, so they have no level until their vendor claims
        them and completes the self-assessment.
      </p>
      <p className="mt-1">
        <Link href={clearLevel}>Show these results at any level</Link>
      </p>
    </div>
  );
}

/** Products already chosen for comparison (`ids`, as the compare page takes them), at most four. */
function chosenSlugs(raw: string | string[] | undefined): string[] {
  const slugs = [raw ?? []]
    .flat()
    .flatMap((v) => v.split(","))
    .map((v) => v.trim());
  return [...new Set(slugs.filter((v) => /^[a-z0-9-]{1,80}$/.test(v)))].slice(0, 4);
}

export default async function MarketplacePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const { query } = parseListingQuery(params);
  const result = searchProducts(query);
  const extra = extraEvidenceBySlug(result.items.map((item) => item.slug));
  // Chosen on the compare page or a product page, and kept while the visitor filters and pages.
  const chosen = getPublishedProducts(chosenSlugs(params.ids));
  const chosenElsewhere = chosen.filter((c) => !result.items.some((i) => i.slug === c.slug));
  const withChosen = (href: string) => (chosen.length ? `${href}${href.includes("?") ? "&" : "?"}ids=${chosen.map((c) => c.slug).join(",")}` : href);
  const bbs = getBuildingBlocks();
  const bbTitles = new Map(bbs.map((b) => [b.id, bbLabel(b)]));
  const counts = result.facetCounts;
  // Selected values stay visible even when the current results hold none of them.
  const opts = (key: keyof typeof counts, values: readonly string[], label: (v: string) => string, selected: string[] = []): Option[] =>
    values.filter((v) => (counts[key][v] ?? 0) > 0 || selected.includes(v)).map((v) => ({ value: v, label: label(v), count: counts[key][v] ?? 0 }));
  const countryCodes = [...new Set([...Object.keys(counts.country), ...query.country])].sort((a, b) =>
    (countryName(a) ?? a).localeCompare(countryName(b) ?? b),
  );
  const link = (patch: Partial<ListingQuery>) => withChosen(`/marketplace${listingQueryToSearch({ ...query, ...patch })}`);
  const apiSearch = listingQueryToSearch({ ...query, page: 1 });
  const activeFilters = (query.level ? 1 : 0) + (["bb", "uc", "licence", "dpg", "country", "hosting"] as const).reduce((n, k) => n + query[k].length, 0);
  const filtersActive = query.q || activeFilters > 0;

  return (
    <>
      <h1 className="text-3xl">Marketplace</h1>
      <p className="mt-2 max-w-3xl">
        Products that implement GovStack Building Blocks. Each listing says how its claims were checked: reported by the vendor, checked by a reviewer, or
        verified by tests.
      </p>
      {/* Folded so that on a phone the results still start within the first screen. */}
      <details className="mt-2 max-w-3xl">
        <summary className="cursor-pointer text-brand-700 underline">How compliance levels are worked out</summary>
        <p className="mt-1">
          Compliance levels follow GovStack&apos;s rule: Level 1 when more than half of a Building Block&apos;s required requirements are met, Level 2 when more
          than 90% are, counted on the current version of the portal&apos;s requirement list for that Building Block (which includes every required item of
          GovStack&apos;s own specification).
        </p>
      </details>
      <p className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
        <Link href="/marketplace/finder" className="font-semibold">
          Not sure where to start? Answer four questions: which product fits?
        </Link>
        <Link href="/marketplace/works-with">Works with: what has run together</Link>
        <Link href="/vendor">List your product</Link>
        {/* About 40 filter controls sit before the list on wide screens: keyboard users can jump past them. */}
        <a href="#results-heading" className="hidden lg:inline">
          Skip the filters, go to the results
        </a>
      </p>

      <div className="mt-4 grid gap-4 lg:mt-6 lg:grid-cols-[18rem_1fr] lg:gap-8">
        <FiltersDisclosure active={activeFilters}>
          <form method="get" action="/marketplace" className="space-y-4" aria-label="Search and filter products">
            <div>
              <label htmlFor="q" className="block font-semibold">
                Search products
              </label>
              <input id="q" name="q" type="search" defaultValue={query.q} className="mt-1 w-full rounded-sm border-2 border-ink px-2 py-1" />
            </div>
            <div>
              <label htmlFor="sort" className="block font-semibold">
                Sort by
              </label>
              <select id="sort" name="sort" defaultValue={query.sort} className="mt-1 w-full rounded-sm border-2 border-ink bg-white px-2 py-1">
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
            <button type="submit" className="rounded-sm bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900">
              Apply filters
            </button>
            <FacetGroup
              name="bb"
              legend="Building Block"
              selected={query.bb}
              options={opts(
                "bb",
                bbs.map((b) => b.id),
                (v) => bbTitles.get(v) ?? v,
                query.bb,
              )}
            />
            <fieldset className="border-t border-line pt-3">
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
              <p className="mt-1 text-sm text-muted">
                With Building Blocks selected, the level applies to them. Levels come from a vendor&apos;s answers to each requirement; seed listings have no
                answers, so they have no level.
              </p>
            </fieldset>
            <FacetGroup name="uc" legend="Use case" selected={query.uc} options={opts("uc", USE_CASE_IDS, (v) => getUseCaseTitles()[v] ?? v, query.uc)} />
            <FacetGroup
              name="licence"
              legend="Licence type"
              selected={query.licence}
              options={opts("licence", LICENCE_TYPES, (v) => LICENCE_TYPE_LABELS[v as "proprietary"], query.licence)}
            />
            <FacetGroup
              name="dpg"
              legend="Digital public good status"
              selected={query.dpg}
              options={opts("dpg", DPG_STATUSES, (v) => DPG_LABELS[v as "dpg"], query.dpg)}
            />
            <FacetGroup
              name="hosting"
              legend="Hosting"
              selected={query.hosting}
              options={opts("hosting", ["self-hosted", "saas"], (v) => (v === "saas" ? "As a service" : "Self-hosted"), query.hosting)}
            />
            <FacetGroup
              name="country"
              legend="Deployed in"
              selected={query.country}
              options={opts("country", countryCodes, (v) => countryName(v) ?? v, query.country)}
            />
            <button type="submit" className="rounded-sm bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900">
              Apply filters
            </button>
          </form>
        </FiltersDisclosure>

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
          {result.items.length === 0 ? <NoResults query={query} clearLevel={link({ level: 0, page: 1 })} /> : null}
          {result.items.length || chosenElsewhere.length ? (
            <form method="get" action="/marketplace/compare" className="mt-4">
              <p className="mb-3 text-sm">Tick up to four products, on any page or search: they stay in the compare tray at the foot of the window.</p>
              {/* Without JavaScript, products chosen on other pages travel with the form. */}
              {chosenElsewhere.map((c) => (
                <input key={c.slug} type="hidden" name="ids" value={c.slug} />
              ))}
              <ul className="space-y-4">
                {result.items.map((item) => (
                  <li key={item.slug}>
                    <ProductCard item={item} bbTitles={bbTitles} extra={extra.get(item.slug)}>
                      <CompareToggle slug={item.slug} name={item.name} checked={chosen.some((c) => c.slug === item.slug)} />
                    </ProductCard>
                  </li>
                ))}
              </ul>
              <CompareFallbackButton />
            </form>
          ) : null}
          {result.pageCount > 1 ? (
            <nav aria-label="Pages of results" className="mt-6 flex flex-wrap items-center gap-4">
              {result.page > 1 ? (
                <Link href={link({ page: result.page - 1 })} rel="prev">
                  Previous page
                </Link>
              ) : null}
              <span>
                Page {result.page} of {result.pageCount}
              </span>
              {result.page < result.pageCount ? (
                <Link href={link({ page: result.page + 1 })} rel="next">
                  Next page
                </Link>
              ) : null}
            </nav>
          ) : null}
        </section>
      </div>
      <CompareTray fromUrl={chosen.map((c) => ({ slug: c.slug, name: c.name }))} />
    </>
  );
}
