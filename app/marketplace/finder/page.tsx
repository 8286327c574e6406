import type { Metadata } from "next";
import Link from "next/link";
import { CompareToggle, CompareTray } from "@/components/marketplace/compare-tray";
import { EvidenceSummaryView } from "@/components/marketplace/evidence-summary";
import { SeedTag } from "@/components/marketplace/badges";
import { listFinderCandidates } from "@/db/marketplace/catalogue";
import { getBuildingBlocks } from "@/lib/content/building-blocks";
import { getUseCase, getUseCases } from "@/lib/content/use-cases";
import { EVIDENCE_KIND_INFO, EVIDENCE_KINDS } from "@/lib/marketplace/evidence";
import { parseFinderQuery, rankProducts, type FinderAnswer, type FinderQuery } from "@/lib/marketplace/finder";
import { bbLabel, LICENCE_TYPE_LABELS, LICENCE_TYPES } from "@/lib/marketplace/options";

export const metadata: Metadata = {
  title: "Which product fits? · Marketplace",
  description: "Answer four questions about what you need; get the marketplace's products ranked, with the reasons each one is there.",
};

type Params = Record<string, string | string[] | undefined>;

const box = "mt-1 size-4 shrink-0";
const fieldset = "rounded border border-line p-4";

function Choice({
  type,
  name,
  value,
  checked,
  label,
  hint,
}: {
  type: "radio" | "checkbox";
  name: string;
  value: string;
  checked: boolean;
  label: string;
  hint?: string;
}) {
  return (
    <li>
      <label className="flex items-start gap-2">
        <input type={type} name={name} value={value} defaultChecked={checked} className={box} />
        <span>
          {label}
          {hint ? <span className="block text-sm text-muted">{hint}</span> : null}
        </span>
      </label>
    </li>
  );
}

/** Why nothing fits, from the requirement that left the most products out, with a way to relax it. */
function NothingFits({ answer, query, relax }: { answer: FinderAnswer; query: FinderQuery; relax: (patch: Partial<FinderQuery>) => string }) {
  const { leftOut } = answer;
  const noneHasKind = query.evidence && !answer.kindsWithProducts.includes(query.evidence);
  return (
    <div className="mt-3 max-w-2xl border-l-4 border-brand-600 pl-3">
      <p className="font-semibold">No product fits all your answers.</p>
      <ul className="mt-1 list-disc space-y-1 pl-6">
        {noneHasKind ? (
          <li>
            No product in the marketplace has “{EVIDENCE_KIND_INFO[query.evidence as "use-case"].label}” evidence yet.{" "}
            {EVIDENCE_KIND_INFO[query.evidence as "use-case"].explain} <Link href={relax({ evidence: "" })}>Show products with any evidence</Link>
          </li>
        ) : leftOut.evidence ? (
          <li>
            {leftOut.evidence} product{leftOut.evidence === 1 ? "" : "s"} would fit but lack{leftOut.evidence === 1 ? "s" : ""} the evidence you asked for.{" "}
            <Link href={relax({ evidence: "" })}>Show them</Link>
          </li>
        ) : null}
        {leftOut.licence ? (
          <li>
            {leftOut.licence} left out by the licence. <Link href={relax({ licence: [] })}>Accept any licence</Link>
          </li>
        ) : null}
        {leftOut.hosting ? (
          <li>
            {leftOut.hosting} left out by where it runs. <Link href={relax({ hosting: "any" })}>Any hosting</Link>
          </li>
        ) : null}
        {leftOut.coverage ? <li>{leftOut.coverage} cover none of the Building Blocks you need.</li> : null}
      </ul>
    </div>
  );
}

