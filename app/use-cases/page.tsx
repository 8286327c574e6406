import type { Metadata } from "next";
import Link from "next/link";
import { bbTitle } from "@/components/use-cases/bb-links";
import { Pictogram } from "@/components/use-cases/pictogram";
import { getUseCases } from "@/lib/content/use-cases";

export const metadata: Metadata = {
  title: "Use cases",
  description: "Five government services built from shared GovStack Building Blocks, told step by step.",
};

export default function UseCasesPage() {
  const useCases = getUseCases();
  return (
    <>
      <h1 className="text-3xl">Use cases</h1>
      <p className="mt-3 max-w-3xl text-lg">
        Five real government services, told step by step: who does what, what they see on their screen, and which shared Building Blocks do the work behind it.
        The same blocks come back again and again.
      </p>
      <p className="mt-2">
        <Link href="/use-cases/matrix">See which Building Blocks each use case reuses</Link>
      </p>
      <ul className="mt-8 grid gap-6 md:grid-cols-2" aria-label="Use cases">
        {useCases.map((uc) => (
          <li key={uc.id} className="flex flex-col rounded-md border border-line p-5">
            <div className="flex items-start gap-4">
              <span className="shrink-0 rounded-md bg-brand-50 p-2 text-brand-700">
                <Pictogram sector={uc.sector} />
              </span>
              <div>
                <h2 className="text-xl">
                  <Link href={`/use-cases/${uc.id}`}>{uc.title}</Link>
                </h2>
                <p className="text-sm text-muted">
                  {uc.code} · <span data-testid="step-count">{uc.steps.length} steps</span>
                </p>
              </div>
            </div>
            <p className="mt-3">{uc.summary}</p>
            <p className="mt-3 text-sm text-muted">
              <span className="font-semibold text-ink">Building Blocks: </span>
              {uc.buildingBlocks.map(bbTitle).join(", ")}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
