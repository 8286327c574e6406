import Link from "next/link";
import type { ReactNode } from "react";
import type { VerifiedEvidence } from "@/db/conformance";
import type { EvidenceType } from "@/lib/marketplace/options";
import { LevelBadge } from "./badges";

const dateOf = (iso: string | null) => (iso ? iso.slice(0, 10) : "");

/** The three kinds of evidence for one claimed BB, each with its own level, never mixed. */
export function EvidenceByKind({
  bbTitle,
  evidence,
  selfLevel,
  selfDetail,
  tests,
  specVersion,
}: {
  bbTitle: string;
  evidence: EvidenceType;
  selfLevel: ReactNode;
  selfDetail?: string;
  tests?: VerifiedEvidence;
  specVersion?: string;
}) {
  const run = tests?.run;
  return (
    <dl className="mt-2 grid grid-cols-1 gap-x-4 gap-y-2 text-sm sm:grid-cols-[11rem_1fr]">
      <dt className="font-semibold">Verified by tests</dt>
      <dd className="flex flex-wrap items-center gap-2">
        {run ? (
          <>
            <LevelBadge level={run.level ?? 0} />
            <span>
              {run.passed ?? 0} checks passed, {run.failed ?? 0} failed, on {dateOf(run.finishedAt)}, against spec v{run.specVersion}
              {tests.current ? "" : ` (an older version: the spec is now v${specVersion})`}
            </span>
            <Link href={`/conformance/runs/${run.id}`}>
              Test report<span className="sr-only"> for {bbTitle}</span>
            </Link>
          </>
        ) : (
          <span>Not tested: no conformance run yet.</span>
        )}
      </dd>
      <dt className="font-semibold">Checked by a reviewer</dt>
      <dd>
        {evidence === "reviewer-verified" || evidence === "test-verified" ? (
          <span className="flex flex-wrap items-center gap-2">{selfLevel} The vendor&apos;s answers below were checked by a portal reviewer.</span>
        ) : (
          "Not checked by a reviewer."
        )}
      </dd>
      <dt className="font-semibold">Self-reported by the vendor</dt>
      <dd className="flex flex-wrap items-center gap-2">
        {selfLevel}
        {selfDetail ? <span>{selfDetail}, by the vendor&apos;s own answers</span> : null}
      </dd>
    </dl>
  );
}

const TEST_MARK = { passed: "✓ Verified by tests", failed: "✗ Failed a test", "not-tested": "Not tested" } as const;

/** One requirement's test result, linked to the run that gives it. */
export function TestResultCell({ evidence, requirementId }: { evidence: VerifiedEvidence; requirementId: string }) {
  const status = evidence.requirementStatus.get(requirementId) ?? "not-tested";
  return (
    <td className="whitespace-nowrap border border-line p-2">
      {status === "not-tested" ? (
        TEST_MARK[status]
      ) : (
        <Link href={`/conformance/runs/${evidence.run.id}#req-${requirementId}`}>
          {TEST_MARK[status]}
          <span className="sr-only"> ({requirementId})</span>
        </Link>
      )}
    </td>
  );
}
