import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { ActionForm, type FieldSpec } from "@/components/forms/action-form";
import { ForbiddenError, getWorkingCopy } from "@/db/marketplace/vendor";
import { requireActor } from "@/lib/auth/session";
import { getBuildingBlock } from "@/lib/content/building-blocks";
import { AccountBar } from "../../../../_components/account-bar";
import { saveAssessmentAction } from "../../../../actions";

export const metadata: Metadata = { title: "Self-assessment" };

export default async function AssessmentPage({ params }: { params: Promise<{ id: string; bbId: string }> }) {
  const { id, bbId } = await params;
  const actor = await requireActor(`/vendor/products/${id}/assessment/${bbId}`);
  let copy;
  try {
    copy = getWorkingCopy(actor, id);
  } catch (error) {
    if (error instanceof ForbiddenError) notFound();
    throw error;
  }
  const spec = getBuildingBlock(bbId);
  const claim = copy.snapshot.bbs.find((b) => b.bbId === bbId);
  if (!spec || !claim) notFound();
  // Waiting for review (a bookmark, the back button): say why instead of "page not found".
  if (!copy.canEdit && copy.status === "submitted") redirect(`/vendor/products/${id}?locked=1`);
  if (!copy.canEdit) notFound();
  const answers = new Map(claim.assessments.map((a) => [a.requirementId, a]));
  // Requirements come from the spec's requirements.yaml: the same list the spec page shows.
  const fields: FieldSpec[] = spec.requirements.flatMap((r): FieldSpec[] => {
    const a = answers.get(r.id);
    return [
      { name: `${r.id}.section`, label: `${r.id} (${r.level})`, type: "section" },
      {
        name: `${r.id}.status`,
        label: `Does ${copy.snapshot.name} meet ${r.id}?`,
        type: "radios",
        // The requirement as the group's hint: read out with the question, and in view when an error link jumps here.
        hint: r.text,
        options: [
          { value: "met", label: "Met" },
          { value: "not_met", label: "Not met" },
          ...(r.level === "REQUIRED" ? [] : [{ value: "na", label: "Not applicable" }]),
        ],
        defaultValue: a?.status ?? "",
      },
      { name: `${r.id}.comment`, label: `How ${r.id} is met, or why not (optional)`, type: "textarea", rows: 2, hint: "Markdown allowed.", defaultValue: a?.comment ?? "" },
      { name: `${r.id}.evidenceUrl`, label: `Evidence link for ${r.id} (optional)`, type: "url", hint: "A page, document or test report that shows it. Starts with https://", defaultValue: a?.evidenceUrl ?? "" },
    ];
  });
  return (
    <>
      <AccountBar actor={actor} />
      <p className="text-sm">
        <Link href={`/vendor/products/${id}`}>Back to {copy.snapshot.name}</Link>
      </p>
      <h1 className="mt-2 text-3xl">
        {spec.title}: self-assessment for {copy.snapshot.name}
      </h1>
      <p className="mt-2 max-w-3xl">
        Answer each requirement of the {spec.title} specification (version {spec.version}). Required requirements must be answered “met” or
        “not met” before you submit. Level 1 needs more than half of the {spec.requirements.filter((r) => r.level === "REQUIRED").length} required
        requirements met; Level 2 needs more than 90%.
      </p>
      <div className="mt-6">
        <ActionForm action={saveAssessmentAction.bind(null, { productId: id, bbId })} submitLabel="Save answers" fields={fields} />
      </div>
    </>
  );
}
