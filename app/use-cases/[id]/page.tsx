import type { Metadata } from "next";
import Link from "next/link";
import { govStackSteps } from "@/components/use-cases/govstack-steps";
import { notFound } from "next/navigation";
import { MDXRemote } from "next-mdx-remote-client/rsc";
import { BbLinks, bbTitle } from "@/components/use-cases/bb-links";
import { Breadcrumbs } from "@/components/use-cases/breadcrumbs";
import { JourneyStrip } from "@/components/use-cases/journey-strip";
import { Pictogram } from "@/components/use-cases/pictogram";
import { SdgGoals } from "@/components/use-cases/sdg-goals";
import { MDX_OPTIONS } from "@/lib/content/mdx-options";
import { useCaseStaticParams, type UseCasePageProps } from "@/components/use-cases/route-params";
import { getUseCase, mappingKind, type UseCase } from "@/lib/content/use-cases";
import { TableHeadRow } from "@/components/ui/table-head-row";
import { Section } from "@/components/ui/section";
import { TableScroll } from "@/components/ui/table-scroll";

export const dynamicParams = false;

export const generateStaticParams = useCaseStaticParams;

export async function generateMetadata({ params }: UseCasePageProps): Promise<Metadata> {
  const uc = getUseCase((await params).id);
  return uc ? { title: uc.title, description: uc.summary } : {};
}

const MAPPING_LABEL = { "one-to-one": "Same as GovStack's step", folded: "Combines several GovStack steps", split: "Part of a GovStack step" } as const;

export default async function UseCasePage({ params }: UseCasePageProps) {
  const uc = getUseCase((await params).id);
  if (!uc) notFound();
  const stepNumber = (id: string) => uc.steps.findIndex((s) => s.id === id) + 1;

  return (
    <>
      <Breadcrumbs items={[{ href: "/use-cases", label: "Use cases" }, { label: uc.title }]} />
      <div className="flex items-start gap-4">
        <span className="shrink-0 rounded-md bg-brand-50 p-2 text-brand-700">
          <Pictogram sector={uc.sector} className="h-10 w-10 sm:h-16 sm:w-16" />
        </span>
        {/* min-w-0 and hyphens: a long title word ("Unconditional") must not push a 320 px screen sideways. */}
        <div className="min-w-0">
          <h1 className="text-3xl break-words hyphens-auto">{uc.title}</h1>
          <p className="mt-1 text-muted">
            GovStack reference use case {uc.code}, version {uc.officialVersion}
            {uc.officialTitle ? ` (official title: “${uc.officialTitle}”)` : ""}
          </p>
        </div>
      </div>
      <p className="mt-4 max-w-3xl text-lg">{uc.summary}</p>
      <SdgGoals sdgs={uc.sdgs} />
      <p className="mt-4">
        <Link
          href={`/use-cases/${uc.id}/steps/1`}
          className="inline-block rounded-sm bg-brand-700 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-900 hover:text-white"
        >
          Start the journey: step 1 of {uc.steps.length}
        </Link>{" "}
        <Link
          href={`/use-cases/${uc.id}/play`}
          className="ml-2 inline-block rounded-sm border-2 border-brand-700 px-4 py-1.5 font-semibold no-underline"
          data-testid="play-journey"
        >
          ▶ Play the whole journey
        </Link>
        <Link href={`/use-cases/${uc.id}/cast`} className="ml-4 inline-block">
          Who plays each part: reference mocks or vendors&apos; products
        </Link>
      </p>

      <Section headingId="journey-picture" title="The journey at a glance" className="mt-8">
        <p className="mt-2 max-w-3xl">
          Each step of the journey, in order, and the Building Blocks it uses. Every block is reached through the Information Mediator. Select a step to try it.
        </p>
        <div className="mt-4">
          <JourneyStrip
            useCaseId={uc.id}
            // Every call goes through the Information Mediator, whether or not the step names it.
            steps={uc.steps.map((s) => ({ title: s.title, buildingBlocks: ["information-mediator", ...s.buildingBlocks] }))}
            bbs={journeyBbs(uc).map((id) => ({ id, title: bbTitle(id) }))}
          />
        </div>
      </Section>

      <div className="app-prose mt-8">
        <MDXRemote source={uc.body} options={{ mdxOptions: MDX_OPTIONS }} />
      </div>

      <Section headingId="people" title="The people in this journey" className="mt-10">
        <ul className="mt-4 grid gap-4 md:grid-cols-2">
          {uc.personas.map((p) => (
            <li key={p.id} className="rounded-md border border-line p-4">
              <p className="font-bold">{p.name}</p>
              <p className="text-sm text-muted">
                {p.role}
                {p.kind === "system" ? " (a system, not a person)" : ""}
              </p>
              <p className="mt-2">{p.description}</p>
            </li>
          ))}
        </ul>
      </Section>

      <section aria-labelledby="steps" className="mt-10">
        <h2 id="steps" className="text-2xl">
          The {uc.steps.length} steps
        </h2>
        <ol className="mt-4 space-y-3">
          {uc.steps.map((step, i) => (
            <li key={step.id} className="rounded-md border border-line p-4">
              <p className="font-bold">
                <Link href={`/use-cases/${uc.id}/steps/${i + 1}`}>
                  Step {i + 1}: {step.title}
                </Link>
              </p>
              <p className="mt-1">{step.narrative}</p>
            </li>
          ))}
        </ol>
      </section>

      <MappingTable uc={uc} />

      <Section headingId="unhappy" title="When things go wrong" className="mt-10">
        <p className="mt-2 max-w-3xl">A good service plans for problems. This is what the system does in each case.</p>
        <ul className="mt-4 space-y-3">
          {uc.unhappyPaths.map((u) => (
            <li key={`${u.step}-${u.fault}`} className="rounded-md border-l-4 border-warn bg-outcome-unhappy p-4">
              <p className="font-semibold">
                At <Link href={`/use-cases/${uc.id}/steps/${stepNumber(u.step)}`}>step {stepNumber(u.step)}</Link>: {u.trigger}
              </p>
              <p className="mt-1">{u.response}</p>
            </li>
          ))}
        </ul>
      </Section>

      <Section headingId="bbs" title="Building Blocks used" className="mt-10">
        <div className="mt-3">
          <BbLinks ids={uc.buildingBlocks} />
        </div>
      </Section>
    </>
  );
}

