import type { Metadata } from "next";
import { headers } from "next/headers";
import { ContributorForm } from "@/components/involvement/contributor-form";
import { decodeFlash } from "@/lib/forms/flash";
import { initialFormState } from "@/lib/forms/form-state";
import { CONTRIBUTE_FLASH_HEADER } from "@/lib/involvement/options";
import { Section } from "@/components/ui/section";

export const metadata: Metadata = {
  title: "Become a contributor",
  description: "Answer the call for expert contributors to the GovStack Building Block specifications.",
};

export default async function ContributePage() {
  // Set only when the form was sent without JavaScript and came back with problems (proxy.ts passes it on).
  const returned = decodeFlash((await headers()).get(CONTRIBUTE_FLASH_HEADER) ?? undefined);
  return (
    <div>
      <h1 className="text-3xl">Become a contributor</h1>
      <div className="mt-4 max-w-2xl space-y-3">
        <p>
          The specifications are written and reviewed by experts from governments, companies, universities and civil society. If you know one of the domains
          below, you can help write, review and test them.
        </p>
        <p>It takes about 10 minutes. Every field is required. Have your CV ready as a PDF, DOC or DOCX file.</p>
      </div>

      <Section headingId="call-tasks" title="What you would do" className="mt-8 max-w-2xl">
        <ul className="mt-3 list-disc space-y-1 pl-6">
          <li>Give expert input and review on drafts, in your own time.</li>
          <li>Take an active part in a Building Block working group that writes the requirements of its specification.</li>
          <li>Help design the architecture the Building Blocks share, and how they work together.</li>
        </ul>
        <h2 className="mt-6 text-2xl">Who we are looking for</h2>
        <ul className="mt-3 list-disc space-y-1 pl-6">
          <li>At least five years in software development, or a mix of implementation and product ownership.</li>
          <li>Experience with open-source software, or a strong understanding of it.</li>
          <li>Experience as a technical expert in designing and carrying out digital government strategies or sector services.</li>
          <li>Expertise in the area of at least one Building Block and its design questions.</li>
          <li>
            Experience writing technical requirements and specifications, drawing on practice from different countries that can work where resources are
            limited.
          </li>
          <li>Knowledge of the standards and good practice that keep systems interoperable in that area.</li>
        </ul>
        <p className="mt-4 rounded-md border-l-4 border-brand-700 bg-brand-50 p-3">
          <strong>Women are strongly encouraged to apply.</strong> Specifications for public services are better when the people who write them reflect the
          people who use them, and women are under-represented in this work today.
        </p>
        <p className="mt-2 text-sm text-muted">
          Based on GovStack&apos;s <a href="https://www.govstack.global/call-for-experts/">call for experts</a>, in our words.
        </p>
      </Section>

      <details className="my-8 max-w-2xl border-l-4 border-line pl-4">
        <summary className="cursor-pointer font-semibold text-brand-600">How we use your information (privacy notice)</summary>
        <div className="mt-3 space-y-3">
          <p>
            <strong>What we keep:</strong> the answers on this form and your CV file.
          </p>
          <p>
            <strong>Why:</strong> to choose and contact contributors for the specification working groups. We do not use it for anything else and never share it
            outside the portal&apos;s reviewers.
          </p>
          <p>
            <strong>Who can see it:</strong> only signed-in reviewers and administrators. Your CV is stored outside the public website and can only be
            downloaded by them.
          </p>
          <p>
            <strong>How long:</strong> 12 months after you send it. Then the application and the CV are deleted automatically. An administrator can delete them
            sooner.
          </p>
          <p>
            <strong>Your rights:</strong> you can ask us to show, correct or delete your application at any time by writing to the contact address on the{" "}
            <a href="/about">about page</a>.
          </p>
        </div>
      </details>

      <ContributorForm initialState={returned ?? initialFormState} />
    </div>
  );
}
