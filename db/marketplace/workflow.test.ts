import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { sampleProductInput } from "./core/product-input.fixture";
import { verifyPassword } from "better-auth/crypto";
import { eq } from "drizzle-orm";
import type { Actor } from "../../lib/marketplace/authz";
import { getBuildingBlock } from "../../lib/content/building-blocks";

// Section saves, per-requirement review comments, claims and staff invitations, on a temporary database.
vi.mock("server-only", () => ({}));
const dir = mkdtempSync(join(tmpdir(), "market-workflow-"));
process.env.DATABASE_PATH = join(dir, "test.db");

const { getDb } = await import("../client");
const { runMigrations } = await import("../migrate");
const { seedMarketplace } = await import("../seed/marketplace");
const { listOutbox } = await import("../mail");
const { searchProducts, getPublishedProduct, listFinderCandidates } = await import("./catalogue");
const vendor = await import("./vendor");
const review = await import("./review");
const claims = await import("./claims");
const staff = await import("./staff");
const { ensureCredentialUser } = await import("./core/users");
const { parseListingQuery } = await import("../../lib/marketplace/query");
const schema = await import("../schema");

function actor(email: string, role: Actor["role"] = "vendor"): Actor {
  const { userId } = ensureCredentialUser(getDb(), { email, password: "a-long-enough-password", role });
  return { userId, email, name: email, role };
}
const spec = getBuildingBlock("payments")!;
const bySection = (section: string) => spec.requirements.filter((r) => r.section === section);