export default async function FinderPage({ searchParams }: { searchParams: Promise<Params> }) {
  const { query, errors, asked } = parseFinderQuery(await searchParams);
  const bbs = getBuildingBlocks();
  const titles = new Map(bbs.map((b) => [b.id, bbLabel(b)]));
  const useCases = getUseCases();
  const useCase = query.uc ? getUseCase(query.uc) : undefined;
  const needed = [...new Set([...query.bb.filter((b) => titles.has(b)), ...(useCase?.buildingBlocks ?? [])])];
  const answer = asked ? rankProducts(listFinderCandidates(), query, needed, titles) : undefined;
  const toSearch = (q: FinderQuery) => {
    const s = new URLSearchParams();
    if (q.uc) s.set("uc", q.uc);
    for (const b of q.bb) s.append("bb", b);
    for (const l of q.licence) s.append("licence", l);
    if (q.evidence) s.set("evidence", q.evidence);
    // Always present, so the link counts as an answered finder even with every answer at its default.
    s.set("hosting", q.hosting);
    return `/marketplace/finder?${s}#results`;
  };
  const relax = (patch: Partial<FinderQuery>) => toSearch({ ...query, ...patch });
  const available = new Set(answer?.kindsWithProducts ?? []);

  return (
    <>
      <p className="text-sm">
        <Link href="/marketplace">Marketplace</Link>
      </p>
      <h1 className="mt-2 text-3xl">Which product fits?</h1>
      <p className="mt-2 max-w-3xl">
        Answer four questions. We rank the products in the marketplace against your answers and say why each one is on the list, and what to check before you
        rely on it. Nothing here is an endorsement.
      </p>
      {errors.length ? (
        <p role="alert" className="mt-3 border-l-4 border-error pl-3">
          Some answers in the address were not understood and were left out: {errors.join("; ")}.
        </p>
      ) : null}

      {answer ? (
        <section aria-labelledby="results" className="mt-6">
          <h2 id="results" tabIndex={-1} className="text-2xl">
            {answer.results.length === 1 ? "1 product fits" : `${answer.results.length} products fit`}
          </h2>
          {needed.length ? <p className="mt-1">You need: {needed.map((id) => titles.get(id) ?? id).join(", ")}.</p> : null}
          {answer.results.length === 0 ? <NothingFits answer={answer} query={query} relax={relax} /> : null}
          <ol className="mt-4 space-y-4">
            {answer.results.map((r, i) => (
              <li key={r.slug} className="rounded border border-line p-4">
                <div className="flex flex-wrap items-baseline justify-between gap-x-4">
                  <h3 className="text-lg">
                    <span className="mr-1 text-muted">{i + 1}.</span>
                    <Link href={`/marketplace/products/${r.slug}`}>{r.name}</Link>
                  </h3>
                  {r.isSeed ? <SeedTag /> : null}
                </div>
                <p className="text-sm text-muted">by {r.organisationName}</p>
                <EvidenceSummaryView claims={r.claims} isSeed={r.isSeed} bbTitles={titles} />
                <p className="mt-2">{r.summary}</p>
                <div className="mt-2 grid gap-3 text-sm md:grid-cols-2">
                  <div>
                    <h4 className="font-semibold">Why it is here</h4>
                    <ul className="list-disc pl-5">
                      {r.reasons.map((reason) => (
                        <li key={reason}>{reason}</li>
                      ))}
                    </ul>
                  </div>
                  {r.gaps.length ? (
                    <div>
                      <h4 className="font-semibold">Check before relying on it</h4>
                      <ul className="list-disc pl-5">
                        {r.gaps.map((gap) => (
                          <li key={gap}>{gap}</li>
                        ))}
                      </ul>
                    </div>
                  ) : null}
                </div>
                <CompareToggle slug={r.slug} name={r.name} checked={false} />
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      <form method="get" action="/marketplace/finder#results" className="mt-8 max-w-3xl space-y-5" aria-label="Your needs">
        <h2 className="text-2xl">{answer ? "Change your answers" : "Your needs"}</h2>
        <fieldset className={fieldset}>
          <legend className="px-1 text-lg font-semibold">1. What do you want to build?</legend>
          <p className="text-sm">Pick a use case, or the Building Blocks you need, or both.</p>
          <ul className="mt-2 space-y-1">
            <Choice type="radio" name="uc" value="" checked={!query.uc} label="No particular use case" />
            {useCases.map((u) => (
              <Choice
                key={u.id}
                type="radio"
                name="uc"
                value={u.id}
                checked={query.uc === u.id}
                label={u.title}
                hint={`Needs ${u.buildingBlocks.map((b) => titles.get(b) ?? b).join(", ")}`}
              />
            ))}
          </ul>
          <fieldset className="mt-3">
            <legend className="font-semibold">Building Blocks you need</legend>
            <ul className="mt-1 grid gap-1 sm:grid-cols-2">
              {bbs.map((b) => (
                <Choice
                  key={b.id}
                  type="checkbox"
                  name="bb"
                  value={b.id}
                  checked={query.bb.includes(b.id)}
                  label={b.title}
                  hint={b.status === "published" ? undefined : `${b.status === "draft" ? "Draft" : "Planned"} specification: no levels yet`}
                />
              ))}
            </ul>
          </fieldset>
        </fieldset>
        <fieldset className={fieldset}>
          <legend className="px-1 text-lg font-semibold">2. Where will it run?</legend>
          <ul className="mt-1 space-y-1">
            <Choice type="radio" name="hosting" value="any" checked={query.hosting === "any"} label="Either is fine" />
            <Choice
              type="radio"
              name="hosting"
              value="self-hosted"
              checked={query.hosting === "self-hosted"}
              label="On our own servers or government cloud (self-hosted)"
            />
            <Choice type="radio" name="hosting" value="saas" checked={query.hosting === "saas"} label="Run for us by a provider (as a service)" />
          </ul>
        </fieldset>
        <fieldset className={fieldset}>
          <legend className="px-1 text-lg font-semibold">3. Which licences can you accept?</legend>
          <p className="text-sm">Tick none to accept any.</p>
          <ul className="mt-1 space-y-1">
            {LICENCE_TYPES.map((l) => (
              <Choice key={l} type="checkbox" name="licence" value={l} checked={query.licence.includes(l)} label={LICENCE_TYPE_LABELS[l]} />
            ))}
          </ul>
        </fieldset>
        <fieldset className={fieldset}>
          <legend className="px-1 text-lg font-semibold">4. How sure do you need to be?</legend>
          <p className="text-sm">The least evidence a product must have for the Building Blocks you need. Stronger evidence always counts.</p>
          <ul className="mt-1 space-y-1">
            <Choice type="radio" name="evidence" value="" checked={!query.evidence} label="Show everything, including listings nobody has assessed" />
            {[...EVIDENCE_KINDS].reverse().map((k) => (
              <Choice
                key={k}
                type="radio"
                name="evidence"
                value={k}
                checked={query.evidence === k}
                label={`At least: ${EVIDENCE_KIND_INFO[k].label.toLowerCase()}`}
                hint={`${EVIDENCE_KIND_INFO[k].explain}${answer && !available.has(k) ? " No product has this evidence yet." : ""}`}
              />
            ))}
          </ul>
        </fieldset>
        <button type="submit" className="rounded-sm bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900">
          Show products that fit
        </button>
      </form>
      <CompareTray />
    </>
  );
}
