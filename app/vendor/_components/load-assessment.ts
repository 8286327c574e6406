import "server-only";
import { notFound, redirect } from "next/navigation";
import { ForbiddenError, getWorkingCopy } from "@/db/marketplace/vendor";
import { requireActor } from "@/db/auth/session";
import { getBuildingBlock } from "@/lib/content/building-blocks";
import { sectionsOf } from "@/lib/marketplace/assessment";

/**
 * What both self-assessment pages need: the signed-in member, the editable working copy, the spec and
 * the claim, and the sections with progress. Waiting for review sends the vendor to the product page,
 * which says why; anything not theirs is a 404.
 */
export async function loadAssessment(id: string, bbId: string, returnTo: string) {
  const actor = await requireActor(returnTo);
  let copy;
  try {
    copy = getWorkingCopy(actor, id);
  } catch (error) {
    if (error instanceof ForbiddenError) notFound();
    throw error;
  }
  const spec = getBuildingBlock(bbId);
  const claim = copy.snapshot.bbs.find((b) => b.bbId === bbId);
  if (!spec || !claim || !spec.requirements.length) notFound();
  if (!copy.canEdit && copy.status === "submitted") redirect(`/vendor/products/${id}?locked=1`);
  if (!copy.canEdit) notFound();
  const statuses = new Map(claim.assessments.map((a) => [a.requirementId, a.status]));
  return { actor, copy, spec, claim, statuses, sections: sectionsOf(spec.requirements, statuses) };
}

/** "3 of 7 answered", with the required ones when some are still open. */
export function progressText(p: { answered: number; total: number; requiredAnswered: number; requiredTotal: number }): string {
  const open = p.requiredTotal - p.requiredAnswered;
  return `${p.answered} of ${p.total} answered${open > 0 ? ` · ${open} required still open` : ""}`;
}
