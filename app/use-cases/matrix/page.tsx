import type { Metadata } from "next";
import Link from "next/link";
import { bbTitle } from "@/components/use-cases/bb-links";
import { Breadcrumbs } from "@/components/use-cases/breadcrumbs";
import { buildMatrix } from "@/lib/content/use-case-matrix";
import { getUseCases } from "@/lib/content/use-cases";
import { TableScroll } from "@/components/ui/table-scroll";

export const metadata: Metadata = {
  title: "Building Blocks across use cases",
  description: "Which Building Blocks each of the five use cases uses, step by step: the same blocks serve every service.",
};

export default function MatrixPage() {
  const useCases = getUseCases();
  const rows = buildMatrix(useCases);
  const everywhere = rows.filter((r) => r.useCaseCount === useCases.length).length;
  const cell = "border border-line p-2 align-top";
  return (
    <>
      <Breadcrumbs items={[{ href: "/use-cases", label: "Use cases" }, { label: "Building Blocks across use cases" }]} />
      <h1 className="text-3xl">Building Blocks across use cases</h1>
      <p className="mt-3 max-w-3xl text-lg">
        {everywhere} of {rows.length} Building Blocks are used by all {useCases.length} use cases. A country that builds them once can run a health programme, a
        farmers&rsquo; marketplace, a cash transfer and an online school on them.
      </p>
      <p className="mt-2 max-w-3xl">
        Each cell lists the journey steps that use the Building Block; a dash means it is not used. This counts the steps of the journeys on this portal: the
        official texts name Digital Registries only for the two agriculture use cases, but the other journeys store their records in it too.
      </p>
      <h2 id="matrix-title" className="mt-6 text-xl">
        Journey steps that use each Building Block, by use case
      </h2>
      <TableScroll className="mt-3" labelledBy="matrix-title">
        <table className="min-w-[48rem] border-collapse text-left">
          <caption className="sr-only">Journey steps that use each Building Block, by use case</caption>
          <thead>
            <tr className="bg-brand-50">
              <th scope="col" className={cell}>
                Building Block
              </th>
              {useCases.map((uc) => (
                <th key={uc.id} scope="col" className={cell}>
                  <Link href={`/use-cases/${uc.id}`}>{uc.title}</Link>
                  <span className="block text-sm font-normal">{uc.code}</span>
                </th>
              ))}
              <th scope="col" className={cell}>
                Use cases
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.bb}>
                <th scope="row" className={cell}>
                  <Link href={`/building-blocks/${row.bb}`}>{bbTitle(row.bb)}</Link>
                </th>
                {useCases.map((uc) => {
                  const steps = row.cells[uc.id] ?? [];
                  return (
                    <td key={uc.id} className={cell}>
                      {steps.length === 0 ? (
                        <>
                          <span aria-hidden="true">—</span>
                          <span className="sr-only">not used</span>
                        </>
                      ) : (
                        <ul className="flex flex-wrap gap-x-2">
                          {steps.map((n) => (
                            <li key={n}>
                              <Link
                                href={`/use-cases/${uc.id}/steps/${n}`}
                                aria-label={`${uc.title} step ${n}: ${uc.steps[n - 1]!.title}`}
                                className="inline-flex min-h-6 min-w-6 items-center justify-center"
                              >
                                {n}
                              </Link>
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  );
                })}
                <td className={cell} data-testid={`reuse-${row.bb}`}>
                  {row.useCaseCount} of {useCases.length}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
