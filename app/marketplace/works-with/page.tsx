import type { Metadata } from "next";
import Link from "next/link";
import { bbTitle } from "@/components/use-cases/bb-links";
import { worksWithGrid, type UseCaseSteps, type WorksWithRow, type WorksWithRun } from "@/db/works-with";
import { getUseCases, getUseCaseTitles } from "@/lib/content/use-cases";
import { TableScroll } from "@/components/ui/table-scroll";

export const metadata: Metadata = {
  title: "Works with · Marketplace",
  description: "Which products have run together with which Building Blocks in a live GovStack use case, from passed swap-in runs in the sandbox.",
};

// New evidence arrives whenever a visitor plays a use case: never serve a build-time copy.
export const dynamic = "force-dynamic";

const STICKY = "sticky left-0 z-10 w-32 min-w-32 border border-line bg-white p-2 text-left align-top shadow-[1px_0_0_var(--color-line)] sm:w-48";

function Cell({ runs, titles }: { runs: WorksWithRun[] | undefined; titles: Record<string, string> }) {
  if (!runs?.length)
    return (
      <>
        <span aria-hidden="true">–</span>
        <span className="sr-only">No run yet</span>
      </>
    );
  return (
    <ul className="space-y-1">
      {runs.map((r) => (
        <li key={r.useCaseId}>
          {r.played ? <strong>Played it in </strong> : null}
          <Link href={`/evidence/use-cases/${r.evidenceId}`}>{titles[r.useCaseId] ?? r.useCaseId}</Link>
        </li>
      ))}
    </ul>
  );
}

/** One product: its name, then what it played or ran with under each Building Block. */
function ProductRow({ row, bbIds, titles }: { row: WorksWithRow; bbIds: string[]; titles: Record<string, string> }) {
  return (
    <tr>
      <th scope="row" className={STICKY}>
        <Link href={`/marketplace/products/${row.productSlug}`}>{row.productName}</Link>
      </th>
      {bbIds.map((bb) => (
        <td key={bb} className="border border-line p-2 align-top">
          <Cell runs={row.cells[bb]} titles={titles} />
        </td>
      ))}
    </tr>
  );
}

/** The works-with grid (#17): products by the Building Blocks they have run with, from passed swap-in evidence. */
export default function WorksWithPage() {
  const useCases: UseCaseSteps = Object.fromEntries(getUseCases().map((uc) => [uc.id, uc.steps.map((s) => s.buildingBlocks)]));
  const grid = worksWithGrid(useCases);
  const titles = getUseCaseTitles();
  const bbIds = [...grid.bbIds].sort((a, b) => bbTitle(a).localeCompare(bbTitle(b)));
  return (
    <>
      <p className="text-sm">
        <Link href="/marketplace">Marketplace</Link>
      </p>
      <h1 className="mt-2 text-3xl">Works with</h1>
      <p className="mt-3 max-w-3xl">
        Which products have run together with which Building Blocks in a live GovStack use case. Each entry rests on a passed run in the portal&apos;s sandbox:
        the product played one Building Block in place of the reference mock, every step that uses it passed, and the other Building Blocks of those steps ran
        with it. Each use case links to the calls it rests on.
      </p>
      <p className="mt-2 max-w-3xl">
        The other Building Blocks in a run are the portal&apos;s reference mocks unless the visitor had swapped in another product as well. When two products
        answered calls in the same passed run, they appear together under <a href="#pairs-heading">Products that have run together</a>.
      </p>
      {grid.rows.length === 0 ? (
        <div className="mt-6 max-w-3xl border-l-4 border-brand-600 pl-3">
          <p className="font-semibold">No product has run in a use case yet.</p>
          <p className="mt-1">
            A published product whose endpoint passes a Building Block&apos;s required tests can play that Building Block in a use case in the sandbox. When
            every step that uses it passes, the product appears here. <Link href="/use-cases">Try a use case</Link> or{" "}
            <Link href="/vendor">test your product</Link>.
          </p>
        </div>
      ) : (
        <>
          {/* The heading sits outside the scrolling region so that it wraps on a phone instead of scrolling away. */}
          <h2 id="works-with-heading" className="mt-6 text-xl">
            Products (rows) and the Building Blocks (columns) they played or ran with, by use case
          </h2>
          <p className="mt-1 text-sm md:hidden">On a small screen, scroll the table sideways: the product names stay in place.</p>
          <TableScroll className="mt-3" labelledBy="works-with-heading">
            <table className="w-full border-collapse text-sm" style={{ minWidth: `${8 + bbIds.length * 7}rem` }}>
              <caption className="sr-only">Products (rows) and the Building Blocks (columns) they played or ran with, by use case</caption>
              <thead>
                <tr>
                  <th scope="col" className={STICKY}>
                    Product
                  </th>
                  {bbIds.map((bb) => (
                    <th key={bb} scope="col" className="border border-line p-2 text-left align-top">
                      {bbTitle(bb)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {grid.rows.map((row) => (
                  <ProductRow key={row.productId} row={row} bbIds={bbIds} titles={titles} />
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      )}
      <h2 id="pairs-heading" className="mt-10 text-xl">
        Products that have run together
      </h2>
      {grid.pairs.length === 0 ? (
        <p className="mt-2 max-w-3xl">
          No two products have run in the same journey yet. In a use case&apos;s cast, let a different product play each of two Building Blocks, then play the
          journey: when its steps pass, the pair appears here.
        </p>
      ) : (
        <ul className="mt-3 max-w-3xl space-y-3">
          {grid.pairs.map((pair) => (
            <li key={pair.members.map((m) => `${m.productId}:${m.bbId}`).join("+")} className="border-l-4 border-line pl-3">
              {pair.members.map((m, i) => (
                <span key={m.productId + m.bbId}>
                  {i > 0 ? " with " : null}
                  <Link href={`/marketplace/products/${m.productSlug}`}>{m.productName}</Link> (playing {bbTitle(m.bbId)})
                </span>
              ))}
              <span className="block text-sm">
                In{" "}
                {pair.runs.map((r, i) => (
                  <span key={r.useCaseId}>
                    {i > 0 ? ", " : null}
                    <Link href={`/evidence/use-cases/${r.evidenceId}`}>{titles[r.useCaseId] ?? r.useCaseId}</Link>
                  </span>
                ))}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
