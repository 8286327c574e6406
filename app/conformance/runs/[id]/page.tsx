import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LevelBadge } from "@/components/marketplace/badges";
import { RunProgress } from "@/components/conformance/run-progress";
import { Notice } from "@/components/ui/notice";
import { getRun, getRunEvidence } from "@/db/conformance";
import { getBuildingBlock } from "@/lib/content/building-blocks";
import { requirementHref } from "@/lib/content/links";
import type { CheckResult, Exchange, RunReport } from "@/conformance/types";
import { TableHeadRow } from "@/components/ui/table-head-row";
import { Section } from "@/components/ui/section";
import { TableScroll } from "@/components/ui/table-scroll";

type Props = { params: Promise<{ id: string }> };

export const dynamic = "force-dynamic";

const load = async (params: Props["params"]) => {
  const { id } = await params;
  return /^[0-9a-f-]{36}$/.test(id) ? getRun(id) : undefined;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const run = await load(params);
  return { title: run ? `Conformance run: ${getBuildingBlock(run.bbId)?.title ?? run.bbId} · ${run.productName}` : "Run not found" };
}

const STATUS_TEXT = { passed: "✓ Passed", failed: "✗ Failed", error: "! Error", skipped: "– Not run" } as const;
const REQ_TEXT = { passed: "✓ Verified by tests", failed: "✗ Failed", "not-tested": "Not tested" } as const;

function ExchangeView({ e }: { e: Exchange }) {
  return (
    <div className="mt-2 border-l-2 border-line pl-3">
      <p className="break-all font-mono text-sm">
        {e.method} {e.url} → {e.status ?? e.error} ({e.durationMs} ms)
      </p>
      <details>
        <summary className="cursor-pointer text-sm">Request and response</summary>
        <pre className="mt-1 max-h-80 overflow-auto whitespace-pre-wrap break-all bg-surface-log p-2 text-xs">
          {Object.entries(e.requestHeaders)
            .map(([k, v]) => `${k}: ${v}`)
            .join("\n")}
          {e.requestBody ? `\n\n${e.requestBody}` : ""}
        </pre>
        <pre className="mt-1 max-h-80 overflow-auto whitespace-pre-wrap break-all bg-surface-log p-2 text-xs">
          {e.status !== undefined ? `HTTP ${e.status}\n` : ""}
          {Object.entries(e.responseHeaders ?? {})
            .map(([k, v]) => `${k}: ${v}`)
            .join("\n")}
          {e.responseBody ? `\n\n${e.responseBody}` : e.error ? `\n${e.error}` : ""}
        </pre>
      </details>
    </div>
  );
}

function CheckView({ c }: { c: CheckResult }) {
  return (
    <li className="mt-3 rounded border border-line p-3" id={`check-${c.id}`}>
      <p className="font-semibold">
        {STATUS_TEXT[c.status]}: {c.title}
      </p>
      <p className="text-sm text-muted">
        <span className="font-mono">{c.id}</span> · {c.kind} · {c.durationMs} ms{c.requirements.length ? ` · evidence for ${c.requirements.join(", ")}` : ""}
      </p>
      {c.message ? <p className="mt-1">{c.message}</p> : null}
      {c.expected !== undefined || c.actual !== undefined ? (
        <dl className="mt-1 grid grid-cols-[6rem_1fr] gap-x-2 text-sm">
          <dt className="font-semibold">Expected</dt>
          <dd className="break-all font-mono">{c.expected}</dd>
          <dt className="font-semibold">Actual</dt>
          <dd className="break-all font-mono">{c.actual}</dd>
        </dl>
      ) : null}
      {c.exchanges.map((e, i) => (
        <ExchangeView key={i} e={e} />
      ))}
    </li>
  );
}

