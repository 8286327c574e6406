import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { bbTitle } from "@/components/use-cases/bb-links";
import { Breadcrumbs } from "@/components/use-cases/breadcrumbs";
import { JourneyPlayback } from "@/components/use-cases/player/journey-playback";
import { useCaseStaticParams, type UseCasePageProps } from "@/components/use-cases/route-params";
import { getUseCase } from "@/lib/content/use-cases";
import { BB_IDS } from "@/sandbox/types";

export const dynamicParams = false;

export const generateStaticParams = useCaseStaticParams;

export async function generateMetadata({ params }: UseCasePageProps): Promise<Metadata> {
  const uc = getUseCase((await params).id);
  return uc
    ? { title: `Play the whole journey · ${uc.title}`, description: `Every step of ${uc.title}, run live in the sandbox, with a short explanation of each.` }
    : {};
}

export default async function PlayPage({ params }: UseCasePageProps) {
  const uc = getUseCase((await params).id);
  if (!uc) notFound();

  return (
    <>
      <Breadcrumbs
        items={[{ href: "/use-cases", label: "Use cases" }, { href: `/use-cases/${uc.id}`, label: uc.title }, { label: "Play the whole journey" }]}
      />
      <h1 className="text-3xl">Play the whole journey: {uc.title}</h1>
      <p className="mt-3 max-w-3xl text-lg">
        All {uc.steps.length} steps run one after the other against the sandbox&apos;s simulated Building Blocks, with a short explanation of each. Pause at any
        moment, step back, or replay. Nothing here is real personal data.
      </p>
      <JourneyPlayback
        useCaseId={uc.id}
        steps={uc.steps.map((s) => ({
          title: s.title,
          narration: s.narration,
          unhappy: uc.unhappyPaths.filter((u) => u.step === s.id).map((u) => ({ fault: u.fault, trigger: u.trigger })),
        }))}
        bbs={BB_IDS.map((id) => ({ id, title: bbTitle(id) }))}
      />
      <p className="mt-8">
        <Link href={`/use-cases/${uc.id}/steps/1`}>Go through the steps yourself instead, one page each</Link>
      </p>
    </>
  );
}
