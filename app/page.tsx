import Link from "next/link";
import { BENEFITS, EVIDENCE, PILLARS, USE_CASES } from "@/components/home/home-content";
import { PillarPictogram, UseCasePictogram } from "@/components/home/pictograms";
import { StackDiagram } from "@/components/home/stack-diagram";
import { STACK_LAYERS } from "@/components/home/stack-layers";
import { getUseCaseTitles } from "@/lib/content/use-cases";

// The home page explains the approach to a policy maker. Server-rendered, no client JavaScript of its own.
export default function HomePage() {
  const titles = getUseCaseTitles();
  return (
    <div className="space-y-20">
      <section aria-labelledby="intro-title" className="max-w-3xl pt-4">
        <h1 id="intro-title" className="text-4xl sm:text-5xl">
          Build digital public services from shared blocks
        </h1>
        <p className="mt-6 text-xl leading-relaxed">
          Most public services need the same few things: knowing who someone is, registering them, paying them, asking their consent and sending them messages.
          The Building Block approach builds each of these once, to an open specification, and lets every ministry reuse it.
        </p>
        <p className="mt-4 text-lg text-muted">
          This portal explains the approach, lets you try the blocks in a sandbox and lists products that implement them.
        </p>
        <p className="mt-8 flex flex-wrap gap-4">
          <a href="#how-it-works" className="rounded-sm bg-brand-700 px-5 py-3 font-semibold text-white no-underline hover:bg-brand-900 hover:text-white">
            How it works
          </a>
          <Link href="/use-cases" className="rounded-sm border-2 border-brand-700 px-5 py-2.5 font-semibold text-brand-700 no-underline hover:bg-brand-50">
            See it in a real service
          </Link>
        </p>
      </section>

      <section aria-labelledby="use-cases-title">
        <h2 id="use-cases-title" className="text-2xl sm:text-3xl">
          See it in five real services
        </h2>
        <p className="mt-4 max-w-3xl text-lg">
          Each use case follows one person through a public service and shows which blocks do the work at each step. You can run every step yourself, from the
          citizen&apos;s phone to the officer&apos;s screen.
        </p>
        <ul className="mt-6 grid gap-4 md:grid-cols-2 lg:grid-cols-3">
          {USE_CASES.map((useCase) => (
            <li key={useCase.id} className="flex gap-4 rounded-md border border-line p-5">
              <UseCasePictogram id={useCase.id} />
              <div>
                <h3 className="text-lg">
                  <Link href={`/use-cases/${useCase.id}`}>{titles[useCase.id]}</Link>
                </h3>
                <p className="mt-1">{useCase.text}</p>
              </div>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="pillars-title">
        <h2 id="pillars-title" className="text-2xl sm:text-3xl">
          What you can do here
        </h2>
        <ul className="mt-6 grid gap-6 md:grid-cols-3">
          {PILLARS.map((pillar) => (
            <li key={pillar.key} className="flex flex-col rounded-md border border-line border-t-4 border-t-brand-700 bg-white p-6">
              <PillarPictogram pillar={pillar.key} />
              <h3 className="mt-4 text-xl">{pillar.title}</h3>
              <p className="mt-2 flex-1">{pillar.text}</p>
              <ul className="mt-4 space-y-2">
                {pillar.links.map((link) => (
                  <li key={link.href}>
                    <Link href={link.href} className="font-semibold">
                      {link.label}
                    </Link>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="how-it-works-title" id="how-it-works" className="scroll-mt-4">
        <h2 id="how-it-works-title" className="text-2xl sm:text-3xl">
          How the Building Block approach works
        </h2>
        <p className="mt-4 max-w-3xl text-lg">
          Think of a digital government as layers. Services that people use sit on top. Underneath, shared blocks do the common work. A secure exchange layer
          connects them, and everything runs on government hosting.
        </p>
        <figure className="mt-8">
          <StackDiagram />
          <figcaption className="mt-3 text-muted">
            The Building Block stack. Select a block to read its specification, or{" "}
            <a href="/building-block-stack.svg" download>
              download the drawing
            </a>{" "}
            (SVG image, 5 kB) for a slide or a report.
          </figcaption>
        </figure>
        <dl className="mt-10 grid gap-x-10 gap-y-8 md:grid-cols-2">
          {STACK_LAYERS.map((band) => (
            <div key={band.layer} className="border-l-4 border-brand-600 pl-4">
              <dt className="text-lg font-bold">{band.title}</dt>
              <dd className="mt-1">{band.explanation}</dd>
              <dd className="mt-2 text-muted">
                For example:{" "}
                {band.blocks.map((block, i) => (
                  <span key={block.id}>
                    {i > 0 ? ", " : null}
                    <Link href={`/building-blocks/${block.id}`}>{block.label}</Link>
                  </span>
                ))}
              </dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="benefits-title">
        <h2 id="benefits-title" className="text-2xl sm:text-3xl">
          Why governments choose it
        </h2>
        <ul className="mt-6 grid gap-6 sm:grid-cols-2 lg:grid-cols-4">
          {BENEFITS.map((benefit) => (
            <li key={benefit.title} className="rounded-md bg-brand-50 p-5">
              <h3 className="text-lg">{benefit.title}</h3>
              <p className="mt-2">{benefit.text}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="evidence-title">
        <h2 id="evidence-title" className="text-2xl sm:text-3xl">
          What countries that use it report
        </h2>
        <p className="mt-4 max-w-3xl text-lg">
          These countries built shared digital building blocks before GovStack existed. The figures are the named sources&apos; own.
        </p>
        <ul className="mt-6 grid gap-6 lg:grid-cols-2">
          {EVIDENCE.map((item) => (
            <li key={item.country} className="rounded-md border border-line p-6">
              <p className="text-sm font-bold uppercase tracking-wide text-brand-700">{item.country}</p>
              <h3 className="mt-1 text-xl">{item.title}</h3>
              <p className="mt-3">{item.text}</p>
              <p className="mt-3 text-sm text-muted">
                Source:{" "}
                {item.source.map((source, i) => (
                  <span key={source.href}>
                    {i > 0 ? "; " : null}
                    <a href={source.href}>{source.label}</a>
                  </span>
                ))}
              </p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
