import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BbLinks, bbTitle } from "@/components/use-cases/bb-links";
import { ProductsForBb } from "@/components/marketplace/products-for-bb";
import { listPublishedProductsForBb } from "@/db/marketplace/catalogue";
import { Breadcrumbs } from "@/components/use-cases/breadcrumbs";
import { govStackSteps } from "@/components/use-cases/govstack-steps";
import { roleAfterName } from "@/components/use-cases/persona-line";
import { StepPlayer } from "@/components/use-cases/player/step-player";
import { StepNavBar } from "@/components/use-cases/step-nav-bar";
import { STACK_LAYERS } from "@/components/home/stack-layers";
import { getStep, getUseCase, getUseCases, mappingKind, stepActors } from "@/lib/content/use-cases";
import { BB_IDS } from "@/sandbox/types";
import { Section } from "@/components/ui/section";

export const dynamicParams = false;

/** The short BB labels the architecture picture draws (the home page's stack uses the same). */
const SHORT_LABEL = new Map(STACK_LAYERS.flatMap((l) => l.blocks.map((b) => [b.id, b.label] as const)));

export function generateStaticParams() {
  return getUseCases().flatMap((uc) => uc.steps.map((_, i) => ({ id: uc.id, n: String(i + 1) })));
}

type Props = { params: Promise<{ id: string; n: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, n } = await params;
  const uc = getUseCase(id);
  const step = uc && getStep(uc, n);
  return uc && step ? { title: `Step ${n}: ${step.title} · ${uc.title}`, description: step.narrative } : {};
}

const SCREEN_KIND_LABEL = {
  form: "a form",
  ussd: "a USSD menu on a basic phone",
  sms: "a text message",
  list: "a work list",
  dashboard: "a dashboard",
  app: "a mobile app",
  email: "an email",
} as const;

const MAPPING_TEXT = {
  "one-to-one": "This step matches one official step.",
  folded: "Several official steps are folded into this step.",
  split: "This official step is split across more than one journey step.",
} as const;

