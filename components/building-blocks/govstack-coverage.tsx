import { govstackCoverage } from "@/lib/content/govstack";
import { TableScroll } from "@/components/ui/table-scroll";
import type { GovstackSpec, Requirement } from "@/lib/content/schema";

const LEVEL_WORDS = { REQUIRED: "Required", RECOMMENDED: "Recommended", OPTIONAL: "Optional" } as const;
const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/**
 * How much of GovStack's own requirement list this spec traces to, per level, and how many of its
 * requirements are portal additions. The numbers are computed from requirements.yaml and govstack.yaml.
 */
export function GovstackCoverage({ spec, requirements, title }: { spec: GovstackSpec; requirements: Requirement[]; title: string }) {
  const rows = govstackCoverage(spec, requirements).filter((r) => r.total > 0);
  const fromGovstack = requirements.filter((r) => r.source && "govstack" in r.source).length;
  const additions = requirements.filter((r) => r.source && "portal" in r.source).length;
  return (
    <div id="govstack-coverage" className="mb-6 max-w-3xl rounded border border-line p-4">
      <h3 id="govstack-coverage-heading" className="text-lg">
        Coverage of GovStack&apos;s {title} specification
      </h3>
      <p className="mt-1">
        GovStack&apos;s specification version {spec.version} lists {Object.keys(spec.items).length} requirements in its sections 5 and 6. Our{" "}
        {requirements.length} requirements are written in our own words: {fromGovstack} trace to GovStack&apos;s items (one of ours may state several of theirs)
        and {additions} are portal additions, each with its reason.
      </p>
      <TableScroll className="mt-3" labelledBy="govstack-coverage-heading">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">GovStack {title} requirements covered here, by level</caption>
          <thead>
            <tr>
              <th scope="col" className="border border-line bg-brand-50 p-2">
                GovStack level
              </th>
              <th scope="col" className="border border-line bg-brand-50 p-2">
                Covered here
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <CoverageRow key={row.level} {...row} />
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p className="mt-2 text-sm text-muted">
        Read from <a href={`https://github.com/${spec.repository}/tree/${spec.commit}/spec`}>{spec.repository}</a> (commit {spec.commit.slice(0, 7)}) on{" "}
        {dateFormat.format(new Date(spec.read))}. Every item GovStack marks as required is present here at the same level; content checks keep it that way.
      </p>
    </div>
  );
}

/** One level: "12 of 14", with a bar for sighted readers (the words carry the same figures). */
function CoverageRow({ level, covered, total }: { level: keyof typeof LEVEL_WORDS; covered: number; total: number }) {
  return (
    <tr>
      <th scope="row" className="border border-line p-2 font-normal">
        {LEVEL_WORDS[level]}
      </th>
      <td className="border border-line p-2">
        <span className="font-semibold">
          {covered} of {total}
        </span>
        <span aria-hidden="true" className="ml-3 inline-block h-2 w-24 rounded-sm bg-brand-50 align-middle">
          <span className="block h-2 rounded-sm bg-brand-700" style={{ width: `${Math.round((covered / total) * 100)}%` }} />
        </span>
      </td>
    </tr>
  );
}
