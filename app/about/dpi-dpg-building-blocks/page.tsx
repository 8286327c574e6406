import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = {
  title: "DPI, DPG and Building Blocks",
  description: "Digital public infrastructure, digital public goods and Building Blocks: what each term means and how they fit together, in plain words.",
};

const TERMS: { term: string; short: string; what: string; example: string }[] = [
  {
    term: "Digital public infrastructure (DPI)",
    short: "What a country runs",
    what: "Shared digital systems that a whole society relies on, like roads or electricity grids but online: digital identity, payments, data exchange. They are secure, interoperable and built on open standards, and they serve public and private services at national scale, under rules that protect people.",
    example: "India's Aadhaar identity and UPI payments; Estonia's X-Road data exchange.",
  },
  {
    term: "Digital public good (DPG)",
    short: "What anyone may reuse",
    what: "Open-source software, open data, open AI models, open standards or open content that anyone may use and adapt, that respects privacy and does no harm, and that helps reach the Sustainable Development Goals. The Digital Public Goods Alliance keeps a registry of recognised DPGs.",
    example: "DHIS2 (health information) and MOSIP (identity) are registered DPGs.",
  },
  {
    term: "Building Block (BB)",
    short: "How the parts fit",
    what: "A reusable software component with one job, such as registration, payments or messaging, described by a specification: what it must do and the interface other systems use to talk to it. Building Blocks are combined into services and, together, form a country's DPI.",
    example: "This portal's Payments specification, and any product that meets it.",
  },
];

export default function DpiDpgBbPage() {
  return (
    <article className="app-prose">
      <p className="text-sm">
        <Link href="/about">About the portal</Link> <span aria-hidden="true">›</span> DPI, DPG and Building Blocks
      </p>
      <h1 className="mb-4 text-4xl">DPI, DPG and Building Blocks</h1>
      <p className="text-xl leading-relaxed">
        Three terms come up in every conversation about digital government. They describe different things and are easy to mix up. In short:{" "}
        <strong>DPI</strong> is what a country runs, a <strong>DPG</strong> is something anyone may reuse, and a <strong>Building Block</strong> is how the
        parts are cut so they fit together.
      </p>

      <ul className="not-prose mt-6 grid list-none gap-4 p-0 md:grid-cols-3">
        {TERMS.map((t) => (
          <li key={t.term} className="rounded-md border border-line p-5">
            <p className="text-sm font-bold uppercase tracking-wide text-brand-700">{t.short}</p>
            <h2 className="mt-1 text-xl">{t.term}</h2>
            <p className="mt-2">{t.what}</p>
            <p className="mt-2 text-sm">
              <strong>For example:</strong> {t.example}
            </p>
          </li>
        ))}
      </ul>

      <h2 id="how-they-relate">How they relate</h2>
      <ul>
        <li>
          <strong>Building Blocks make up DPI.</strong> A country&apos;s identity, payment and data-exchange blocks, connected through an{" "}
          <Link href="/building-blocks/information-mediator">Information Mediator</Link>, are its digital public infrastructure.
        </li>
        <li>
          <strong>A Building Block is not always a DPG.</strong> A product that meets a Building Block specification may be open source (and then may be
          recognised as a DPG) or proprietary. What matters for a Building Block is that it meets the specification, so it can be swapped for another product
          that does.
        </li>
        <li>
          <strong>A DPG is not automatically DPI.</strong> Open-source software becomes part of a country&apos;s infrastructure only when the country deploys
          and runs it for everyone, with the governance that requires.
        </li>
        <li>
          <strong>Specifications are the glue.</strong> GovStack publishes Building Block specifications so that governments can buy or build each part from any
          supplier, including DPGs, and still have the parts work together.
        </li>
      </ul>

      <h2 id="picture">In one picture</h2>
      <figure className="not-prose my-6">
        <svg viewBox="0 0 640 220" role="img" aria-labelledby="dpi-picture-title dpi-picture-desc" className="h-auto w-full max-w-2xl">
          <title id="dpi-picture-title">How DPI, Building Blocks and DPGs relate</title>
          <desc id="dpi-picture-desc">
            A large box labelled digital public infrastructure contains three Building Blocks: identity, payments and data exchange. Below, a product that is a
            digital public good fills the identity block; a proprietary product fills the payments block.
          </desc>
          <rect x="10" y="10" width="620" height="120" rx="8" fill="#e8eef7" stroke="#13407a" strokeWidth="2" />
          <text x="24" y="36" fontSize="16" fontWeight="700" fill="#13407a">
            Digital public infrastructure (what the country runs)
          </text>
          {["Identity", "Payments", "Data exchange"].map((label, i) => (
            <g key={label}>
              <rect x={30 + i * 200} y="52" width="180" height="60" rx="6" fill="#ffffff" stroke="#1a1a1a" strokeWidth="2" />
              <text x={120 + i * 200} y="80" fontSize="15" textAnchor="middle" fill="#1a1a1a">
                {label}
              </text>
              <text x={120 + i * 200} y="100" fontSize="12" textAnchor="middle" fill="#44474f">
                Building Block
              </text>
            </g>
          ))}
          <rect x="30" y="160" width="180" height="46" rx="6" fill="#e6f2ea" stroke="#116b35" strokeWidth="2" />
          <text x="120" y="188" fontSize="13" textAnchor="middle" fill="#0b4d26">
            Open-source product (a DPG)
          </text>
          <line x1="120" y1="160" x2="120" y2="112" stroke="#116b35" strokeWidth="2" />
          <rect x="230" y="160" width="180" height="46" rx="6" fill="#fdf1e3" stroke="#8a4b00" strokeWidth="2" />
          <text x="320" y="188" fontSize="13" textAnchor="middle" fill="#6b3a00">
            Proprietary product
          </text>
          <line x1="320" y1="160" x2="320" y2="112" stroke="#8a4b00" strokeWidth="2" />
        </svg>
      </figure>

      <p className="text-sm text-muted">
        Sources: Digital Public Goods Alliance,{" "}
        <a href="https://digitalpublicgoods.net/blog/unpacking-concepts-definitions-digital-public-infrastructure-building-blocks-and-their-relation-to-digital-public-goods/">
          Unpacking concepts and definitions: DPI, Building Blocks and their relation to DPGs
        </a>
        ; GovStack, <a href="https://specs.govstack.global/architecture/4-interoperability-architecture/4.4-building-block-approach">Building Block approach</a>
        . The wording is ours.
      </p>

      <p>
        Next: <Link href="/why">why governments choose Building Blocks</Link>, or browse the <Link href="/building-blocks">specifications</Link>.
      </p>
    </article>
  );
}