export default async function StepPage({ params }: Props) {
  const { id, n } = await params;
  const uc = getUseCase(id);
  const step = uc && getStep(uc, n);
  if (!uc || !step) notFound();
  const index = Number(n);
  const total = uc.steps.length;
  const actors = stepActors(uc, step);
  const screenActor = uc.personas.find((p) => p.id === step.screen.actor);
  const unhappy = uc.unhappyPaths.filter((u) => u.step === step.id);
  const href = (i: number) => `/use-cases/${uc.id}/steps/${i}`;
  const productsByBb = step.buildingBlocks.map((bb) => ({ bb, found: listPublishedProductsForBb(bb, 3) }));
  const claimed = productsByBb.filter((p) => p.found.total > 0);
  const unclaimed = productsByBb.filter((p) => p.found.total === 0).map((p) => p.bb);

  return (
    <>
      <Breadcrumbs items={[{ href: "/use-cases", label: "Use cases" }, { href: `/use-cases/${uc.id}`, label: uc.title }, { label: `Step ${index}` }]} />
      <p className="text-muted">
        {uc.title} · Step {index} of {total}
      </p>
      <h1 className="text-3xl">{step.title}</h1>
      <p className="mt-2">
        <span className="inline-block rounded-sm border border-line bg-brand-50 px-2 py-0.5 font-semibold" data-testid="official-steps">
          {govStackSteps(step.officialSteps)}
        </span>{" "}
        <span className="text-sm text-muted">
          {uc.code}: {step.officialSteps.map((o) => uc.officialSteps.find((x) => x.number === o)?.title).join("; ")}. {MAPPING_TEXT[mappingKind(uc, step)]}{" "}
          {step.mappingNote}
        </span>
      </p>

      <StepPlayer
        useCaseId={uc.id}
        step={index}
        screen={{ ...step.screen, fields: step.screen.fields.map((f) => ({ ...f })) }}
        actors={actors.map((p) => ({ id: p.id, name: p.name, role: p.role, device: p.device, kind: p.kind }))}
        unhappy={unhappy.map((u) => ({ fault: u.fault, trigger: u.trigger, response: u.response }))}
        bbs={BB_IDS.map((id) => ({ id, title: bbTitle(id), label: SHORT_LABEL.get(id) }))}
        stepTitle={step.title}
        stepBbs={step.buildingBlocks}
      >
        <Section headingId="what-happens" title="What happens">
          <p className="mt-3 text-lg" data-testid="narrative">
            {step.narrative}
          </p>
          <p className="mt-3">
            {screenActor?.name ?? "The actor"} uses {SCREEN_KIND_LABEL[step.screen.kind]} titled “{step.screen.title}” and presses “{step.screen.action}”.
          </p>
          <h3 className="mt-5 text-lg">Who takes part</h3>
          <ul className="mt-2 space-y-1">
            {actors.map((p) => (
              <li key={p.id}>
                <span className="font-semibold">{p.name}</span>, {roleAfterName(p.role)}
              </li>
            ))}
          </ul>
          <h3 className="mt-5 text-lg">Building Blocks involved</h3>
          <div className="mt-2">
            <BbLinks ids={step.buildingBlocks} />
          </div>
        </Section>
      </StepPlayer>

      <Section headingId="behind" title="The calls this step makes" className="mt-10">
        <p className="mt-2 max-w-3xl">
          What the step is designed to call, in order. Each call passes through the Information Mediator, which checks that the caller is allowed and keeps a
          record of the exchange.
        </p>
        <ol className="mt-4 space-y-2">
          {step.scenario.calls.map((call, i) => (
            <li key={i} className="rounded-md border border-line p-3">
              <span className="font-semibold">{i + 1}. </span>
              <Link href={`/building-blocks/${call.bb}`}>{bbTitle(call.bb)}</Link>:{" "}
              <code className="rounded-sm bg-surface-code px-1 font-mono text-sm [overflow-wrap:anywhere]">
                {call.method} {call.path}
              </code>
              <span className="block">{call.purpose}</span>
            </li>
          ))}
        </ol>
      </Section>

      <Section headingId="products" title="Products that can play these parts" className="mt-10">
        <p className="mt-2 max-w-3xl">
          Products listed in the marketplace whose vendors say they provide the Building Blocks this step uses. Open a product to see how far it meets each
          requirement and what evidence backs that.
        </p>
        {claimed.map(({ bb, found }) => (
          <ProductsForBb key={bb} bbId={bb} bbTitle={bbTitle(bb)} found={found} headingLevel={3} />
        ))}
        {unclaimed.length > 0 && (
          <p className="mt-6">
            No product in the marketplace claims {unclaimed.map(bbTitle).join(", ")} yet. <Link href="/vendor">List yours</Link>.
          </p>
        )}
      </Section>

      {unhappy.length > 0 && (
        <Section headingId="wrong" title="If something goes wrong here" className="mt-10">
          <ul className="mt-3 space-y-3">
            {unhappy.map((u) => (
              <li key={u.fault} className="rounded-md border-l-4 border-warn bg-outcome-unhappy p-4">
                <p className="font-semibold">{u.trigger}</p>
                <p className="mt-1">{u.response}</p>
              </li>
            ))}
          </ul>
        </Section>
      )}

      <nav aria-label="Journey steps" className="mt-10 border-t border-line pt-6">
        <div className="flex flex-wrap justify-between gap-4">
          {index > 1 ? (
            <Link href={href(index - 1)} rel="prev" className="font-semibold">
              ← Previous: step {index - 1}, {uc.steps[index - 2]!.title}
            </Link>
          ) : (
            <Link href={`/use-cases/${uc.id}`} className="font-semibold">
              ← Overview of {uc.title}
            </Link>
          )}
          {index < total ? (
            <Link href={href(index + 1)} rel="next" className="font-semibold">
              Next: step {index + 1}, {uc.steps[index]!.title} →
            </Link>
          ) : (
            <Link href="/use-cases" className="font-semibold">
              All use cases →
            </Link>
          )}
        </div>
        <h2 id="jump-to-step" className="mt-6 text-lg">
          Jump to a step
        </h2>
        <ol className="mt-2 space-y-1">
          {uc.steps.map((s, i) => (
            <li key={s.id}>
              {i + 1 === index ? (
                <span aria-current="step" className="font-bold">
                  {i + 1}. {s.title} (this step)
                </span>
              ) : (
                <Link href={href(i + 1)}>
                  {i + 1}. {s.title}
                </Link>
              )}
            </li>
          ))}
        </ol>
      </nav>
      <StepNavBar
        index={index}
        total={total}
        prev={index > 1 ? { href: href(index - 1), title: uc.steps[index - 2]!.title } : null}
        next={index < total ? { href: href(index + 1), title: uc.steps[index]!.title } : null}
      />
    </>
  );
}
