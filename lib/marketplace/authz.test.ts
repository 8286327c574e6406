import { describe, expect, it } from "vitest";
import { canDeleteProduct, canEditProduct, canReview, canSubmitProduct, canViewWorkingCopy, canWithdrawSubmission, type Actor } from "./authz";

const vendor: Actor = { userId: "u1", email: "v@example.org", name: "V", role: "vendor" };
const reviewer: Actor = { ...vendor, userId: "u2", role: "reviewer" };
const admin: Actor = { ...vendor, userId: "u3", role: "admin" };

describe("authorization rules", () => {
  it("only reviewers and admins review", () => {
    expect(canReview(null)).toBe(false);
    expect(canReview(vendor)).toBe(false);
    expect(canReview(reviewer)).toBe(true);
    expect(canReview(admin)).toBe(true);
  });
  it("working copies are for members and reviewers only", () => {
    expect(canViewWorkingCopy(null, false)).toBe(false);
    expect(canViewWorkingCopy(vendor, false)).toBe(false);
    expect(canViewWorkingCopy(vendor, true)).toBe(true);
    expect(canViewWorkingCopy(reviewer, false)).toBe(true);
  });
  it("only members edit, and never while a version waits for review", () => {
    expect(canEditProduct(vendor, true, "draft")).toBe(true);
    expect(canEditProduct(vendor, true, "published")).toBe(true);
    expect(canEditProduct(vendor, true, "submitted")).toBe(false);
    expect(canEditProduct(vendor, false, "draft")).toBe(false);
    expect(canEditProduct(admin, false, "draft")).toBe(false);
  });
  it("there is nothing to submit when the working copy is the published version", () => {
    expect(canSubmitProduct(vendor, true, "draft")).toBe(true);
    expect(canSubmitProduct(vendor, true, "changes_requested")).toBe(true);
    expect(canSubmitProduct(vendor, true, "published")).toBe(false);
    expect(canSubmitProduct(vendor, true, "submitted")).toBe(false);
  });
  it("members withdraw only a version that still waits for review", () => {
    expect(canWithdrawSubmission(vendor, true, "submitted", "submitted")).toBe(true);
    expect(canWithdrawSubmission(vendor, false, "submitted", "submitted")).toBe(false);
    expect(canWithdrawSubmission(reviewer, false, "submitted", "submitted")).toBe(false);
    expect(canWithdrawSubmission(null, true, "submitted", "submitted")).toBe(false);
    expect(canWithdrawSubmission(vendor, true, "draft", "withdrawn")).toBe(false);
    expect(canWithdrawSubmission(vendor, true, "changes_requested", "changes_requested")).toBe(false);
  });
  it("members delete only products never published and not in review", () => {
    expect(canDeleteProduct(vendor, true, { everPublished: false, inReview: false })).toBe(true);
    expect(canDeleteProduct(vendor, false, { everPublished: false, inReview: false })).toBe(false);
    expect(canDeleteProduct(admin, false, { everPublished: false, inReview: false })).toBe(false);
    expect(canDeleteProduct(vendor, true, { everPublished: true, inReview: false })).toBe(false);
    expect(canDeleteProduct(vendor, true, { everPublished: false, inReview: true })).toBe(false);
  });
});
