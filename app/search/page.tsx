import type { Metadata } from "next";
import Link from "next/link";
import { LevelBadge } from "@/components/building-blocks/status-badge";
import { searchContent, type SnippetPart } from "@/lib/content/search";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function readQuery(params: Record<string, string | string[] | undefined>): string {
  const q = params.q;
  return (Array.isArray(q) ? q[0] : q)?.trim().slice(0, 200) ?? "";
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const q = readQuery(await searchParams);
  return { title: q ? `Search results for “${q}”` : "Search", robots: { index: false } };
}

const KIND_LABELS = { section: "Specification", requirement: "Requirement", "use-case": "Use case", step: "Use case step" } as const;

function Highlighted({ parts }: { parts: SnippetPart[] }) {
  return parts.map((part, i) =>
    part.mark ? (
      <mark key={i} className="bg-mark px-0.5 text-ink">
        {part.text}
      </mark>
    ) : (
      part.text
    ),
  );
}

export default async function SearchPage({ searchParams }: Props) {
  const q = readQuery(await searchParams);
  const hits = searchContent(q);
  return (
    <>
      <h1 className="text-3xl">Search specifications and use cases</h1>
      <form method="get" action="/search" role="search" className="mt-4 flex max-w-xl flex-wrap gap-2">
        <label htmlFor="search-q" className="w-full font-semibold">
          Words, a requirement id (such as PAY-FN-01) or an API path
        </label>
        <input id="search-q" name="q" type="search" defaultValue={q} maxLength={200} className="min-w-0 flex-1 rounded-sm border-2 border-ink px-2 py-1.5" />
        <button type="submit" className="rounded-sm bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900">
          Search
        </button>
      </form>

      {q ? (
        <p className="mt-6" role="status">
          {hits.length === 0 ? `No results for “${q}”.` : `${hits.length}${hits.length === 40 ? "+" : ""} result${hits.length === 1 ? "" : "s"} for “${q}”.`}
        </p>
      ) : (
        <p className="mt-6">Search every Building Block specification and requirement, and the use cases and their steps.</p>
      )}
      {q && hits.length === 0 ? (
        <div className="mt-2">
          <p>
            Try fewer or different words, or browse <Link href="/building-blocks">all specifications</Link>.
          </p>
        </div>
      ) : null}

      <ol className="mt-4 max-w-3xl space-y-5">
        {hits.map((hit) => (
          <li key={hit.document.id} className="border-b border-line pb-4">
            <p className="text-sm text-muted">
              {hit.document.bbTitle} · {KIND_LABELS[hit.document.kind]}
            </p>
            <h2 className="mt-1 text-lg">
              <a href={hit.document.href}>
                <Highlighted parts={hit.title} />
              </a>{" "}
              {hit.document.level ? <LevelBadge level={hit.document.level} /> : null}
            </h2>
            <p className="mt-1">
              <Highlighted parts={hit.snippet} />
            </p>
          </li>
        ))}
      </ol>
    </>
  );
}
