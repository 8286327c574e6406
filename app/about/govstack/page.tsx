import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = {
  title: "About GovStack",
  description:
    "The GovStack initiative: its aim, where it came from and who founded it, the principles it works by, the countries it works with, its implementation playbook and its roadmap.",
};

/** GovStack's design principles (implementation playbook), in our words. */
const PRINCIPLES: { title: string; text: string }[] = [
  { title: "Design with the user", text: "Start from the people who will use the service: talk to them, watch how they work, design with them." },
  { title: "Understand the existing ecosystem", text: "Build on the structures, systems and needs that already exist in the country, region and community." },
  { title: "Design for scale", text: "Plan from the start for use far beyond a pilot, including the funding and partners that growth needs." },
  { title: "Build for sustainability", text: "Make sure services and platforms can be run, paid for and improved for years, not just launched." },
  { title: "Be data-driven", text: "Get good information to the people who need it, when they need it, and use it to act." },
  { title: "Open by default", text: "Prefer open standards, open data, open source and open innovation, so work is shared rather than repeated." },
  { title: "Reuse and improve", text: "Take what others have already built and proven further, instead of starting again." },
  { title: "Address privacy and security", text: "Decide carefully which data is collected and how it is used, stored and shared." },
  { title: "Be collaborative", text: "Share information, strategies and resources across projects, organisations and sectors." },
  { title: "Iterate, then iterate again", text: "Start small, release early, test with real users and improve version by version." },
  { title: "Work in the open", text: "Share code, designs, ideas and failures, so that more eyes make services better." },
  { title: "Build services, not websites", text: "Find out what people need to get done and build the service that does it." },
  { title: "Design for everyone", text: "Make services accessible and readable for the whole country, not only for people used to the web." },
  { title: "Do the hard work to make it simple", text: "Simplicity for the user takes effort; do not accept “it has always been this way”." },
];

