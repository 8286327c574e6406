import type { Metadata } from "next";
import Link from "next/link";
import { REPOSITORY_URL } from "@/lib/content/repository";

export const metadata: Metadata = {
  title: "About the portal",
  description: "What GovStack Portal is, what it is not, who it is for and how it relates to the GovStack initiative.",
};

/** The operator's contact address, set with CONTACT_EMAIL when the portal is built (`npm start` builds on first run). */
function contactEmail(): string | undefined {
  const value = process.env.CONTACT_EMAIL?.trim();
  return value && /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(value) ? value : undefined;
}

export default function AboutPage() {
  const email = contactEmail();
  return (
    <article className="app-prose">
      <h1 className="mb-4 text-4xl">About the portal</h1>
      <p className="text-xl leading-relaxed">
        GovStack Portal is an open, community-run reference for the Building Block approach to digital government. It brings the specifications, a working
        sandbox and a product marketplace together in one place.
      </p>

      <h2>What the portal is</h2>
      <ul>
        <li>
          <strong>Specifications</strong>: for each <Link href="/building-blocks">Building Block</Link>, a plain-language description, a list of requirements
          and the API contract, which you can download.
        </li>
        <li>
          <strong>A sandbox</strong>: simulated Building Blocks that answer real web requests through a simulated Information Mediator. You can walk through{" "}
          <Link href="/use-cases">use cases</Link> step by step and see every message that crosses between blocks.
        </li>
        <li>
          <strong>A marketplace</strong>: <Link href="/marketplace">products</Link> that their vendors say implement the Building Blocks, with each
          vendor&apos;s self-assessment against the requirements.
        </li>
      </ul>

      <h2>What the portal is not</h2>
      <ul>
        <li>It is not an official site of any government, and it is not run by the GovStack initiative.</li>
        <li>
          The sandbox is not a production system. Its Building Blocks are simulations, and all the people, payments and records in it are made up. Never enter
          real personal data.
        </li>
        <li>A marketplace listing is not a certification or a recommendation. Vendors describe their own products; check their claims before you buy.</li>
      </ul>

      <h2>Who it is for</h2>
      <ul>
        <li>
          <strong>Policy makers and programme managers</strong>, who want to understand what the approach offers and see it working in a real service before
          they commit.
        </li>
        <li>
          <strong>Vendors and implementers</strong>, who want to test a product against the specifications and list it for governments to find.
        </li>
        <li>
          <strong>Contributors</strong>, who improve the specifications, the use cases and the sandbox. Everything is kept in simple text files.
        </li>
      </ul>

      <h2>How it relates to GovStack</h2>
      <p>
        GovStack is an international initiative that publishes specifications for reusable digital government Building Blocks. This portal is a community
        reference built on the same approach. Its specifications are written by the portal&apos;s contributors and are designed to be compatible with the
        interfaces GovStack publishes, so a product tested here should meet the same contracts. Where the two differ, GovStack&apos;s published specifications
        are the authority.
      </p>

      <h2 id="about-govstack">About GovStack and the approach</h2>
      <ul>
        <li>
          <Link href="/about/govstack">About GovStack</Link>: its aim, its founders, the principles it works by, its partner countries, its country playbook and
          its roadmap.
        </li>
        <li>
          <Link href="/why">Why Building Blocks</Link>: the problems governments face and what the approach has cost and saved elsewhere.
        </li>
        <li>
          <Link href="/about/dpi-dpg-building-blocks">DPI, DPG and Building Blocks</Link>: three terms explained in plain words.
        </li>
      </ul>

      <h2>Open source</h2>
      <p>
        The content and the code are open source under the Apache License 2.0. The <a href={REPOSITORY_URL}>source code</a> is public, and anyone can propose
        changes. See <Link href="/get-involved">get involved</Link> to take part, and our <Link href="/accessibility">accessibility statement</Link> for how we
        make the portal usable by everyone.
      </p>

      <h2 id="contact">Contact</h2>
      {email ? (
        <p>
          Write to the team that runs this portal at <a href={`mailto:${email}`}>{email}</a>. Use this address for questions, for problems with the portal, and
          to ask to see, correct or delete information you sent us (a feedback comment, a contributor application or an expression of interest).
        </p>
      ) : (
        <p>
          This installation of the portal has no contact address configured yet. Whoever runs it sets one with the <code>CONTACT_EMAIL</code> setting, and it
          then appears here. Until then, ask about your information through the form you used, and report problems with the portal in the{" "}
          <a href={`${REPOSITORY_URL}/issues`}>public issue tracker</a> (do not put personal data there).
        </p>
      )}
      <p>
        Questions about the GovStack initiative itself go to GovStack through <a href="https://www.govstack.global/">govstack.global</a>.
      </p>
    </article>
  );
}
