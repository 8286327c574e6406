import type { ReviewStatus } from "./options";

/** Who is calling: the signed-in user and their portal role. */
export type Actor = { userId: string; email: string; name: string; role: "vendor" | "reviewer" | "admin" };

/** Reviewers and admins decide on submissions and read the audit log. */
export function canReview(actor: Pick<Actor, "role"> | null | undefined): boolean {
  return actor?.role === "reviewer" || actor?.role === "admin";
}

/** A product's working copy is visible to its organisation's members and to reviewers. */
export function canViewWorkingCopy(actor: Actor | null, isMember: boolean): boolean {
  return !!actor && (isMember || canReview(actor));
}

/**
 * Only members of the owning organisation edit a product, and not while it waits for review
 * (the reviewer must decide on exactly what was submitted). Reviewers do not edit vendor text.
 */
export function canEditProduct(actor: Actor | null, isMember: boolean, status: ReviewStatus): boolean {
  return !!actor && isMember && status !== "submitted";
}

/** Members submit a product for review unless it is already waiting for one. */
export function canSubmitProduct(actor: Actor | null, isMember: boolean, status: ReviewStatus): boolean {
  return canEditProduct(actor, isMember, status) && status !== "published";
}

/**
 * Members take back a submission while it still waits for a reviewer (the latest version is
 * "submitted"); the product returns to draft with the working copy as it was.
 */
export function canWithdrawSubmission(actor: Actor | null, isMember: boolean, status: ReviewStatus, latestVersionStatus: string | undefined): boolean {
  return !!actor && isMember && status === "submitted" && latestVersionStatus === "submitted";
}

/**
 * Members delete a product that was never public: no version was ever approved (so nothing was
 * published) and none waits for review (withdraw it first).
 */
export function canDeleteProduct(actor: Actor | null, isMember: boolean, state: { everPublished: boolean; inReview: boolean }): boolean {
  return !!actor && isMember && !state.everPublished && !state.inReview;
}