function Summary({ report }: { report: RunReport }) {
  const levels = ["REQUIRED", "RECOMMENDED", "OPTIONAL"] as const;
  return (
    <TableScroll className="mt-4" label="Requirements by level">
      <table className="border-collapse text-sm">
        <caption className="text-left font-semibold">Requirements by level</caption>
        <thead>
          <TableHeadRow columns={["Level", "Verified by tests", "Failed", "Not tested"]} textLeft />
        </thead>
        <tbody>
          {levels.map((l) => {
            const mine = report.requirements.filter((r) => r.level === l);
            return (
              <tr key={l}>
                <th scope="row" className="border border-line p-2 text-left">
                  {l}
                </th>
                {(["passed", "failed", "not-tested"] as const).map((s) => (
                  <td key={s} className="border border-line p-2 text-right">
                    {mine.filter((r) => r.status === s).length}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}

export default async function RunPage({ params }: Props) {
  const run = await load(params);
  if (!run) notFound();
  const spec = getBuildingBlock(run.bbId);
  const evidence = run.status === "finished" ? getRunEvidence(run.id) : undefined;
  const report = evidence?.report;
  const problems = report?.checks.filter((c) => c.status === "failed" || c.status === "error") ?? [];
  const live = run.status === "queued" || run.status === "running";
  return (
    <>
      <p className="text-sm">
        <Link href={`/marketplace/products/${run.productSlug}`}>{run.productName}</Link>
      </p>
      <h1 className="mt-2 text-3xl">Conformance run: {spec?.title ?? run.bbId}</h1>
      {run.isReference ? (
        <p className="mt-2 max-w-3xl border-l-4 border-brand-600 bg-info-tint p-3">
          Reference run: the portal&apos;s own mock {spec?.title ?? run.bbId}, tested by the same suites vendors use, when this portal first started.
        </p>
      ) : null}
      <dl className="mt-4 grid max-w-4xl grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[12rem_1fr]">
        <dt className="font-semibold">Product</dt>
        <dd>
          {run.productName}
          {run.productVersion ? ` (version ${run.productVersion})` : ""}
        </dd>
        <dt className="font-semibold">Target</dt>
        <dd className="break-all font-mono text-sm">{run.baseUrl}</dd>
        <dt className="font-semibold">Specification</dt>
        <dd>
          {spec?.title ?? run.bbId} v{run.specVersion}
          {spec && spec.version !== run.specVersion ? ` (the specification is now v${spec.version}: this evidence is for v${run.specVersion})` : ""}
        </dd>
        <dt className="font-semibold">Suite</dt>
        <dd>
          version {run.suiteVersion}
          {report ? ` · ${report.tool}` : ""}
        </dd>
        <dt className="font-semibold">Queued</dt>
        <dd>{run.queuedAt.replace("T", " ").slice(0, 19)} UTC</dd>
        {run.finishedAt ? (
          <>
            <dt className="font-semibold">Finished</dt>
            <dd>
              {run.finishedAt.replace("T", " ").slice(0, 19)} UTC
              {report ? ` · ${(report.durationMs / 1000).toFixed(1)} s · ${report.requestCount} requests` : ""}
            </dd>
          </>
        ) : null}
      </dl>

      {live ? <RunProgress runId={run.id} initial={{ status: run.status, progressDone: run.progressDone, progressTotal: run.progressTotal }} /> : null}
      {run.status === "error" ? (
        <Notice tone="error" className="mt-4 max-w-3xl">
          {run.error ?? "The run stopped with an error."}
        </Notice>
      ) : null}

      {report && evidence ? (
        <>
          <Section headingId="result" title="Result" className="mt-8">
            <p className="mt-2 flex flex-wrap items-center gap-2" data-testid="run-level">
              <LevelBadge level={report.level.level} /> verified by tests: {report.level.requiredVerified} of {report.level.requiredTotal} REQUIRED requirements
              passed every check that tests them.
            </p>
            <p className="mt-1">
              {report.summary.passed} of {report.summary.total} checks passed
              {report.summary.failed ? `, ${report.summary.failed} failed` : ""}
              {report.summary.errored ? `, ${report.summary.errored} errors` : ""}
              {report.summary.skipped ? `, ${report.summary.skipped} not run` : ""}.
            </p>
            {report.aborted ? <p className="mt-1 font-semibold">The run stopped early: {report.aborted}.</p> : null}
            <Summary report={report} />
            <p className="mt-4">
              <a href={`/conformance/runs/${run.id}/evidence.json`} download>
                Download the evidence bundle (JSON)
              </a>
            </p>
            <p className="mt-1 text-sm">
              SHA-256 of the bundle:{" "}
              <code className="break-all" data-testid="run-digest">
                {evidence.digest}
              </code>
            </p>
          </Section>

          {problems.length ? (
            <section aria-labelledby="failures" className="mt-8">
              <h2 id="failures" className="text-2xl">
                Failures ({problems.length})
              </h2>
              <ul>
                {problems.map((c) => (
                  <CheckView key={c.id} c={c} />
                ))}
              </ul>
            </section>
          ) : null}

          <Section headingId="requirements" title="Requirements" className="mt-8">
            <TableScroll className="mt-2" label="Test result per requirement">
              <table className="w-full border-collapse text-sm">
                <caption className="sr-only">Test result per requirement</caption>
                <thead>
                  <TableHeadRow columns={["Requirement", "Level", "Result", "Checks"]} textLeft />
                </thead>
                <tbody>
                  {report.requirements.map((r) => (
                    <tr key={r.id} id={`req-${r.id}`} className="align-top">
                      <td className="border border-line p-2">
                        <Link href={requirementHref(run.bbId, r.id)} className="font-mono">
                          {r.id}
                        </Link>
                        <p>{r.text}</p>
                      </td>
                      <td className="border border-line p-2">{r.level}</td>
                      <td className="whitespace-nowrap border border-line p-2">{REQ_TEXT[r.status]}</td>
                      <td className="border border-line p-2 font-mono text-xs">{r.checks.join(", ") || "—"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </Section>

          <Section headingId="checks" title="Every check" className="mt-8">
            <details className="mt-2">
              <summary className="cursor-pointer font-semibold">Show all {report.checks.length} checks with their requests and responses</summary>
              <ul>
                {report.checks.map((c) => (
                  <CheckView key={c.id} c={c} />
                ))}
              </ul>
            </details>
          </Section>
        </>
      ) : null}
    </>
  );
}
