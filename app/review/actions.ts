"use server";
import { decideSubmission } from "@/db/marketplace/review";
import { signedInForm } from "@/components/forms/form-action";
import { decisionSchema, parseRequirementComments } from "@/lib/marketplace/forms";
import { requestOrigin } from "@/lib/marketplace/origin";

/** Approve, request changes or reject one submission (reviewers and admins only). */
export const decideAction = signedInForm({ access: "staff", signIn: "/sign-in?next=/review" })
  .errors({ field: "decision" })
  .input(decisionSchema, { lists: ["verifiedBbs"], blanks: ["decision", "reason"], also: (form) => parseRequirementComments(form).errors })
  .action(async ({ actor, input, form }, versionId: string) => {
    const comments = parseRequirementComments(form).list;
    const { affectedBbs } = decideSubmission(actor, versionId, { ...input, comments }, await requestOrigin());
    return {
      revalidate: [
        "/marketplace",
        // Spec pages list the published products of their BB (ISR): refresh the ones this decision touched.
        ...affectedBbs.map((bb) => `/building-blocks/${bb}`),
        // Journey steps list products of their BBs too (static pages).
        ...(affectedBbs.length ? [["/use-cases/[id]/steps/[n]", "page"] as [string, "page"]] : []),
        "/review",
        "/staff",
      ],
      // The queue names the product and the decision (looked up again there, not trusted from the URL).
      redirect: `/review?decided=${encodeURIComponent(versionId)}`,
    };
  });
