import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ReviewLog } from "@/components/feedback/review-log";
import { getBuildingBlock } from "@/lib/content/building-blocks";
import { SpecBreadcrumb } from "@/components/building-blocks/spec-breadcrumb";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const bb = getBuildingBlock((await params).id);
  return bb
    ? { title: `Review log of ${bb.title}`, description: `Feedback on the ${bb.title} specification and the reviewers' replies.` }
    : { title: "Page not found" };
}

// Changes whenever a reviewer decides on feedback.
export const dynamic = "force-dynamic";

export default async function ReviewLogPage({ params }: Props) {
  const bb = getBuildingBlock((await params).id);
  if (!bb) notFound();
  return (
    <div>
      <SpecBreadcrumb bb={bb} current="Review log" />
      <h1 className="mt-3 text-3xl">{bb.title}: feedback and replies</h1>
      <p className="mt-4 max-w-3xl">
        Anyone can comment on a specification. Reviewers accept a comment (it will change the specification), decline it (with the reason) or mark it done (the
        change is published). Like GovStack&apos;s open comment documents, the decisions are public.{" "}
        <Link href={`/building-blocks/${bb.id}/feedback`}>Give feedback on this specification</Link>.
      </p>
      <ReviewLog bbId={bb.id} />
    </div>
  );
}
