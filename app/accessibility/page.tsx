import type { Metadata } from "next";
import { REPOSITORY_URL } from "@/lib/content/repository";

export const metadata: Metadata = {
  title: "Accessibility statement",
  description: "How accessible GovStack Portal is, how we test it, what we know does not work yet and how to report a problem.",
};

export default function AccessibilityPage() {
  return (
    <article className="app-prose">
      <h1 className="mb-4 text-4xl">Accessibility statement</h1>
      <p className="text-xl leading-relaxed">
        We want everyone to be able to use GovStack Portal, including people who use a keyboard, a screen reader, voice control, magnification or a small
        screen.
      </p>

      <h2>Our target</h2>
      <p>
        We aim to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA. GovStack&apos;s own specifications ask for the same level, so we hold
        the portal to the standard it describes. In practice this means you should be able to:
      </p>
      <ul>
        <li>use every page with a keyboard alone, and always see where the focus is;</li>
        <li>zoom text to 200% and use the portal on a screen 320 pixels wide without scrolling sideways;</li>
        <li>read all text with a contrast of at least 4.5 to 1 against its background;</li>
        <li>understand every status without relying on colour;</li>
        <li>read diagrams through their text labels and written descriptions;</li>
        <li>correct form errors from a summary that lists each problem and links to the field.</li>
      </ul>

      <h2>How we test</h2>
      <ul>
        <li>
          Every page layout is checked with the axe accessibility engine in our automated browser tests, which run on every change. A serious or critical
          problem fails the tests.
        </li>
        <li>The home and information pages are also checked at a width of 320 pixels for sideways scrolling.</li>
        <li>
          The tests also use the keyboard: the skip link must move focus to the main content, and the main links on the home page must be reachable with the Tab
          key.
        </li>
        <li>We also try new pages by hand with a keyboard only.</li>
      </ul>
      <p>Automated checks find only part of the problems a person can meet, so we welcome reports.</p>

      <h2>What we know is not fully accessible</h2>
      <ul>
        <li>
          <strong>The interactive API reference</strong> on each Building Block&apos;s &ldquo;API&rdquo; page uses a third-party component (Stoplight Elements).
          We have not fully tested it with screen readers, and parts of it may be hard to use with a keyboard or a screen reader. The same information is
          available in the written specification on each Building Block page, and the API contract can be downloaded as a plain OpenAPI file.
        </li>
      </ul>

      <h2>Report a problem</h2>
      <p>
        If something on the portal is hard to use, tell us what page you were on, what you were trying to do and what went wrong, and what computer, browser or
        assistive technology you use.
      </p>
      <ul>
        <li>
          Open an issue in our <a href={`${REPOSITORY_URL}/issues`}>public issue tracker</a>.
        </li>
        <li>
          If the problem is on a specification page, use the &ldquo;Give feedback on this specification&rdquo; link under its title. No account is needed.
        </li>
      </ul>
      <p>We read every report, and we fix first the problems that stop someone from finishing a task.</p>

      <h2>About this statement</h2>
      <p>This statement was last reviewed in November 2026. We review it whenever we add a new kind of page.</p>
    </article>
  );
}
