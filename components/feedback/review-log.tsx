import { listReviewLog, REVIEW_LOG_LIMIT, type FeedbackStatus } from "@/db/feedback";

const STATUS_WORDS: Record<FeedbackStatus, string> = {
  new: "Not yet reviewed",
  accepted: "Accepted",
  declined: "Declined",
  done: "Done",
};
const date = (iso: string) => new Date(iso).toLocaleDateString("en-GB", { dateStyle: "medium", timeZone: "UTC" });
const targetLabel = (t: string) => (t === "whole" ? "The specification as a whole" : t === "section" ? "A section" : `Requirement ${t}`);

/**
 * The public review log of one specification: each reviewed comment with its decision and the reviewer's reply.
 * Comments and replies are shown as plain text (React escapes them); the submitter is never named.
 */
export function ReviewLog({ bbId, headingLevel = 2 }: { bbId: string; headingLevel?: 2 | 3 }) {
  const entries = listReviewLog(bbId);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const ItemHeading = headingLevel === 2 ? "h3" : "h4";
  return (
    <section aria-labelledby="review-log" className="mt-10">
      <Heading id="review-log" className="text-2xl">
        Review log
      </Heading>
      <p className="mt-2 max-w-3xl">
        Every comment a reviewer has decided on, with the decision and the reply. Who sent a comment is never shown.
        {entries.length === REVIEW_LOG_LIMIT ? ` The newest ${REVIEW_LOG_LIMIT} are listed.` : ""}
      </p>
      {entries.length === 0 ? (
        <p className="mt-4">No feedback on this specification has been reviewed yet.</p>
      ) : (
        <ol className="mt-4 space-y-4">
          {entries.map((entry) => (
            <li key={entry.id} id={`review-${entry.id}`} className="border border-line p-4">
              <ItemHeading className="text-base font-semibold">
                {targetLabel(entry.target)}: <span className="font-normal">{STATUS_WORDS[entry.status]}</span>
              </ItemHeading>
              <p className="text-sm text-muted">
                Sent {date(entry.createdAt)} · decided {date(entry.updatedAt)}
              </p>
              <p className="mt-2 whitespace-pre-wrap break-words">
                <span className="sr-only">Comment: </span>
                {entry.comment}
              </p>
              <div className="mt-3 border-l-4 border-brand-600 pl-3">
                <p className="text-sm font-semibold">Reviewer&apos;s reply</p>
                <p className="whitespace-pre-wrap break-words">{entry.reply ?? "No written reply."}</p>
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