// At load time: the describe blocks below create their users while being collected.
runMigrations(getDb());
seedMarketplace(getDb());
afterAll(() => {
  getDb().$client.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("seed listings", () => {
  it("Mifos's summary no longer claims a level its badge does not show, and cards carry per-BB evidence", () => {
    const mifos = getPublishedProduct("mifos-payment-hub-ee")!;
    expect(mifos.summary).not.toMatch(/Level 1/);
    const page = searchProducts(parseListingQuery(new URLSearchParams("bb=payments")).query);
    const item = page.items.find((i) => i.slug === "mifos-payment-hub-ee")!;
    expect(item.claims).toEqual([{ bbId: "payments", evidence: "self-reported", level: 0 }]);
    expect(listFinderCandidates().find((c) => c.slug === "mifos-payment-hub-ee")?.useCases).toEqual(["cash-transfer"]);
  });
});

describe("vendor, reviewer and claims", () => {
  const v = actor("section-vendor@example.org");
  const reviewer = actor("section-reviewer@example.org", "reviewer");
  let productId = "";

  it("saves one section without touching the others", () => {
    const org = vendor.createOrganisation(v, { name: "Section Org", website: null });
    productId = vendor.createProduct(v, org, sampleProductInput({ name: "Section Pay", summary: "A payments product for section tests." }));
    const answer = (ids: { id: string }[]) => ids.map((r) => ({ requirementId: r.id, status: "met" as const, comment: "", evidenceUrl: null }));
    vendor.saveAssessment(
      v,
      productId,
      "payments",
      answer(bySection("functional")),
      bySection("functional").map((r) => r.id),
    );
    vendor.saveAssessment(
      v,
      productId,
      "payments",
      answer(bySection("api")),
      bySection("api").map((r) => r.id),
    );
    const count = () => vendor.getWorkingCopy(v, productId).snapshot.bbs[0]!.assessments.length;
    expect(count()).toBe(bySection("functional").length + bySection("api").length);
    // Saving the API section empty clears only that section.
    vendor.saveAssessment(
      v,
      productId,
      "payments",
      [],
      bySection("api").map((r) => r.id),
    );
    expect(count()).toBe(bySection("functional").length);
    // An answer outside the section is refused.
    expect(() =>
      vendor.saveAssessment(
        v,
        productId,
        "payments",
        answer(bySection("api")),
        bySection("functional").map((r) => r.id),
      ),
    ).toThrow(/in this section/);
  });

  it("stores the reviewer's per-requirement comments, mails the vendor and shows them on the working copy", () => {
    const all = spec.requirements.map((r) => ({ requirementId: r.id, status: "met" as const, comment: "", evidenceUrl: null }));
    vendor.saveAssessment(v, productId, "payments", all);
    vendor.submitForReview(v, productId);
    const [queued] = review.listReviewQueue(reviewer).filter((q) => q.productName === "Section Pay");
    const first = spec.requirements[0]!.id;
    expect(() =>
      review.decideSubmission(reviewer, queued!.versionId, {
        decision: "request_changes",
        reason: "See comments",
        verifiedBbs: [],
        comments: [{ bbId: "identity", requirementId: "ID-FN-01", comment: "x" }],
      }),
    ).toThrow(/not a requirement this submission answers/);
    review.decideSubmission(
      reviewer,
      queued!.versionId,
      {
        decision: "request_changes",
        reason: "See the comments.",
        verifiedBbs: [],
        comments: [{ bbId: "payments", requirementId: first, comment: "Link the batch API docs." }],
      },
      "http://portal.test",
    );
    const copy = vendor.getWorkingCopy(v, productId);
    expect(copy.reviewComments?.byRequirement.get(`payments/${first}`)).toBe("Link the batch API docs.");
    const [mail] = listOutbox({ to: v.email });
    expect(mail?.kind).toBe("review-decision");
    expect(mail?.text).toContain(`http://portal.test/vendor/products/${productId}`);
    expect(mail?.text).toContain("commented on 1 requirement");
  });

  it("lets a vendor claim a seeded listing, and a reviewer approve it", () => {
    const claimant = actor("x-road-maintainer@example.org");
    const org = vendor.createOrganisation(claimant, { name: "NIIS for real", website: "https://niis.org" });
    expect(() => claims.requestClaim(claimant, { productSlug: "x-road", organisationId: "not-mine", message: "We maintain X-Road." })).toThrow(/not a member/);
    const id = claims.requestClaim(claimant, { productSlug: "x-road", organisationId: org, message: "We maintain X-Road." });
    expect(() => claims.requestClaim(claimant, { productSlug: "x-road", organisationId: org, message: "Again." })).toThrow(/already asked/);
    expect(() => claims.decideClaim(claimant, id, { approve: true, reason: "" })).toThrow(/Only reviewers/);
    expect(claims.listPendingClaims(reviewer).map((c) => c.productSlug)).toContain("x-road");
    claims.decideClaim(reviewer, id, { approve: true, reason: "" });
    const listing = getPublishedProduct("x-road")!;
    expect(listing.isSeed).toBe(false);
    expect(listing.organisation.name).toBe("NIIS for real");
    expect(vendor.listMyProducts(claimant).map((p) => p.slug)).toContain("x-road");
    expect(listOutbox({ to: claimant.email })[0]?.subject).toMatch(/approved/);
    expect(() => claims.requestClaim(claimant, { productSlug: "x-road", organisationId: org, message: "Once more." })).toThrow(/seed data/);
  });
});

describe("staff invitations", () => {
  const admin = actor("invite-admin@example.org", "admin");

  it("invites by mail; the link sets a password and gives the role once", async () => {
    expect(() => staff.inviteStaff(actor("plain@example.org"), { email: "x@example.org", role: "reviewer" }, "")).toThrow(/Only admins/);
    staff.inviteStaff(admin, { email: "New.Reviewer@example.org", role: "reviewer" }, "http://portal.test");
    const [mail] = listOutbox({ to: "new.reviewer@example.org" });
    const token = /token=([A-Za-z0-9_-]+)/.exec(mail!.text)![1]!;
    expect(staff.findInvitation(token)?.role).toBe("reviewer");
    expect(staff.listStaff(admin).invitations.map((i) => i.email)).toContain("new.reviewer@example.org");
    expect(() => staff.acceptInvitation({ token, name: "Rev", password: "short" })).toThrow(/at least 12/);
    expect(() => staff.acceptInvitation({ token, name: "Rev", password: "password1234" })).toThrow(/too easy to guess/);
    staff.acceptInvitation({ token, name: "Rev", password: "a-brand-new-password" });
    const u = getDb().select().from(schema.user).where(eq(schema.user.email, "new.reviewer@example.org")).get()!;
    expect(u.role).toBe("reviewer");
    const acc = getDb().select().from(schema.account).where(eq(schema.account.userId, u.id)).get()!;
    expect(await verifyPassword({ hash: acc.password!, password: "a-brand-new-password" })).toBe(true);
    expect(() => staff.acceptInvitation({ token, name: "Rev", password: "a-brand-new-password" })).toThrow(/expired, was already used/);
  });

  it("removes a reviewer (not oneself) and withdraws invitations", () => {
    const { people } = staff.listStaff(admin);
    const rev = people.find((p) => p.email === "new.reviewer@example.org")!;
    expect(() => staff.removeStaff(admin, admin.userId)).toThrow(/yourself/);
    staff.removeStaff(admin, rev.id);
    expect(staff.listStaff(admin).people.map((p) => p.email)).not.toContain("new.reviewer@example.org");
    staff.inviteStaff(admin, { email: "later@example.org", role: "admin" }, "");
    const token = /token=([A-Za-z0-9_-]+)/.exec(listOutbox({ to: "later@example.org" })[0]!.text)![1]!;
    const inv = staff.listStaff(admin).invitations.find((i) => i.email === "later@example.org")!;
    staff.revokeInvitation(admin, inv.id);
    expect(staff.findInvitation(token)).toBeUndefined();
  });

  it("counts what waits in the workspace", () => {
    const counts = staff.workspaceCounts(admin);
    expect(counts).toMatchObject({ submissions: 0, claims: 0 });
    expect(() => staff.workspaceCounts(actor("v2@example.org"))).toThrow();
  });
});
