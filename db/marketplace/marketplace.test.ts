import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { sampleProductInput } from "./core/product-input.fixture";
import { verifyPassword } from "better-auth/crypto";
import type { Actor } from "../../lib/marketplace/authz";
import { getBuildingBlock } from "../../lib/content/building-blocks";
import type { ProductInput } from "./core/product-input";

// The DAL modules are server-only; in tests they run in Node against a temporary database.
vi.mock("server-only", () => ({}));
// Outside production the specs are re-read on every call, and publishing each seed product reads them
// all: seconds of setup. They cannot change during this file, so it reads them once.
vi.mock("../../lib/content/building-blocks", async (importOriginal) => {
  const content = await importOriginal<typeof import("../../lib/content/building-blocks")>();
  const all = content.getBuildingBlocks();
  return { ...content, getBuildingBlocks: () => all, getBuildingBlock: (id: string) => all.find((bb) => bb.id === id) };
});
const dir = mkdtempSync(join(tmpdir(), "market-test-"));
process.env.DATABASE_PATH = join(dir, "test.db");

const { getDb } = await import("../client");
const { runMigrations } = await import("../migrate");
const { seedMarketplace } = await import("../seed/marketplace");
const { searchProducts, getPublishedProduct, listPublishedProductsForBb } = await import("./catalogue");
const vendor = await import("./vendor");
const review = await import("./review");
const { ensureCredentialUser, hashPasswordSync } = await import("./core/users");
const { parseListingQuery } = await import("../../lib/marketplace/query");

const q = (s: string) => parseListingQuery(new URLSearchParams(s)).query;
function actor(email: string, role: Actor["role"] = "vendor"): Actor {
  const { userId } = ensureCredentialUser(getDb(), { email, password: "a-long-enough-password", role });
  return { userId, email, name: email, role };
}
const input = (over: Partial<ProductInput> = {}): ProductInput =>
  sampleProductInput({ website: "https://example.org", licence: "MIT", deployments: [{ country: "KE", description: "Pilot", url: null }], ...over });
const allMet = () => getBuildingBlock("payments")!.requirements.map((r) => ({ requirementId: r.id, status: "met" as const, comment: "", evidenceUrl: null }));

