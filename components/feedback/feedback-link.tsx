import Link from "next/link";
import { countOpenFeedback } from "@/db/feedback";

/** "Give feedback on this specification" with the public count of open feedback and the review log, for a spec page. */
export async function SpecFeedbackLink({ bbId }: { bbId: string }) {
  const open = await countOpenFeedback(bbId);
  return (
    <p className="mt-2 text-sm">
      <Link href={`/building-blocks/${bbId}/feedback`}>Give feedback on this specification</Link>{" "}
      <span className="text-muted">({open === 0 ? "no open feedback" : `${open} open piece${open === 1 ? "" : "s"} of feedback`})</span> ·{" "}
      <Link href={`/building-blocks/${bbId}/reviews`}>Read the review log</Link>
    </p>
  );
}
