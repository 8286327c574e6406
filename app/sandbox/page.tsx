import type { Metadata } from "next";
import { cookies, headers } from "next/headers";
import Link from "next/link";
import { TraceEntryView } from "@/components/sandbox/trace-entry";
import { TraceLive } from "@/components/sandbox/trace-live";
import { publicOrigin } from "@/lib/public-origin";
import { BB_TITLES, listMocks } from "@/sandbox/control";
import { NAMESPACE_COOKIE } from "@/sandbox/namespace-cookie";
import { DEFAULT_NAMESPACE, isValidNamespace, namespaceFaults } from "@/sandbox/namespaces";
import { curlFor, readTrace } from "@/sandbox/trace";
import { BB_IDS } from "@/sandbox/types";
import { TableHeadRow } from "@/components/ui/table-head-row";
import { Section } from "@/components/ui/section";
import { TableScroll } from "@/components/ui/table-scroll";

export const metadata: Metadata = {
  title: "Sandbox",
  description: "Live, simulated GovStack Building Blocks behind an Information Mediator: try the APIs, switch on failures, watch every call.",
};
export const dynamic = "force-dynamic";

const button = "rounded-sm border-2 border-brand-700 bg-brand-700 px-3 py-1 font-semibold text-white hover:bg-brand-900";
const secondary = "rounded-sm border-2 border-brand-700 px-3 py-1 font-semibold text-brand-700 hover:bg-brand-50";

