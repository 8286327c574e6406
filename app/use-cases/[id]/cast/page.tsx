import type { Metadata } from "next";
import Link from "next/link";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { bbTitle } from "@/components/use-cases/bb-links";
import { Breadcrumbs } from "@/components/use-cases/breadcrumbs";
import { swapCandidates } from "@/db/swap";
import { getUseCase } from "@/lib/content/use-cases";
import { swapFor } from "@/sandbox/im/swap";
import { NAMESPACE_COOKIE } from "@/sandbox/namespace-cookie";
import { isValidNamespace } from "@/sandbox/namespaces";
import type { BbId } from "@/sandbox/types";
import { choosePlayer } from "./actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string; error?: string; bb?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const uc = getUseCase((await params).id);
  return uc ? { title: `Who plays each part: ${uc.title}`, robots: { index: false } } : {};
}

const ERRORS: Record<string, string> = {
  bb: "That Building Block is not part of this use case.",
  session: "Your sandbox session was not found. Open the journey once, then come back to choose.",
  busy: "The sandbox is full at the moment. Try again in a few minutes.",
  candidate: "That product cannot play this part: its endpoint no longer passes the Building Block's required conformance checks.",
};

const when = (iso: string) => new Date(iso).toLocaleDateString("en-GB", { dateStyle: "medium", timeZone: "UTC" });

/** Per Building Block of the use case: the reference mock or a conforming product, for this visitor only. */
export default async function CastPage({ params, searchParams }: Props) {
  const uc = getUseCase((await params).id);
  if (!uc) notFound();
  const { saved, error } = await searchParams;
  const ns = (await cookies()).get(NAMESPACE_COOKIE)?.value;
  const valid = !!ns && isValidNamespace(ns);
  const bbs = uc.buildingBlocks.filter((bb) => bb !== "information-mediator");

  return (
    <>
      <Breadcrumbs items={[{ href: "/use-cases", label: "Use cases" }, { href: `/use-cases/${uc.id}`, label: uc.title }, { label: "Who plays each part" }]} />
      <h1 className="text-3xl">Who plays each part</h1>
      <p className="mt-3 max-w-3xl">
        Every step of this journey calls Building Blocks through the Information Mediator. By default the portal&apos;s reference mocks answer. Where a
        vendor&apos;s product has passed a Building Block&apos;s required conformance checks, you can let it play that part instead and watch the journey run on
        it. The choice applies to your own sandbox only.
      </p>
      {saved && bbs.includes(saved) ? (
        <p role="status" className="mt-4 rounded-sm border-l-4 border-ok bg-brand-50 p-3">
          Saved: {bbTitle(saved)} is now played by {(valid && swapFor(ns!, saved as BbId)?.productName) || "the reference mock"}.{" "}
          <Link href={`/use-cases/${uc.id}/steps/1`}>Run the journey</Link>
        </p>
      ) : null}
      {error && ERRORS[error] ? (
        <p role="alert" className="mt-4 rounded-sm border-l-4 border-error bg-white p-3">
          {ERRORS[error]}
        </p>
      ) : null}
      <ul className="mt-6 space-y-4">
        {bbs.map((bb) => {
          const candidates = swapCandidates(bb);
          const current = valid ? swapFor(ns!, bb as BbId) : undefined;
          const legendId = `cast-${bb}`;
          return (
            <li key={bb} className="rounded-sm border border-line p-4">
              <form action={choosePlayer}>
                <input type="hidden" name="useCaseId" value={uc.id} />
                <input type="hidden" name="bb" value={bb} />
                <fieldset aria-describedby={`${legendId}-now`}>
                  <legend id={legendId} className="text-xl font-semibold">
                    {bbTitle(bb)}
                  </legend>
                  <p id={`${legendId}-now`} className="mt-1">
                    Played now by: <strong>{current?.productName ?? "the portal's reference mock"}</strong>
                  </p>
                  <div className="mt-2 space-y-1">
                    <label className="flex items-start gap-2">
                      <input type="radio" name="player" value="reference" defaultChecked={!current} className="mt-1.5" />
                      <span>The portal&apos;s reference mock</span>
                    </label>
                    {candidates.map((c) => (
                      <label key={c.targetId} className="flex items-start gap-2">
                        <input type="radio" name="player" value={c.targetId} defaultChecked={current?.targetId === c.targetId} className="mt-1.5" />
                        <span>
                          {c.productName}
                          {c.productVersion ? ` ${c.productVersion}` : ""} — passed the required checks on {when(c.testedOn)} (
                          <Link href={`/marketplace/products/${c.productSlug}`}>product page</Link>)
                        </span>
                      </label>
                    ))}
                  </div>
                  {candidates.length === 0 ? (
                    <p className="mt-2 text-muted">No product has passed this Building Block&apos;s required conformance checks yet.</p>
                  ) : (
                    <button type="submit" className="mt-3 rounded-sm border-2 border-ink px-3 py-1.5 font-semibold">
                      Use this for {bbTitle(bb)}
                    </button>
                  )}
                </fieldset>
              </form>
            </li>
          );
        })}
      </ul>
    </>
  );
}
