import Link from "next/link";
import { bbTitle } from "@/components/use-cases/bb-links";
import type { UseCaseEvidenceView } from "@/db/swap";
import { bbsAlongside } from "@/db/works-with";
import { getUseCase, getUseCaseTitles } from "@/lib/content/use-cases";
import { Section } from "@/components/ui/section";

const when = (iso: string) => new Date(iso).toLocaleDateString("en-GB", { dateStyle: "medium", timeZone: "UTC" });

/** "5, 6 and 9" */
export function stepList(steps: number[]): string {
  if (steps.length <= 1) return steps.join("");
  return `${steps.slice(0, -1).join(", ")} and ${steps.at(-1)}`;
}

/** ", running with Identity and Registration": the BBs that shared the product's steps (empty if none). */
function runningWith(e: UseCaseEvidenceView): string {
  const steps = getUseCase(e.useCaseId)?.steps.map((s) => s.buildingBlocks) ?? [];
  const titles = bbsAlongside(steps, e.steps, e.bbId)
    .map(bbTitle)
    .sort((a, b) => a.localeCompare(b));
  if (titles.length === 0) return "";
  return `, running with ${titles.length === 1 ? titles[0] : `${titles.slice(0, -1).join(", ")} and ${titles.at(-1)}`}`;
}

/**
 * "Works in a use case" evidence: the product played a Building Block in a live run of a GovStack use case.
 * A kind of evidence of its own, next to self-reported, reviewer-checked and test-verified.
 */
export function UseCaseEvidence({ evidence }: { evidence: UseCaseEvidenceView[] }) {
  if (evidence.length === 0) return null;
  const titles = getUseCaseTitles();
  return (
    <Section headingId="works-in" title="Works in a use case" className="mt-10">
      <p className="mt-2 max-w-3xl">
        This product played a Building Block in a live run of a GovStack use case in the portal&apos;s sandbox, in place of the reference mock.
      </p>
      <ul className="mt-3 space-y-2">
        {evidence.map((e) => (
          <li key={e.id}>
            {e.status === "passed" ? (
              <>
                <strong>Works in {titles[e.useCaseId] ?? e.useCaseId}</strong> as {bbTitle(e.bbId)}: step{e.steps.length > 1 ? "s" : ""} {stepList(e.steps)}{" "}
                passed on {when(e.createdAt)}
                {runningWith(e)}.
              </>
            ) : (
              <>
                <strong>Failed in {titles[e.useCaseId] ?? e.useCaseId}</strong> as {bbTitle(e.bbId)} at step {stepList(e.steps)} on {when(e.createdAt)} (only
                your organisation sees this): {e.reason}
              </>
            )}{" "}
            <Link href={`/evidence/use-cases/${e.id}`}>See the calls</Link>
          </li>
        ))}
      </ul>
      <p className="mt-3">
        <Link href="/marketplace/works-with">See which products have run with which Building Blocks</Link>
      </p>
    </Section>
  );
}