/** The use case's BBs in the order the journey first uses them, the Information Mediator first. */
function journeyBbs(uc: UseCase): string[] {
  return [...new Set(["information-mediator", ...uc.steps.flatMap((s) => s.buildingBlocks)])];
}

/** The journey-to-official step mapping, with notes on folded/split steps and defects in the official text. */
function MappingTable({ uc }: { uc: UseCase }) {
  return (
    <Section headingId="mapping" title="How these steps match the official GovStack text" className="mt-10">
      <p className="mt-2 max-w-3xl">
        The official {uc.code} text has {uc.officialSteps.length} steps; this journey has {uc.steps.length}. Every official step is covered. Where two official
        steps happen together they are <strong>folded</strong> into one step; where one official step describes two different moments it is{" "}
        <strong>split</strong>.
        {uc.officialUrl ? (
          <>
            {" "}
            <a href={uc.officialUrl}>Read the official use cases</a>.
          </>
        ) : null}
      </p>
      {uc.officialNotes.length > 0 && (
        <div className="mt-4 rounded-md border-l-4 border-brand-600 bg-brand-50 p-4">
          <h3 className="text-lg">Notes on the official text</h3>
          <ul className="mt-2 list-disc pl-6">
            {uc.officialNotes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </div>
      )}
      <TableScroll className="mt-4" label="Step mapping table">
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">Journey steps and the official {uc.code} steps they cover</caption>
          <thead>
            <TableHeadRow columns={["Journey step", "GovStack's published steps", "Mapping"]} />
          </thead>
          <tbody>
            {uc.steps.map((step, i) => (
              <tr key={step.id}>
                <th scope="row" className="border border-line p-2 font-normal">
                  <Link href={`/use-cases/${uc.id}/steps/${i + 1}`}>
                    {i + 1}. {step.title}
                  </Link>
                </th>
                <td className="border border-line p-2">
                  {govStackSteps(step.officialSteps)}
                  <span className="block text-sm text-muted">
                    {step.officialSteps.map((n) => uc.officialSteps.find((o) => o.number === n)?.title).join("; ")}
                  </span>
                </td>
                <td className="border border-line p-2">
                  {MAPPING_LABEL[mappingKind(uc, step)]}
                  {step.mappingNote && <span className="block text-sm">{step.mappingNote}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <h3 className="mt-6 text-lg">The official steps as published</h3>
      <ol className="mt-2 list-none space-y-1">
        {uc.officialSteps.map((o) => (
          <li key={o.number}>
            <span className="font-semibold">{o.number}.</span> {o.title}
            {o.note && <span className="text-sm text-muted"> ({o.note})</span>}
            <span className="sr-only">, </span>
            <span className="text-sm">
              {" "}
              → journey step{" "}
              {uc.steps
                .map((s, i) => (s.officialSteps.includes(o.number) ? i + 1 : 0))
                .filter(Boolean)
                .join(" and ")}
            </span>
          </li>
        ))}
      </ol>
      <p className="mt-4 text-sm text-muted">Building Blocks named in the official text and used here: {uc.buildingBlocks.map(bbTitle).join(", ")}.</p>
    </Section>
  );
}
