import { getBuildingBlock } from "@/lib/content/building-blocks";
import { submitFeedback } from "./actions";
import { FeedbackForm } from "./feedback-form";

/**
 * "Give feedback on this specification": a self-contained section for a spec page.
 * Server component; the form inside is a small client island that also works without JavaScript.
 */
export function SpecFeedback({ bbId, requirementIds }: { bbId: string; requirementIds: string[] }) {
  const title = getBuildingBlock(bbId)?.title;
  return (
    <section aria-labelledby="spec-feedback-title" className="mt-12 border-t border-line pt-8">
      <h2 id="spec-feedback-title" className="mb-4 text-2xl">
        Give feedback on this specification
      </h2>
      <p className="mb-6 max-w-2xl">
        No account needed. Tell us what is unclear, missing or wrong; reviewers read every comment when they prepare the next version.
      </p>
      <FeedbackForm
        action={submitFeedback.bind(null, bbId)}
        requirementIds={requirementIds}
        back={{ href: `/building-blocks/${bbId}`, label: `Back to the ${title ?? bbId} specification` }}
      />
    </section>
  );
}
