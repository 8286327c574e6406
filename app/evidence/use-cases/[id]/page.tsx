import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { stepList } from "@/components/marketplace/use-case-evidence";
import { bbTitle } from "@/components/use-cases/bb-links";
import { getUseCaseEvidence } from "@/db/swap";
import { getActor } from "@/db/auth/session";
import { getUseCaseTitles } from "@/lib/content/use-cases";
import type { TraceEntry } from "@/sandbox/trace";
import { TableHeadRow } from "@/components/ui/table-head-row";
import { TableScroll } from "@/components/ui/table-scroll";

export const metadata: Metadata = { title: "Works in a use case: evidence" };

type Props = { params: Promise<{ id: string }> };

/** One run of a use case with a vendor's product playing a Building Block: what crossed to the product. */
export default async function UseCaseEvidencePage({ params }: Props) {
  const { id } = await params;
  const evidence = /^[0-9a-f-]{36}$/.test(id) ? getUseCaseEvidence(id, await getActor()) : undefined;
  if (!evidence) notFound();
  const title = getUseCaseTitles()[evidence.useCaseId] ?? evidence.useCaseId;
  const hops = evidence.trace as TraceEntry[];
  return (
    <>
      <h1 className="text-3xl">
        {evidence.productName} {evidence.status === "passed" ? "works in" : "failed in"} {title}
      </h1>
      <p className="mt-3 max-w-3xl">
        {evidence.productName}
        {evidence.productVersion ? ` ${evidence.productVersion}` : ""} played {bbTitle(evidence.bbId)} in a live run of{" "}
        <Link href={`/use-cases/${evidence.useCaseId}`}>{title}</Link> on{" "}
        {new Date(evidence.createdAt).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })} UTC.{" "}
        {evidence.status === "passed"
          ? `Step${evidence.steps.length > 1 ? "s" : ""} ${stepList(evidence.steps)}, every step that uses ${bbTitle(evidence.bbId)}, passed.`
          : `The run stopped at step ${stepList(evidence.steps)}: ${evidence.reason}`}
      </p>
      <h2 className="mt-8 text-2xl">The calls that reached {evidence.productName}</h2>
      <p className="mt-2">Each call went through the Information Mediator; secrets were masked before they were stored.</p>
      <TableScroll className="mt-3" label={`Calls forwarded to ${evidence.productName}`}>
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">Calls forwarded to {evidence.productName}</caption>
          <thead>
            <TableHeadRow columns={["Caller", "Request", "Answer", "Time"]} rowClass="" cellClass="border-b border-line p-2" />
          </thead>
          <tbody>
            {hops.map((h) => (
              <tr key={h.id}>
                <td className="border-b border-line p-2">{h.callerName ?? h.caller}</td>
                <td className="border-b border-line p-2 break-all font-mono">
                  {h.method} {decodeURIComponent(h.path.replace(/^\/r1\/[^/]+\/[^/]+\/[^/]+\/[^/]+/, ""))}
                </td>
                <td className="border-b border-line p-2">{h.status}</td>
                <td className="border-b border-line p-2">{h.latencyMs} ms</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
