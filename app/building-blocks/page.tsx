import type { Metadata } from "next";
import Link from "next/link";
import { SelectField } from "@/components/ui/select-field";
import { StatusBadge, STATUS_LABELS } from "@/components/building-blocks/status-badge";
import { getBuildingBlocks, LAYER_LABELS, type BuildingBlock } from "@/lib/content/building-blocks";
import { LAYERS, STATUSES, type Layer } from "@/lib/content/schema";

export const metadata: Metadata = {
  title: "Building Block specifications",
  description: "Every GovStack Building Block: what it does, its requirements and its API contract.",
};

// Mediation first: every other block talks through it.
const LAYER_ORDER: Layer[] = ["mediation", "foundational", "common-application", "infrastructure"];

type Filters = { layer?: Layer; status?: BuildingBlock["status"]; q: string };

function readFilters(params: Record<string, string | string[] | undefined>): Filters {
  const one = (key: string) => (Array.isArray(params[key]) ? params[key][0] : params[key]) ?? "";
  const layer = one("layer");
  const status = one("status");
  return {
    layer: (LAYERS as readonly string[]).includes(layer) ? (layer as Layer) : undefined,
    status: (STATUSES as readonly string[]).includes(status) ? (status as BuildingBlock["status"]) : undefined,
    q: one("q").trim().slice(0, 100),
  };
}

function matches(bb: BuildingBlock, f: Filters): boolean {
  if (f.layer && bb.layer !== f.layer) return false;
  if (f.status && bb.status !== f.status) return false;
  if (!f.q) return true;
  const haystack = `${bb.title} ${bb.id} ${bb.summary}`.toLowerCase();
  return f.q
    .toLowerCase()
    .split(/\s+/)
    .every((word) => haystack.includes(word));
}

export default async function CataloguePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const filters = readFilters(await searchParams);
  const all = getBuildingBlocks();
  const shown = all.filter((bb) => matches(bb, filters));
  const filtered = Boolean(filters.layer || filters.status || filters.q);

  return (
    <>
      <h1 className="text-3xl">Building Block specifications</h1>
      <p className="mt-3 max-w-3xl text-lg">
        A Building Block is a reusable piece of digital government, such as identity, payments or messaging. Each specification says what the block must do,
        lists its requirements and publishes the API other blocks call.
      </p>

      <form method="get" action="/building-blocks" className="mt-6 rounded-sm border border-line bg-surface-filter p-4" aria-labelledby="filter-heading">
        <h2 id="filter-heading" className="text-lg">
          Filter the catalogue
        </h2>
        <div className="mt-3 grid gap-4 sm:grid-cols-[1fr_1fr_2fr_auto] sm:items-end">
          <SelectField
            id="filter-layer"
            name="layer"
            label="Layer"
            defaultValue={filters.layer ?? ""}
            emptyOption="All layers"
            options={LAYER_ORDER.map((layer) => ({ value: layer, label: LAYER_LABELS[layer] }))}
            wide
          />
          <SelectField
            id="filter-status"
            name="status"
            label="Status"
            defaultValue={filters.status ?? ""}
            emptyOption="Any status"
            options={STATUSES.map((status) => ({ value: status, label: STATUS_LABELS[status] }))}
            wide
          />
          <div>
            <label htmlFor="filter-q" className="block font-semibold">
              Name or description contains
            </label>
            <input
              id="filter-q"
              name="q"
              type="text"
              defaultValue={filters.q}
              maxLength={100}
              className="mt-1 w-full rounded-sm border-2 border-ink bg-white px-2 py-1.5"
            />
          </div>
          <div className="flex items-center gap-4">
            <button type="submit" className="rounded-sm bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900">
              Apply filters
            </button>
            {filtered ? <Link href="/building-blocks">Clear filters</Link> : null}
          </div>
        </div>
      </form>

      <p className="mt-6" role="status">
        {filtered ? `Showing ${shown.length} of ${all.length} Building Blocks.` : `${all.length} Building Blocks.`}
      </p>

      {shown.length === 0 ? (
        <p className="mt-4">
          No Building Block matches these filters. <Link href="/building-blocks">Show all Building Blocks</Link>.
        </p>
      ) : null}

      {LAYER_ORDER.map((layer) => {
        const blocks = shown.filter((bb) => bb.layer === layer);
        if (blocks.length === 0) return null;
        return (
          <section key={layer} aria-labelledby={`layer-${layer}`} className="mt-10">
            <h2 id={`layer-${layer}`} className="text-2xl">
              {LAYER_LABELS[layer]}
            </h2>
            <ul className="mt-4 grid gap-4 md:grid-cols-2">
              {blocks.map((bb) => (
                <li key={bb.id} className="flex flex-col rounded-sm border border-line p-4" data-bb={bb.id}>
                  <div className="flex flex-wrap items-center justify-between gap-2">
                    <h3 className="text-lg">
                      <Link href={`/building-blocks/${bb.id}`}>{bb.title}</Link>
                    </h3>
                    <StatusBadge status={bb.status} />
                  </div>
                  <p className="mt-2 flex-1">{bb.summary}</p>
                  <p className="mt-3 text-sm text-muted">
                    Version {bb.version}
                    {bb.requirements.length > 0 ? ` · ${bb.requirements.length} requirements` : ""}
                    {bb.hasApi ? " · API contract and sandbox" : ""}
                  </p>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
