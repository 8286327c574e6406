import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/forms/action-form";
import { LevelBadge } from "@/components/marketplace/badges";
import { Notice } from "@/components/ui/notice";
import { ForbiddenError, listRuns, listTargets } from "@/db/conformance";
import { getWorkingCopy } from "@/db/marketplace/vendor";
import { requireActor } from "@/db/auth/session";
import { getBuildingBlock } from "@/lib/content/building-blocks";
import { AccountBar } from "../../../../_components/account-bar";
import { saveTargetAction, startRunAction } from "../actions";

export const metadata: Metadata = { title: "Conformance tests" };

const ERRORS: Record<string, string> = {
  busy: "A run of this endpoint is already queued or running. Wait for it to finish, then start another.",
  rate: "You have started many runs in the last hour. Try again later.",
  forbidden: "You do not have access to this product.",
};

export default async function ConformanceTargetPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string; bbId: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { id, bbId } = await params;
  const sp = await searchParams;
  const actor = await requireActor(`/vendor/products/${id}/conformance/${bbId}`);
  let copy, targets, runs;
  try {
    copy = getWorkingCopy(actor, id);
    targets = listTargets(actor, id);
    runs = listRuns(actor, id).filter((r) => r.bbId === bbId);
  } catch (error) {
    if (error instanceof ForbiddenError || (error as Error).name === "ForbiddenError") notFound();
    throw error;
  }
  const spec = getBuildingBlock(bbId);
  if (!spec || !copy.snapshot.bbs.some((b) => b.bbId === bbId)) notFound();
  const target = targets.find((t) => t.bbId === bbId);
  const p = copy.snapshot;
  return (
    <>
      <AccountBar actor={actor} />
      <p className="text-sm">
        <Link href={`/vendor/products/${id}`}>{p.name}</Link>
      </p>
      <h1 className="mt-2 text-3xl">Conformance tests: {spec.title}</h1>
      <p className="mt-2 max-w-3xl">
        Enter the base URL of your {spec.title} implementation. The portal runs its conformance suite against it: every operation of the{" "}
        <Link href={`/building-blocks/${spec.id}/api`}>
          {spec.title} API (v{spec.version})
        </Link>{" "}
        is called with the contract&apos;s examples and checked against its schemas, and scenarios check that what one call creates, the next reads back.
        Requirements covered by passing checks become &quot;verified by tests&quot; on your listing. Use a test instance: the suite creates records.
      </p>
      {sp.saved ? <Notice className="mt-4">Endpoint saved. You can run the tests now.</Notice> : null}
      {sp.error && ERRORS[sp.error] ? (
        <Notice tone="error" className="mt-4">
          {ERRORS[sp.error]}
        </Notice>
      ) : null}

      <section aria-labelledby="endpoint" className="mt-6">
        <h2 id="endpoint" className="mb-2 text-2xl">
          Endpoint
        </h2>
        {target ? (
          <p className="mb-4">
            Current: <code className="break-all">{target.baseUrl}</code> · test credential: {target.hasCredential ? "stored (hidden)" : "none"}
          </p>
        ) : null}
        <ActionForm
          action={saveTargetAction.bind(null, id, bbId)}
          submitLabel={target ? "Save endpoint" : "Add endpoint"}
          fields={[
            {
              name: "baseUrl",
              label: "Base URL",
              type: "url",
              hint: `The paths of the contract are added to it, e.g. https://payments.example.org/api for https://payments.example.org/api/bills/{billId}.`,
              defaultValue: target?.baseUrl ?? "",
            },
            {
              name: "authPassword",
              label: "Test credential (optional)",
              type: "password",
              hint: target?.hasCredential
                ? "A credential is stored. It is never shown again. Leave this empty to keep it, or enter a new one to replace it."
                : "The value of the Authorization header, e.g. Bearer eyJ…. Stored encrypted, never shown again, and masked in every report.",
              autoComplete: "off",
            },
            ...(target?.hasCredential
              ? [
                  {
                    name: "removeCredential",
                    label: "Remove the stored credential",
                    type: "checkboxes" as const,
                    options: [{ value: "on", label: "Remove the stored credential" }],
                  },
                ]
              : []),
          ]}
        />
      </section>

      {target ? (
        <section aria-labelledby="run" className="mt-8">
          <h2 id="run" className="mb-2 text-2xl">
            Run the tests
          </h2>
          {target.activeRunId ? (
            <p>
              A run is in progress: <Link href={`/conformance/runs/${target.activeRunId}`}>watch it</Link>.
            </p>
          ) : (
            <form action={startRunAction.bind(null, id, bbId, target.id)}>
              <button type="submit" className="rounded-sm bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900">
                Run the {spec.title} tests
              </button>
            </form>
          )}
        </section>
      ) : null}

      <section aria-labelledby="history" className="mt-8">
        <h2 id="history" className="mb-2 text-2xl">
          Runs
        </h2>
        {runs.length === 0 ? (
          <p>No run yet.</p>
        ) : (
          <ul className="space-y-2">
            {runs.map((r) => (
              <li key={r.id} className="flex flex-wrap items-center gap-2">
                <Link href={`/conformance/runs/${r.id}`}>{(r.finishedAt ?? r.queuedAt).replace("T", " ").slice(0, 16)} UTC</Link>
                <span>{r.status === "finished" ? `${r.passed} passed, ${r.failed} failed` : r.status}</span>
                {r.status === "finished" ? <LevelBadge level={r.level ?? 0} /> : null}
                <span className="text-sm text-muted">spec v{r.specVersion}</span>
              </li>
            ))}
          </ul>
        )}
        {copy.publishedVersion ? (
          <p className="mt-4 text-sm">
            Badge for your site: <code className="break-all">{`/badges/${p.slug}/${bbId}.svg`}</code>
          </p>
        ) : null}
      </section>
    </>
  );
}