export default async function SandboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const jar = await cookies();
  const cookieNs = jar.get(NAMESPACE_COOKIE)?.value;
  const ns = cookieNs && isValidNamespace(cookieNs) ? cookieNs : DEFAULT_NAMESPACE;
  const h = await headers();
  const origin = publicOrigin(h.get("host"));
  const [mocks, faults, trace] = [await listMocks(ns), namespaceFaults(ns), readTrace(ns, 20)];
  const notice = params.reset
    ? "Your sandbox was reset to its starting data."
    : params.faults
      ? "Fault switches saved."
      : params.created
        ? "You now have a new private sandbox."
        : undefined;

  return (
    <div className="space-y-10">
      <div className="app-prose">
        <h1 className="mb-3 text-3xl">Sandbox</h1>
        <p>
          The sandbox runs simulated versions of ten GovStack Building Blocks. They behave like real services: what you create stays there, wrong requests get
          clear error messages, and every call between them passes through a simulated Information Mediator, which records it below. Nothing here is real
          personal data.
        </p>
        {notice && (
          <p role="status" className="border-l-4 border-ok bg-brand-50 p-3">
            {notice}
          </p>
        )}
      </div>

      <Section headingId="ns-heading" title="Your private sandbox" className="space-y-3">
        <p>
          Your data lives in the namespace <code className="font-mono">{ns}</code>
          {ns === DEFAULT_NAMESPACE ? " (shared with everyone using the default)" : ", which only you can see"}. It is removed after a day without use.
        </p>
        <div className="flex flex-wrap gap-3">
          <form method="post" action={`/api/sandbox/reset?ns=${ns}`}>
            <input type="hidden" name="confirm" value="yes" />
            <button type="submit" className={button}>
              Reset my sandbox
            </button>
          </form>
          <form method="post" action="/api/sandbox/session">
            <input type="hidden" name="new" value="yes" />
            <button type="submit" className={secondary}>
              Start a new private sandbox
            </button>
          </form>
        </div>
      </Section>

      <Section headingId="mocks-heading" title="Simulated Building Blocks" className="space-y-3">
        <p>
          Call any of them with curl or your own software. Through the Information Mediator, add the header{" "}
          <code className="font-mono break-all">Information-Mediator-Client: eGovStack/GOV/90000001/portal</code> and use{" "}
          <code className="font-mono break-all">/mock/ns/{ns}/information-mediator/r1/eGovStack/GOV/&lt;member&gt;/&lt;bb-id&gt;/…</code>.
        </p>
        <TableScroll labelledBy="mocks-heading">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">Simulated Building Blocks, their addresses and status</caption>
            <thead>
              <TableHeadRow columns={["Building Block", "Base address", "Information Mediator member", "Status", "Contract"]} />
            </thead>
            <tbody>
              {mocks.map((m) => (
                <tr key={m.id}>
                  <th scope="row" className="border border-line p-2">
                    {m.title} <span className="font-normal text-muted">v{m.version}</span>
                  </th>
                  <td className="border border-line p-2 font-mono break-all">{m.namespacedBaseUrl}</td>
                  <td className="border border-line p-2 font-mono break-all">{m.imMember}</td>
                  <td className="border border-line p-2">
                    {faults.down?.includes(m.id) ? (
                      <span className="text-error">Switched off (fault)</span>
                    ) : m.healthy ? (
                      <span className="text-ok">Ready{faults.slow?.[m.id] ? `, slowed by ${faults.slow[m.id]} ms` : ""}</span>
                    ) : (
                      <span className="text-error">Not available</span>
                    )}
                  </td>
                  <td className="border border-line p-2">
                    <Link href={`/building-blocks/${m.id}`}>
                      Specification<span className="sr-only"> of {m.title}</span>
                    </Link>
                    {" · "}
                    <Link href={`/building-blocks/${m.id}/api`}>
                      API reference<span className="sr-only"> of {m.title}</span>
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </Section>

      <Section headingId="dev-heading" title="For developers: test your software against the mocks" className="space-y-3">
        <p>
          Each Building Block above answers at its base address, like a real service. Point a test suite or your own product at it; every mock also answers two
          helper calls that test runners need:
        </p>
        <ul className="list-disc space-y-1 pl-6">
          <li>
            <code className="font-mono break-all">
              GET {origin}/mock/ns/{ns}/&lt;bb-id&gt;/healthcheck
            </code>
            : ready or not.
          </li>
          <li>
            <code className="font-mono break-all">
              POST {origin}/mock/ns/{ns}/&lt;bb-id&gt;/__reset
            </code>
            : back to the starting data before a new test run.
          </li>
        </ul>
        <p>
          A namespace whose name starts with <code className="font-mono">suite</code> (for example{" "}
          <code className="font-mono break-all">/mock/ns/suite-identity/identity/</code>) answers in the shapes GovStack&apos;s own compliance test suites
          expect where they differ from the published specifications. To run the mocks on your own computer without the portal, use{" "}
          <code className="font-mono">npm run mocks</code> (see the project README).
        </p>
      </Section>

      <section aria-labelledby="faults-heading" id="faults" className="space-y-3">
        <h2 id="faults-heading" className="text-2xl">
          Make things go wrong
        </h2>
        <p>Switch on failures to see how a service copes. They only affect your sandbox.</p>
        <form method="post" action={`/api/sandbox/faults?ns=${ns}`} className="space-y-4">
          <fieldset className="grid gap-2">
            <legend className="font-semibold">Problems with the data</legend>
            {[
              ["identityMismatch", "Identity mismatch: registry checks and sign-in fail to match the person", faults.identityMismatch],
              ["consentRefused", "Consent refused: people decline to share their data", faults.consentRefused],
              ["insufficientFunds", "Insufficient funds: payments fail", faults.insufficientFunds],
            ].map(([name, label, checked]) => (
              <label key={String(name)} className="flex items-start gap-2">
                <input type="checkbox" name={String(name)} defaultChecked={!!checked} className="mt-1.5 size-4" />
                <span>{String(label)}</span>
              </label>
            ))}
          </fieldset>
          <fieldset className="grid gap-2">
            <legend className="font-semibold">Building Blocks that are down or slow</legend>
            <div className="grid gap-1 sm:grid-cols-2">
              {BB_IDS.map((bb) => (
                <div key={bb} className="flex flex-wrap gap-x-4">
                  <label className="flex items-center gap-2">
                    <input type="checkbox" name={`down-${bb}`} defaultChecked={faults.down?.includes(bb)} className="size-4" />
                    {BB_TITLES[bb]} down
                  </label>
                  <label className="flex items-center gap-2">
                    <input type="checkbox" name={`slow-${bb}`} defaultChecked={!!faults.slow?.[bb]} className="size-4" />
                    slow
                  </label>
                </div>
              ))}
            </div>
            <label htmlFor="slowMs" className="mt-2">
              Delay for slow Building Blocks, in milliseconds (up to 10000)
            </label>
            <input
              id="slowMs"
              name="slowMs"
              type="number"
              min={0}
              max={10000}
              step={100}
              defaultValue={Object.values(faults.slow ?? {})[0] ?? 2000}
              className="w-40 rounded-sm border-2 border-ink px-2 py-1"
            />
          </fieldset>
          <p>
            <button type="submit" className={button}>
              Save fault switches
            </button>
          </p>
        </form>
      </section>

      <Section headingId="trace-heading" title="What happened: the trace" className="space-y-3">
        <p>
          Every call is listed here, newest first, with sensitive values hidden. Open one to see the request, the answer and a curl command that repeats it.{" "}
          <Link href="/sandbox#trace-heading">Refresh the list</Link>.
        </p>
        <TraceLive ns={ns} />
        {trace.length === 0 ? (
          <p>
            No calls yet. Try:{" "}
            <code className="font-mono break-all">
              curl {origin}/mock/ns/{ns}/registration/services
            </code>
          </p>
        ) : (
          <ul aria-label="Recent calls" className="list-none">
            {trace.map((e) => (
              <TraceEntryView key={e.id} entry={e} curl={curlFor(e, origin, ns)} />
            ))}
          </ul>
        )}
      </Section>
    </div>
  );
}
