import type { Metadata } from "next";
import Link from "next/link";
import { EVIDENCE } from "@/components/home/home-content";

export const metadata: Metadata = {
  title: "Why Building Blocks",
  description:
    "The problems governments meet when they put services online one ministry at a time, what the Building Block approach changes, and what it has cost and saved in countries that use it.",
};

/** A problem in one line and what it does to people and budgets; each names the GovStack text it comes from. */
const CHALLENGES: { title: string; text: string }[] = [
  {
    title: "Every ministry builds the same things again",
    text: "Identity checks, payments, notifications and forms are bought or built separately for each service. Governments pay many times for the same functions, and each copy must be maintained for years.",
  },
  {
    title: "Systems that cannot talk to each other",
    text: "Services are connected one pair at a time, if at all. People carry paper between offices, give the same information again and again, and data that one agency holds cannot help another.",
  },
  {
    title: "Locked in to one supplier",
    text: "When a system's interfaces belong to its vendor, changing supplier means rebuilding everything around it. Prices rise and choices narrow.",
  },
  {
    title: "Too few people to do it all",
    text: "Digital skills are scarce in government, most of all in low-resource settings. Teams spread thin across many separate systems cannot keep all of them secure and up to date.",
  },
];

/** Problems that come with the four above, as they show up in day-to-day delivery. */
const COMMON: string[] = [
  "Point-to-point connections that multiply with every new service and become expensive to maintain.",
  "The same technical decisions (API design, identity across agencies, security baselines, packaging, interoperability rules) made again by each ministry and project.",
  "Security and data-protection rules applied differently in each system.",
  "Long procurement and build times: new services take years rather than months.",
  "Citizens asked for documents that another office already holds.",
  "Little reuse of what other countries have already built and proven.",
  "Projects funded for launch but not for maintenance, so systems age quickly.",
  "Whole-of-government platforms mostly found in high-income countries, which makes it harder for others to build national capacity.",
];

export default function WhyPage() {
  const costed = EVIDENCE.filter((e) => e.cost);
  return (
    <article className="app-prose">
      <h1 className="mb-4 text-4xl">Why Building Blocks</h1>
      <p className="text-xl leading-relaxed">
        Most governments put services online one at a time, each with its own systems. The result is slow, expensive and hard for people to use. The Building
        Block approach builds the common parts once and shares them.
      </p>

      <h2 id="challenges">The challenges governments face</h2>
      <ol className="not-prose mt-4 grid list-none gap-4 p-0 md:grid-cols-2">
        {CHALLENGES.map((c, i) => (
          <li key={c.title} className="rounded-md border border-line p-5">
            <p className="text-sm font-bold uppercase tracking-wide text-brand-700">Challenge {i + 1}</p>
            <h3 className="mt-1 text-lg">{c.title}</h3>
            <p className="mt-2">{c.text}</p>
          </li>
        ))}
      </ol>

      <h2 id="common-problems">Problems that come with them</h2>
      <ul>
        {COMMON.map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>
      <p className="text-sm text-muted">
        Sources: GovStack,{" "}
        <a href="https://specs.govstack.global/architecture/development/5-specification-framework/5.4-specification-use">
          Specification use (architecture 2.0)
        </a>
        ; DIAL, <a href="https://dial.global/building-the-govstack-approach-to-government/">Building the GovStack approach to government</a>; GovStack,{" "}
        <a href="https://www.govstack.global/about/">About</a>. The wording is ours.
      </p>

      <h2 id="what-changes">What the approach changes</h2>
      <p>
        A government identifies the functions most services need, such as checking who someone is, taking a payment, sending a message or keeping a register,
        and provides each one once as a shared <Link href="/building-blocks">Building Block</Link>. New services are put together from these blocks, which
        exchange data safely through an <Link href="/building-blocks/information-mediator">Information Mediator</Link>. Because each block follows an open
        specification, any supplier who meets it can provide it. See how blocks fit together on the{" "}
        <Link href="/building-blocks/architecture">architecture page</Link>, and how the terms DPI, DPG and Building Block relate on{" "}
        <Link href="/about/dpi-dpg-building-blocks">DPI, DPG and Building Blocks</Link>.
      </p>

      <h2 id="figures">What it has cost and saved</h2>
      <p>Figures from countries that built shared digital infrastructure. Each names its source.</p>
      <ul className="not-prose mt-4 grid list-none gap-4 p-0 md:grid-cols-3">
        {costed.map((e) => (
          <li key={e.country} className="rounded-md border border-line p-5">
            <p className="text-sm font-bold uppercase tracking-wide text-brand-700">{e.country}</p>
            <p className="mt-1 text-2xl font-bold">{e.cost!.figure}</p>
            <p className="mt-1">{e.cost!.meaning}</p>
            <p className="mt-2 text-sm text-muted">
              Source:{" "}
              {e.source.map((s, i) => (
                <span key={s.href}>
                  {i > 0 ? "; " : null}
                  <a href={s.href}>{s.label}</a>
                </span>
              ))}
            </p>
          </li>
        ))}
      </ul>
      <p>
        More country experience, including Estonia&apos;s X-Road and Singapore&apos;s shared products, is on the <Link href="/#evidence-title">home page</Link>.
      </p>

      <h2 id="next">Where to go next</h2>
      <ul>
        <li>
          <Link href="/use-cases">Walk through a use case</Link> and see the blocks work together in a real service.
        </li>
        <li>
          <Link href="/about/govstack">About GovStack</Link>: who is behind the approach, its principles and partner countries.
        </li>
        <li>
          <Link href="/get-involved/implement">Implement with us</Link> if your government is considering it.
        </li>
      </ul>
    </article>
  );
}
