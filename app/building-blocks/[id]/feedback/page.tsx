import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SpecFeedback } from "@/components/feedback/spec-feedback";
import { countOpenFeedback } from "@/db/feedback";
import { getBuildingBlock } from "@/lib/content/building-blocks";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const bb = getBuildingBlock((await params).id);
  return { title: bb ? `Feedback on ${bb.title}` : "Page not found" };
}

// The open-feedback count changes with every submission.
export const dynamic = "force-dynamic";

export default async function SpecFeedbackPage({ params }: Props) {
  const bb = getBuildingBlock((await params).id);
  if (!bb) notFound();
  const open = await countOpenFeedback(bb.id);
  return (
    <div>
      <p className="mb-2">
        <Link href={`/building-blocks/${bb.id}`}>Back to the {bb.title} specification</Link>
      </p>
      <h1 className="text-3xl">Feedback on the {bb.title} specification</h1>
      <p className="mt-4 max-w-2xl">
        Version {bb.version}.{" "}
        {open === 0 ? "There is no open feedback on it yet." : `${open} piece${open === 1 ? " of feedback is" : "s of feedback are"} open.`}{" "}
        <Link href={`/building-blocks/${bb.id}/reviews`}>Read the review log</Link> to see what reviewers decided on earlier comments.
      </p>
      <SpecFeedback bbId={bb.id} requirementIds={bb.requirements.map((r) => r.id)} />
    </div>
  );
}
