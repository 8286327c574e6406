import type { Metadata } from "next";
import { SelectField } from "@/components/ui/select-field";
import { StaffNav } from "@/components/staff/staff-nav";
import { listFeedback, type FeedbackItem, type FeedbackStatus } from "@/db/feedback";
import { FEEDBACK_STATUSES } from "@/lib/involvement/options";
import { getBuildingBlocks } from "@/lib/content/building-blocks";
import { requireStaff } from "@/db/auth/staff";
import { reviewFeedback } from "../actions";

export const metadata: Metadata = { title: "Feedback on specifications", robots: { index: false } };

type Props = { searchParams: Promise<{ bb?: string; status?: string; saved?: string }> };

const STATUS_LABELS: Record<FeedbackStatus, string> = { new: "New", accepted: "Accepted", declined: "Declined", done: "Done" };
const STATUS_OPTIONS = FEEDBACK_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }));
const date = (iso: string) => new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }) + " UTC";
const targetLabel = (t: string) => (t === "whole" ? "The specification as a whole" : t === "section" ? "A section" : `Requirement ${t}`);

export default async function StaffFeedbackPage({ searchParams }: Props) {
  const staff = await requireStaff({ returnTo: "/staff/feedback" });
  const { bb, status, saved } = await searchParams;
  const bbs = getBuildingBlocks();
  const bbFilter = bbs.some((b) => b.id === bb) ? bb : undefined;
  const statusFilter = FEEDBACK_STATUSES.find((s) => s === status);
  const items = listFeedback(staff, { bbId: bbFilter, status: statusFilter });
  const groups = new Map<string, FeedbackItem[]>();
  for (const item of items) groups.set(item.bbId, [...(groups.get(item.bbId) ?? []), item]);
  const titleOf = (id: string) => bbs.find((b) => b.id === id)?.title ?? id;

  return (
    <div>
      <StaffNav staff={staff} />
      <h1 className="text-3xl">Feedback on specifications</h1>
      <form method="get" className="mt-6 flex flex-wrap items-end gap-4">
        <SelectField
          id="filter-bb"
          name="bb"
          label="Specification"
          defaultValue={bbFilter ?? ""}
          emptyOption="All specifications"
          options={bbs.map((b) => ({ value: b.id, label: b.title }))}
        />
        <SelectField id="filter-status" name="status" label="Status" defaultValue={statusFilter ?? ""} emptyOption="Any status" options={STATUS_OPTIONS} />
        <button type="submit" className="rounded-sm border-2 border-brand-700 px-3 py-1.5 font-semibold text-brand-700">
          Show
        </button>
      </form>

      {items.length === 0 ? <p className="mt-8">No feedback matches.</p> : null}
      {[...groups].map(([bbId, list]) => (
        <section key={bbId} aria-labelledby={`spec-${bbId}`} className="mt-10">
          <h2 id={`spec-${bbId}`} className="text-2xl">
            {titleOf(bbId)} <span className="text-base font-normal text-muted">({list.length})</span>
          </h2>
          <ul className="mt-4 space-y-6">
            {list.map((item) => (
              <li key={item.id} id={`feedback-${item.id}`} className="border border-line p-4">
                <p className="text-sm text-muted">
                  {targetLabel(item.target)} · sent {date(item.createdAt)} · status: <strong className="text-ink">{STATUS_LABELS[item.status]}</strong>
                </p>
                <p className="mt-2 whitespace-pre-wrap break-words">{item.comment}</p>
                <p className="mt-2 text-sm">
                  {item.name || item.email ? `From ${[item.name, item.email].filter(Boolean).join(", ")}` : "Anonymous"}
                  {item.consentToContact ? " · agrees to be contacted" : " · not to be contacted"}
                </p>
                {saved === item.id ? (
                  <p role="status" className="mt-2 font-semibold text-ok">
                    Saved.
                  </p>
                ) : null}
                <form action={reviewFeedback} className="mt-4 grid gap-3">
                  <input type="hidden" name="id" value={item.id} />
                  <input type="hidden" name="bb" value={bbFilter ?? ""} />
                  <SelectField id={`status-${item.id}`} name="status" label="Status" defaultValue={item.status} options={STATUS_OPTIONS} />
                  <div>
                    <label htmlFor={`reply-${item.id}`} className="block font-semibold">
                      Reply
                    </label>
                    <textarea
                      id={`reply-${item.id}`}
                      name="reply"
                      rows={3}
                      maxLength={4000}
                      defaultValue={item.reply ?? ""}
                      className="mt-1 block w-full max-w-xl rounded-sm border-2 border-ink bg-white px-2 py-1.5"
                    />
                  </div>
                  <div>
                    <button type="submit" className="rounded-sm bg-brand-700 px-3 py-1.5 font-semibold text-white">
                      Save review
                    </button>
                  </div>
                </form>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