// Now well under a second, but it has run past vitest's 10 s hook default on a loaded 2-core machine.
beforeAll(() => {
  runMigrations(getDb());
  seedMarketplace(getDb());
}, 60_000);
afterAll(() => {
  getDb().$client.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("seed and catalogue", () => {
  it("seeds at least 25 products and is idempotent", () => {
    const before = searchProducts(q("")).total;
    expect(before).toBeGreaterThanOrEqual(25);
    seedMarketplace(getDb());
    expect(searchProducts(q("")).total).toBe(before);
  });
  it("filters by facets (OR within, AND across) and searches text", () => {
    const pay = searchProducts(q("bb=payments"));
    expect(pay.items.every((i) => i.bbs.includes("payments"))).toBe(true);
    const both = searchProducts(q("bb=payments&bb=identity"));
    expect(both.total).toBeGreaterThan(pay.total);
    const narrowed = searchProducts(q("bb=payments&dpg=dpg&licence=open-source"));
    expect(narrowed.total).toBeLessThanOrEqual(pay.total);
    expect(searchProducts(q("q=mosip")).items[0]?.slug).toBe("mosip");
    expect(searchProducts(q("q=identit")).items.map((i) => i.slug)).toContain("keycloak");
    expect(searchProducts(q("country=EE")).items.map((i) => i.slug)).toEqual(["x-road"]);
  });
  it("pages on the server and clamps past the last page", () => {
    const p1 = searchProducts(q("pageSize=10"));
    const p2 = searchProducts(q("pageSize=10&page=2"));
    expect(p1.items).toHaveLength(10);
    expect(p1.items[0]!.slug).not.toBe(p2.items[0]!.slug);
    expect(searchProducts(q("pageSize=10&page=999")).page).toBe(p1.pageCount);
  });
  it("rejects bad query parameters with messages naming them", () => {
    expect(parseListingQuery(new URLSearchParams("level=9&licence=free")).errors).toEqual([
      expect.stringContaining("licence"),
      expect.stringContaining("level"),
    ]);
  });
});

describe("vendor, review and authorization", () => {
  const a = () => actor("a@example.org");
  const b = () => actor("b@example.org");
  let productId = "";

  it("keeps drafts private to the organisation", () => {
    const org = vendor.createOrganisation(a(), { name: "Org A", website: null });
    vendor.createOrganisation(b(), { name: "Org B", website: null });
    productId = vendor.createProduct(a(), org, input());
    expect(() => vendor.createProduct(b(), org, input())).toThrow(vendor.ForbiddenError);
    expect(() => vendor.getWorkingCopy(b(), productId)).toThrow(vendor.ForbiddenError);
    expect(() => vendor.updateProduct(b(), productId, input({ name: "Hijacked" }))).toThrow(vendor.ForbiddenError);
    expect(() => vendor.saveAssessment(b(), productId, "payments", allMet())).toThrow(vendor.ForbiddenError);
    expect(() => vendor.submitForReview(b(), productId)).toThrow(vendor.ForbiddenError);
    expect(vendor.listMyProducts(b())).toEqual([]);
    expect(getPublishedProduct("test-pay")).toBeUndefined();
  });

  it("requires answers to every REQUIRED requirement, from the spec only", () => {
    expect(() => vendor.submitForReview(a(), productId)).toThrow(/required requirement/);
    expect(() => vendor.saveAssessment(a(), productId, "payments", [{ requirementId: "XX-FN-01", status: "met", comment: "", evidenceUrl: null }])).toThrow(
      vendor.RuleError,
    );
    expect(() => vendor.saveAssessment(a(), productId, "identity", allMet())).toThrow(/does not claim/);
    vendor.saveAssessment(a(), productId, "payments", allMet());
    expect(vendor.submitForReview(a(), productId)).toBe(1);
    expect(() => vendor.updateProduct(a(), productId, input())).toThrow(/waiting for review/);
  });

  it("lets only reviewers decide, never on their own organisation", () => {
    // Asked before the approval, the answer is cached (searchProducts); publishing must not serve it stale.
    const before = searchProducts(q("q=test&bb=payments"));
    expect(before.items.map((i) => i.slug)).not.toContain("test-pay");
    expect(searchProducts(q("q=test&bb=payments"))).toBe(before);
    const versionId = review.listReviewQueue(actor("rev@example.org", "reviewer"))[0]!.versionId;
    expect(() => review.decideSubmission(a(), versionId, { decision: "approve", reason: "", verifiedBbs: [] })).toThrow(vendor.ForbiddenError);
    expect(() => review.listReviewQueue(a())).toThrow(vendor.ForbiddenError);
    expect(() => review.decideSubmission(actor("rev@example.org", "reviewer"), versionId, { decision: "reject", reason: "", verifiedBbs: [] })).toThrow(
      /reason/,
    );
    // The decision names the BBs whose spec pages list the product, so the action can revalidate them.
    expect(review.decideSubmission(actor("rev@example.org", "reviewer"), versionId, { decision: "approve", reason: "", verifiedBbs: ["payments"] })).toEqual({
      affectedBbs: ["payments"],
    });
    const published = getPublishedProduct("test-pay")!;
    expect(published.bbs[0]).toMatchObject({ bbId: "payments", evidence: "reviewer-verified" });
    expect(searchProducts(q("bb=payments&level=2")).items.map((i) => i.slug)).toContain("test-pay");
    const after = searchProducts(q("q=test&bb=payments"));
    expect(after.items.map((i) => i.slug)).toContain("test-pay");
    expect(after.total).toBe(before.total + 1);
    expect(after.facetCounts.bb.payments).toBe((before.facetCounts.bb.payments ?? 0) + 1);
    expect(listPublishedProductsForBb("payments", 1).products[0]!.slug).toBe("test-pay");
    expect(() =>
      review.decideSubmission(actor("rev@example.org", "reviewer"), versionId, { decision: "reject", reason: "again please", verifiedBbs: [] }),
    ).toThrow(/already/);
  });

  it("refuses a reviewer who belongs to the product's organisation, and lets another reviewer decide", () => {
    const insider = actor("rev-insider@example.org", "reviewer");
    const org = vendor.createOrganisation(insider, { name: "Insider Org", website: null });
    const id = vendor.createProduct(insider, org, input({ name: "Insider Pay" }));
    vendor.saveAssessment(insider, id, "payments", allMet());
    vendor.submitForReview(insider, id);
    const versionId = review.listReviewQueue(insider).find((v) => v.productName === "Insider Pay")!.versionId;
    for (const decision of ["approve", "request_changes", "reject"] as const) {
      expect(() => review.decideSubmission(insider, versionId, { decision, reason: "looks fine to me", verifiedBbs: [] })).toThrow(/your own organisation/);
    }
    expect(getPublishedProduct("insider-pay")).toBeUndefined();
    review.decideSubmission(actor("rev-outsider@example.org", "admin"), versionId, { decision: "approve", reason: "", verifiedBbs: [] });
    expect(getPublishedProduct("insider-pay")?.name).toBe("Insider Pay");
  });

  it("keeps the published version visible while an edit waits for review", () => {
    vendor.updateProduct(a(), productId, input({ name: "Test Pay Renamed" }));
    expect(vendor.getWorkingCopy(a(), productId).status).toBe("draft");
    expect(getPublishedProduct("test-pay")!.name).toBe("Test Pay");
    // Editing answers drops the reviewer's check on that BB in the working copy only.
    vendor.saveAssessment(a(), productId, "payments", allMet());
    expect(vendor.getWorkingCopy(a(), productId).snapshot.bbs[0]!.evidence).toBe("self-reported");
    expect(getPublishedProduct("test-pay")!.bbs[0]!.evidence).toBe("reviewer-verified");
    vendor.submitForReview(a(), productId);
    const admin = actor("admin@example.org", "admin");
    const versionId = review.listReviewQueue(admin)[0]!.versionId;
    review.decideSubmission(admin, versionId, { decision: "request_changes", reason: "Add a documentation link", verifiedBbs: [] });
    expect(vendor.getWorkingCopy(a(), productId)).toMatchObject({ status: "changes_requested", canEdit: true });
    expect(getPublishedProduct("test-pay")!.name).toBe("Test Pay");
    expect(review.listAuditLog(admin).rows.map((r) => r.action)).toEqual(
      expect.arrayContaining(["review.approve", "review.request_changes", "product.submitted"]),
    );
  });
});

describe("withdrawing from review and deleting drafts", () => {
  const c = () => actor("c@example.org");
  const d = () => actor("d@example.org");
  const rev = () => actor("rev2@example.org", "reviewer");
  let orgC = "";
  const submitted = (name: string) => {
    const id = vendor.createProduct(c(), orgC, input({ name }));
    vendor.saveAssessment(c(), id, "payments", allMet());
    vendor.submitForReview(c(), id);
    return id;
  };

  it("lets only members withdraw, only while the latest version waits for review", () => {
    orgC = vendor.createOrganisation(c(), { name: "Org C", website: null });
    vendor.createOrganisation(d(), { name: "Org D", website: null });
    const id = submitted("Typo Pay");
    expect(vendor.getWorkingCopy(c(), id)).toMatchObject({ status: "submitted", canWithdraw: true, canDelete: false });
    expect(vendor.getWorkingCopy(rev(), id).canWithdraw).toBe(false);
    expect(() => vendor.withdrawSubmission(d(), id)).toThrow(vendor.ForbiddenError);
    expect(() => vendor.withdrawSubmission(rev(), id)).toThrow(vendor.ForbiddenError);
    expect(() => vendor.withdrawSubmission(c(), "no-such-product")).toThrow(vendor.ForbiddenError);
    const versionId = review.listReviewQueue(rev()).find((s) => s.productName === "Typo Pay")!.versionId;

    expect(vendor.withdrawSubmission(c(), id)).toBe(1);
    const copy = vendor.getWorkingCopy(c(), id);
    expect(copy).toMatchObject({ status: "draft", canEdit: true, canSubmit: true, canWithdraw: false, canDelete: true });
    expect(copy.reviews[0]).toMatchObject({ number: 1, status: "withdrawn" });
    // The working copy is untouched: details and answers as submitted.
    expect(copy.snapshot.name).toBe("Typo Pay");
    expect(copy.snapshot.bbs[0]!.assessments).toHaveLength(allMet().length);
    expect(review.listReviewQueue(rev()).map((s) => s.productName)).not.toContain("Typo Pay");
    expect(() => review.decideSubmission(rev(), versionId, { decision: "approve", reason: "", verifiedBbs: [] })).toThrow(/withdrew/);
    expect(review.listAuditLog(rev()).rows.find((r) => r.action === "product.withdrawn")).toMatchObject({ actor: "c@example.org", productName: "Typo Pay" });

    // Nothing to withdraw any more; editing and submitting again works and numbers the next version.
    expect(() => vendor.withdrawSubmission(c(), id)).toThrow(vendor.RuleError);
    vendor.updateProduct(c(), id, input({ name: "Typo Pay Fixed" }));
    expect(vendor.submitForReview(c(), id)).toBe(2);
    expect(
      review
        .listReviewQueue(rev())
        .filter((s) => s.productName === "Typo Pay Fixed")
        .map((s) => s.number),
    ).toEqual([2]);
  });

  it("refuses to withdraw once a reviewer has decided", () => {
    const id = submitted("Decided Pay");
    const versionId = review.listReviewQueue(rev()).find((s) => s.productName === "Decided Pay")!.versionId;
    review.decideSubmission(rev(), versionId, { decision: "request_changes", reason: "Add a documentation link", verifiedBbs: [] });
    expect(vendor.getWorkingCopy(c(), id).canWithdraw).toBe(false);
    expect(() => vendor.withdrawSubmission(c(), id)).toThrow(vendor.RuleError);
    expect(vendor.getWorkingCopy(c(), id).reviews[0]!.status).toBe("changes_requested");
  });

  it("keeps the published version public when an update is withdrawn, and never deletes a published product", () => {
    const id = submitted("Live Pay");
    const v1 = review.listReviewQueue(rev()).find((s) => s.productName === "Live Pay")!.versionId;
    review.decideSubmission(rev(), v1, { decision: "approve", reason: "", verifiedBbs: [] });
    vendor.updateProduct(c(), id, input({ name: "Live Pay Two" }));
    vendor.submitForReview(c(), id);
    expect(vendor.withdrawSubmission(c(), id)).toBe(2);
    expect(getPublishedProduct("live-pay")!.name).toBe("Live Pay");
    expect(vendor.getWorkingCopy(c(), id)).toMatchObject({ status: "draft", publishedVersion: 1, canDelete: false });
    expect(vendor.getWorkingCopy(c(), id).snapshot.name).toBe("Live Pay Two");
    expect(() => vendor.deleteDraftProduct(c(), id)).toThrow(/published/);
    expect(getPublishedProduct("live-pay")).toBeDefined();
  });

  it("deletes a never-published draft for members only, not while it is in review", () => {
    const id = submitted("Oops Pay");
    expect(() => vendor.deleteDraftProduct(c(), id)).toThrow(/Withdraw it from review first/);
    vendor.withdrawSubmission(c(), id);
    vendor.setProductLogo(c(), id, "00000000-0000-4000-8000-000000000000.png");
    expect(() => vendor.deleteDraftProduct(d(), id)).toThrow(vendor.ForbiddenError);
    expect(() => vendor.deleteDraftProduct(rev(), id)).toThrow(vendor.ForbiddenError);
    expect(vendor.getWorkingCopy(c(), id).canDelete).toBe(true);

    expect(vendor.deleteDraftProduct(c(), id)).toEqual({ logoFile: "00000000-0000-4000-8000-000000000000.png" });
    expect(() => vendor.getWorkingCopy(c(), id)).toThrow(vendor.ForbiddenError);
    expect(vendor.listMyProducts(c()).map((p) => p.name)).not.toContain("Oops Pay");
    const $ = getDb().$client;
    for (const table of ["product_assessments", "product_bbs", "product_deployments", "product_versions"]) {
      expect($.prepare(`select count(*) as n from ${table} where product_id = ?`).get(id)).toEqual({ n: 0 });
    }
    expect(review.listAuditLog(rev()).rows.find((r) => r.action === "product.deleted")).toMatchObject({
      actor: "c@example.org",
      detail: JSON.stringify({ name: "Oops Pay" }),
    });
    expect(() => vendor.deleteDraftProduct(c(), id)).toThrow(vendor.ForbiddenError);
  });
});

describe("password hashing", () => {
  it("the seed's synchronous hash is accepted by Better Auth", async () => {
    const hash = hashPasswordSync("correct horse battery staple");
    expect(await verifyPassword({ hash, password: "correct horse battery staple" })).toBe(true);
    expect(await verifyPassword({ hash, password: "wrong password here" })).toBe(false);
  });
});