export default function AboutGovStackPage() {
  return (
    <article className="app-prose">
      <p className="text-sm">
        <Link href="/about">About the portal</Link> <span aria-hidden="true">›</span> About GovStack
      </p>
      <h1 className="mb-4 text-4xl">About GovStack</h1>
      <p className="text-xl leading-relaxed">
        GovStack is an international initiative that helps governments build digital public services from shared, reusable parts. It publishes open
        specifications for these parts, the Building Blocks, and guidance on how to adopt them. Its own site is{" "}
        <a href="https://www.govstack.global/">govstack.global</a>.
      </p>
      <p>
        This portal is a separate, community-run project built on the same approach; see <Link href="/about">about the portal</Link>.
      </p>

      <h2 id="vision">Vision and mission</h2>
      <p>
        <strong>Vision:</strong> governments in every country, whatever their resources, can deliver digital services that are joined up, safe and easy to use,
        and own the systems behind them.
      </p>
      <p>
        <strong>Mission:</strong> build a shared understanding and common technical practice for reusable, interoperable digital components, so that countries
        can start, deploy and scale digital government services with less cost, time and effort. GovStack works as an expert-driven community that brings many
        stakeholders together.
      </p>
      <p className="text-sm text-muted">
        Our summary of GovStack&apos;s <a href="https://www.govstack.global/about/">About page</a> and{" "}
        <a href="https://specs.govstack.global/implementation-playbook/development/introduction/learn-about-govstack">implementation playbook introduction</a>.
      </p>

      <h2 id="origin">Origin and founders</h2>
      <p>
        GovStack grew out of the <strong>SDG Digital Investment Framework</strong> that the International Telecommunication Union (ITU) and the Digital Impact
        Alliance (DIAL) published in 2019. The framework links a country&apos;s development goals to use cases, to the business processes (workflows) those use
        cases need, and to the reusable software Building Blocks that support them.
      </p>
      <p>
        The initiative was started in 2020, when the COVID-19 pandemic sharply increased demand from countries for help with digital government. Its four
        founding partners are:
      </p>
      <ul>
        <li>
          the <strong>Federal Republic of Germany</strong>, through its Federal Ministry for Economic Cooperation and Development (BMZ), with GIZ;
        </li>
        <li>
          the <strong>Republic of Estonia</strong>, with its Centre for International Development (ESTDEV);
        </li>
        <li>
          the <strong>International Telecommunication Union (ITU)</strong>, the United Nations agency for digital technologies;
        </li>
        <li>
          the <strong>Digital Impact Alliance (DIAL)</strong>, at the UN Foundation.
        </li>
      </ul>
      <p className="text-sm text-muted">
        Sources: DIAL, <a href="https://dial.global/building-the-govstack-approach-to-government/">Building the GovStack approach to government</a>; GovStack,{" "}
        <a href="https://www.govstack.global/news/one-year-on-digital-cooperation-the-govstack-initiative-and-the-internet-governance-forum-2021/">
          One year on
        </a>
        ; e-Estonia, <a href="https://e-estonia.com/govstack-creates-building-blocks-for-e-government/">GovStack creates building blocks for e-government</a>.
      </p>

      <h2 id="principles">How GovStack works: its principles</h2>
      <p>
        GovStack&apos;s design principles guide every project it supports. They build on the Principles for Digital Development and the UK government&apos;s
        design principles.
      </p>
      <ol className="not-prose mt-4 grid list-none gap-3 p-0 sm:grid-cols-2">
        {PRINCIPLES.map((p, i) => (
          <li key={p.title} className="rounded-md border border-line p-4">
            <h3 className="text-base font-bold">
              <span className="text-brand-700">{i + 1}.</span> {p.title}
            </h3>
            <p className="mt-1">{p.text}</p>
          </li>
        ))}
      </ol>
      <p className="text-sm text-muted">
        Source: GovStack implementation playbook, <em>GovStack design principles</em>. For the technical principles every Building Block follows (open and
        neutral, modular, interoperable, and more) see the <Link href="/building-blocks/architecture">architecture page</Link>.
      </p>

      <h2 id="countries">Partner countries and the country playbook</h2>
      <p>GovStack works with governments that ask for support. Examples from its public material:</p>
      <ul>
        <li>
          <strong>Djibouti, Kenya and Somalia</strong>: the Horn of Africa initiative for digital government and cybersecurity, a Team Europe action co-financed
          by the European Union and Germany&apos;s BMZ. In Djibouti it covers a digital government strategy and roadmap, the design of priority services (for
          example a construction permit), and training for civil servants.
        </li>
        <li>
          <strong>Somalia</strong>: service design work such as high-school certificates and a content management system.
        </li>
        <li>
          <strong>Rwanda</strong>: a use case for extended producer responsibility, designed with the GovStack method.
        </li>
      </ul>
      <p>
        The <strong>GovStack implementation playbook</strong> (the country playbook) guides a government through the whole journey: assessing digital maturity
        and the country&apos;s context, fitting the approach into its digital strategy, choosing and prioritising services, designing them with users (journeys,
        blueprints, prototypes), launching and scaling them, managing the change inside government, and building the skills to keep going. It is published in
        English and French: <a href="https://specs.govstack.global/implementation-playbook">read the playbook</a>.
      </p>
      <p className="text-sm text-muted">
        Sources: GovStack, <a href="https://www.govstack.global/showcase/digital-leaders-spotlight-djibouti/">Digital Leaders Spotlight: Djibouti</a>; ESTDEV,{" "}
        <a href="https://estdev.ee/en/projects/initiative-digital-government-and-cybersecurity-horn-africa-countries">
          Initiative for Digital Government and Cybersecurity in Horn of Africa countries
        </a>
        ; GovStack implementation playbook (country use cases).
      </p>

      <h2 id="roadmap">Roadmap</h2>
      <ul>
        <li>
          <strong>2019</strong>: ITU and DIAL publish the SDG Digital Investment Framework.
        </li>
        <li>
          <strong>2020–2021</strong>: the four founders launch GovStack and its website and invite experts into Building Block working groups.
        </li>
        <li>
          <strong>Next</strong>: version 1.x specifications for the first Building Blocks, a sandbox, and the first country projects in the Horn of Africa.
        </li>
        <li>
          <strong>2025–2027</strong>: the GovSpecs 2.0 strategy. The 2.0.0 core specifications were published in March 2026: every Building Block inherits one
          set of cross-functional rules, and a product must meet all REQUIRED rules to be listed as GovStack compliant.
        </li>
        <li>
          <strong>Every year</strong>: the Women in GovTech Challenge trains and mentors women who lead digital government work (155 mentees and 53 mentors took
          part in 2025).
        </li>
      </ul>
      <p className="text-sm text-muted">
        Sources: GovStack, <a href="https://govstack.global/?p=9260">GovStack 2.0.0 core specifications are live</a>; World Economic Forum,{" "}
        <a href="https://www.weforum.org/stories/2025/10/women-govtech-scaling-inclusive-digital-public-infrastructure">Empowering women in GovTech</a>.
      </p>

      <h2 id="join">Take part</h2>
      <p>
        GovStack invites experts to join its working groups, and this portal welcomes contributors too: see{" "}
        <Link href="/get-involved/contribute">become a contributor</Link> and <Link href="/get-involved/implement">implement with us</Link>.
      </p>
    </article>
  );
}
