// Every form action, called as the page calls it (bound arguments, the previous state, the FormData):
// bad input comes back as FormState errors naming the field and writes nothing; good input writes, and
// the test reads it back from the database. Who may call what: app/actions-access.test.ts.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, beforeEach, describe, expect, test, vi } from "vitest";
import { sampleProductInput } from "@/db/marketplace/core/product-input.fixture";
import { initialFormState, type FormState } from "@/lib/forms/form-state";
import type { Actor } from "@/lib/marketplace/authz";
import { useTempDb } from "@/sandbox/test-helpers";

vi.mock("server-only", () => ({}));
const revalidated: string[] = [];
vi.mock("next/cache", () => ({ revalidatePath: (path: string) => void revalidated.push(path) }));
const deferred: (() => unknown)[] = [];
vi.mock("next/server", () => ({ after: (task: () => unknown) => void deferred.push(task) }));
class Redirect extends Error {
  constructor(readonly url: string) {
    super(`redirect ${url}`);
  }
}
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Redirect(url);
  },
  notFound: () => {
    throw new Error("not found");
  },
}));
let requestHeaders: Record<string, string> = {};
const jar = new Map<string, string>();
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ host: "portal.test", ...requestHeaders }),
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    set: (name: string, value: string) => void jar.set(name, value),
    delete: (name: string) => void jar.delete(name),
    has: (name: string) => jar.has(name),
  }),
}));
let current: Actor | null = null;
vi.mock("@/db/auth/session", async (original) => ({ ...(await original<object>()), getActor: async () => current }));

const actors = {} as Record<"vendor" | "reviewer" | "admin", Actor>;
const ids = { organisation: "", product: "" };

beforeAll(async () => {
  await useTempDb();
  process.env.UPLOAD_DIR = mkdtempSync(join(tmpdir(), "actions-uploads-"));
  // Stored test credentials are sealed with it.
  process.env.BETTER_AUTH_SECRET ??= "a-test-secret-that-is-long-enough-for-sealing";
  const { getDb } = await import("@/db/client");
  const { ensureCredentialUser } = await import("@/db/marketplace/core/users");
  // The seeded listings: one of them is claimed below.
  const { seedMarketplace } = await import("@/db/seed/marketplace");
  seedMarketplace(getDb());
  for (const role of ["vendor", "reviewer", "admin"] as const) {
    const email = `${role}@forms.test`;
    actors[role] = { userId: ensureCredentialUser(getDb(), { email, password: "a-long-enough-password-41", role }).userId, email, name: role, role };
  }
  getDb().$client.prepare("UPDATE user SET email_verified = 1").run();
  const vendor = await import("@/db/marketplace/vendor");
  ids.organisation = vendor.createOrganisation(actors.vendor, { name: "Forms Ltd", website: null });
  ids.product = vendor.createProduct(
    actors.vendor,
    ids.organisation,
    sampleProductInput({ name: "Forms Pay", summary: "A product the form tests change.", licence: "MIT" }),
  );
}, 60_000);

beforeEach(() => {
  current = null;
  requestHeaders = {};
  revalidated.length = 0;
  deferred.length = 0;
});

const form = (fields: Record<string, string | string[]> = {}) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) data.append(k, one);
  return data;
};
const prev = initialFormState;
/** The URL a call redirected to (it throws, as Next's redirect does), or its FormState. */
async function run(call: () => Promise<unknown>): Promise<{ redirect?: string; state?: FormState }> {
  try {
    return { state: (await call()) as FormState };
  } catch (error) {
    if (error instanceof Redirect) return { redirect: error.url };
    throw error;
  }
}
const count = async (sql: string, ...params: unknown[]) => {
  const { getDb } = await import("@/db/client");
  return (
    getDb()
      .$client.prepare(sql)
      .get(...params) as { n: number }
  ).n;
};

describe("the form-action chain", () => {
  test("a post from another site is refused before anything is read", async () => {
    const { createOrganisationAction } = await import("./vendor/actions");
    current = actors.vendor;
    requestHeaders = { origin: "https://evil.example" };
    const { state } = await run(() => createOrganisationAction(prev, form({ name: "Evil Org" })));
    expect(state?.status).toBe("error");
    expect(state?.message).toBe("This form was sent from another website.");
    expect(await count("SELECT count(*) n FROM organisations WHERE name = ?", "Evil Org")).toBe(0);
  });

  test("visitors are sent to sign in", async () => {
    const { createOrganisationAction } = await import("./vendor/actions");
    expect(await run(() => createOrganisationAction(prev, form({ name: "Nobody Org" })))).toEqual({ redirect: "/sign-in" });
  });

  test("passwords are never sent back; other values are", async () => {
    const { signUpAction } = await import("./vendor/actions");
    const { state } = await run(() => signUpAction(prev, form({ name: "Ada", email: "not-an-email", password: "short" })));
    expect(state?.errors).toMatchObject({ email: expect.stringContaining("email address"), password: expect.stringContaining("12 characters") });
    expect(state?.values).toEqual({ name: "Ada", email: "not-an-email" });
    expect(state?.key).toBeTruthy();
  });

  test("an unexpected error is answered in general terms, without its details", async () => {
    const { publicForm } = await import("@/components/forms/form-action");
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const broken = publicForm().action(() => {
        throw new Error("SQLITE_CORRUPT: secret detail");
      });
      const { state } = await run(() => broken(prev, form({ name: "Broken" })));
      expect(state?.message).toBe("Something went wrong on our side. Try again in a few minutes.");
      expect(state?.values).toEqual({ name: "Broken" });
      expect(JSON.stringify(state)).not.toContain("SQLITE");
      expect(log).toHaveBeenCalled();
    } finally {
      log.mockRestore();
    }
  });

  test("a rule the data layer enforces comes back on the field it names", async () => {
    const { publicForm } = await import("@/components/forms/form-action");
    const { RuleError } = await import("@/db/marketplace/core/types");
    const ruled = publicForm().action(() => {
      throw new RuleError("That name is taken", "name");
    });
    expect((await ruled(prev, form({ name: "Taken" }))).errors).toEqual({ name: "That name is taken" });
  });
});

describe("vendor actions", () => {
  test("createOrganisationAction: a short name is refused on its field; a good one is created", async () => {
    const { createOrganisationAction } = await import("./vendor/actions");
    current = actors.vendor;
    const bad = await run(() => createOrganisationAction(prev, form({ name: "X", website: "" })));
    expect(bad.state?.errors).toEqual({ name: "Enter the organisation's name" });
    expect(await count("SELECT count(*) n FROM organisations WHERE name = 'X'")).toBe(0);
    expect(await run(() => createOrganisationAction(prev, form({ name: "Second Forms Ltd", website: "" })))).toEqual({ redirect: "/vendor" });
    expect(await count("SELECT count(*) n FROM organisations WHERE name = ?", "Second Forms Ltd")).toBe(1);
    expect(revalidated).toContain("/vendor");
  });

  test("saveProductAction: a short summary is refused on its field; a good edit is saved", async () => {
    const { saveProductAction } = await import("./vendor/actions");
    const { getWorkingCopy } = await import("@/db/marketplace/vendor");
    current = actors.vendor;
    const blanks = Object.fromEntries(
      ["description", "website", "sourceUrl", "docsUrl", "languages", "contactEmail", "versionLabel", "deployments"].map((k) => [k, ""]),
    );
    const fields = { ...blanks, name: "Forms Pay", summary: "A product the form tests change, edited.", licence: "MIT" };
    const good = sampleProductInput({ name: "Forms Pay", summary: fields.summary, licence: "MIT" });
    const complete = { ...fields, licenceType: good.licenceType, hosting: good.hosting, pricing: good.pricing, dpgStatus: good.dpgStatus, bbs: ["payments"] };
    const bad = await run(() => saveProductAction({ productId: ids.product }, prev, form({ ...complete, summary: "Too short" })));
    expect(Object.keys(bad.state?.errors ?? {})).toEqual(["summary"]);
    expect(getWorkingCopy(actors.vendor, ids.product).snapshot.summary).toBe("A product the form tests change.");
    const saved = await run(() => saveProductAction({ productId: ids.product }, prev, form(complete)));
    expect(saved.redirect).toBe(`/vendor/products/${ids.product}?saved=1`);
    expect(getWorkingCopy(actors.vendor, ids.product).snapshot.summary).toBe(fields.summary);
  });

  test("requestClaimAction: a short message is refused on its field; a good claim is stored", async () => {
    const { requestClaimAction } = await import("./vendor/actions");
    const { listMyClaims } = await import("@/db/marketplace/claims");
    current = actors.vendor;
    const bad = await run(() => requestClaimAction("mifos-payment-hub-ee", prev, form({ organisationId: ids.organisation, message: "mine" })));
    expect(bad.state?.errors).toEqual({ message: "Say in at least 20 characters how your organisation is connected to the product" });
    expect(listMyClaims(actors.vendor)).toEqual([]);
    const good = await run(() =>
      requestClaimAction("mifos-payment-hub-ee", prev, form({ organisationId: ids.organisation, message: "We maintain this product's payments module." })),
    );
    expect(good.redirect).toBe("/vendor?claimed=1");
    expect(listMyClaims(actors.vendor)).toHaveLength(1);
  });

  test("deleteDraftAction: without the ticked box nothing is deleted; with it the draft goes", async () => {
    const { deleteDraftAction } = await import("./vendor/actions");
    const vendor = await import("@/db/marketplace/vendor");
    current = actors.vendor;
    const draft = vendor.createProduct(
      actors.vendor,
      ids.organisation,
      sampleProductInput({ name: "Doomed Pay", summary: "A draft the test deletes again.", licence: "MIT" }),
    );
    const bad = await run(() => deleteDraftAction(draft, prev, form()));
    expect(bad.state?.errors).toEqual({ confirm: "Tick the box to confirm you want to delete this draft" });
    expect(await count("SELECT count(*) n FROM products WHERE id = ?", draft)).toBe(1);
    expect(await run(() => deleteDraftAction(draft, prev, form({ confirm: "yes" })))).toEqual({ redirect: "/vendor?deleted=1" });
    expect(await count("SELECT count(*) n FROM products WHERE id = ?", draft)).toBe(0);
  });

  test("another vendor's product is refused with the access message, on the form", async () => {
    const { withdrawSubmissionAction } = await import("./vendor/actions");
    current = actors.admin;
    const { state } = await run(() => withdrawSubmissionAction(ids.product, prev, form()));
    expect(state?.message).toBe("You do not have access to this product.");
  });
});

describe("conformance actions", () => {
  test("saveTargetAction: a base URL that is not a URL is refused on its field; a good one is saved", async () => {
    const { saveTargetAction } = await import("./vendor/products/[id]/conformance/actions");
    const { listTargets } = await import("@/db/conformance");
    current = actors.vendor;
    const bad = await run(() => saveTargetAction(ids.product, "payments", prev, form({ baseUrl: "payments here" })));
    expect(bad.state?.errors).toEqual({ baseUrl: "Enter a full URL starting with https:// (or http://)" });
    expect(listTargets(actors.vendor, ids.product)).toEqual([]);
    const good = await run(() => saveTargetAction(ids.product, "payments", prev, form({ baseUrl: "https://vendor.example/payments", authPassword: "s3cret" })));
    expect(good.redirect).toBe(`/vendor/products/${ids.product}/conformance/payments?saved=1`);
    expect(good.redirect).not.toContain("s3cret");
    expect(listTargets(actors.vendor, ids.product)).toMatchObject([{ bbId: "payments", baseUrl: "https://vendor.example/payments", hasCredential: true }]);
  });
});

describe("staff marketplace actions", () => {
  test("inviteStaffAction: a bad email is refused on its field; a good invitation is stored", async () => {
    const { inviteStaffAction } = await import("./staff/marketplace-actions");
    const { listStaff } = await import("@/db/marketplace/staff");
    current = actors.admin;
    const bad = await run(() => inviteStaffAction(prev, form({ email: "nobody", role: "reviewer" })));
    expect(bad.state?.errors).toEqual({ email: "Enter an email address like name@example.org" });
    const before = listStaff(actors.admin).invitations.length;
    const good = await run(() => inviteStaffAction(prev, form({ email: "new-reviewer@forms.test", role: "reviewer" })));
    expect(good.redirect).toBe("/staff/people?invited=new-reviewer%40forms.test");
    expect(listStaff(actors.admin).invitations.map((i) => i.email)).toContain("new-reviewer@forms.test");
    expect(listStaff(actors.admin).invitations.length).toBe(before + 1);
  });

  test("decideClaimAction: rejecting without a reason is refused on the reason", async () => {
    const { decideClaimAction } = await import("./staff/marketplace-actions");
    current = actors.reviewer;
    const { state } = await run(() => decideClaimAction("00000000-0000-4000-8000-000000000000", prev, form({ decision: "reject", reason: "" })));
    expect(state?.errors).toEqual({ reason: "Give the vendor a reason they can act on" });
  });

  test("removeStaffAction: without the ticked box nobody is removed", async () => {
    const { removeStaffAction } = await import("./staff/marketplace-actions");
    current = actors.admin;
    const { state } = await run(() => removeStaffAction(actors.reviewer.userId, prev, form()));
    expect(state?.errors).toEqual({ confirm: "Tick the box to confirm the removal" });
    expect(await count("SELECT count(*) n FROM user WHERE id = ? AND role = 'reviewer'", actors.reviewer.userId)).toBe(1);
  });
});

describe("review actions", () => {
  test("decideAction: no decision is refused on its field, a long comment on the comment; a good decision is stored", async () => {
    const { decideAction } = await import("./review/actions");
    const vendor = await import("@/db/marketplace/vendor");
    const { listReviewQueue } = await import("@/db/marketplace/review");
    const { getBuildingBlock } = await import("@/lib/content/building-blocks");
    const spec = getBuildingBlock("payments")!;
    vendor.saveAssessment(
      actors.vendor,
      ids.product,
      "payments",
      spec.requirements.map((r) => ({ requirementId: r.id, status: "met" as const, comment: "", evidenceUrl: null })),
    );
    vendor.submitForReview(actors.vendor, ids.product);
    const [queued] = listReviewQueue(actors.reviewer).filter((q) => q.productName === "Forms Pay");
    current = actors.reviewer;
    const first = spec.requirements[0]!.id;
    const bad = await run(() => decideAction(queued!.versionId, prev, form({ reason: "", [`comment.payments.${first}`]: "x".repeat(2001) })));
    expect(bad.state?.errors).toEqual({
      decision: "Choose a decision",
      [`comment.payments.${first}`]: `Comment on ${first} must be 2,000 characters or fewer`,
    });
    expect(listReviewQueue(actors.reviewer).some((q) => q.versionId === queued!.versionId)).toBe(true);
    const good = await run(() => decideAction(queued!.versionId, prev, form({ decision: "request_changes", reason: "Link the API docs, please." })));
    expect(good.redirect).toBe(`/review?decided=${encodeURIComponent(queued!.versionId)}`);
    expect(listReviewQueue(actors.reviewer).some((q) => q.versionId === queued!.versionId)).toBe(false);
    expect(vendor.getWorkingCopy(actors.vendor, ids.product).status).toBe("changes_requested");
  });
});

describe("staff actions (pages without form state)", () => {
  test("reviewFeedback: a bad status goes back with ?error=invalid and changes nothing; a good one is saved", async () => {
    const { reviewFeedback } = await import("./staff/actions");
    const { createFeedback, listFeedback } = await import("@/db/feedback");
    const id = createFeedback({ bbId: "payments", target: "whole", comment: "Please say more about refunds.", consentToContact: false });
    current = actors.reviewer;
    expect(await run(() => reviewFeedback(form({ id, status: "maybe", reply: "" })))).toEqual({ redirect: "/staff/feedback?error=invalid" });
    expect(listFeedback(actors.reviewer).find((f) => f.id === id)?.status).toBe("new");
    const good = await run(() => reviewFeedback(form({ id, status: "accepted", reply: "Added in 1.1." })));
    expect(good.redirect).toBe(`/staff/feedback?saved=${id}#feedback-${id}`);
    expect(listFeedback(actors.reviewer).find((f) => f.id === id)).toMatchObject({ status: "accepted", reply: "Added in 1.1." });
  });

  test("markApplication and removeApplication: bad input goes back without a change", async () => {
    const { markApplication, removeApplication } = await import("./staff/actions");
    current = actors.admin;
    expect(await run(() => markApplication(form({ id: "not-a-uuid", status: "shortlisted" })))).toEqual({ redirect: "/staff/applications" });
    const someId = "00000000-0000-4000-8000-000000000000";
    expect(await run(() => removeApplication(form({ id: someId })))).toEqual({ redirect: `/staff/applications/${someId}?confirm=missing#delete` });
  });
});

describe("public forms", () => {
  test("submitInterest: missing fields are named in page order and nothing is stored; a good one is stored", async () => {
    const { submitInterest } = await import("./get-involved/implement/actions");
    const { state } = await run(() => submitInterest(prev, form({ country: "Kenya", email: "bad" })));
    expect(Object.keys(state?.errors ?? {})).toEqual(["organisation", "contactName", "email", "message"]);
    expect(state?.values).toMatchObject({ country: "Kenya", email: "bad" });
    expect(await count("SELECT count(*) n FROM interest_expressions")).toBe(0);
    const good = await run(() =>
      submitInterest(
        prev,
        form({
          country: "Kenya",
          organisation: "Ministry of ICT",
          contactName: "Wanjiru",
          email: "wanjiru@ict.example",
          useCases: ["cash-transfer"],
          buildingBlocks: ["payments", "identity"],
          message: "We would like to start with payments.",
        }),
      ),
    );
    expect(good.state?.status).toBe("sent");
    expect(await count("SELECT count(*) n FROM interest_expressions WHERE organisation = 'Ministry of ICT'")).toBe(1);
  });

  test("submitFeedback: an empty comment is refused on its field; good feedback is stored", async () => {
    const { submitFeedback } = await import("@/components/feedback/actions");
    const { state } = await run(() => submitFeedback("payments", prev, form({ target: "whole", comment: "  " })));
    expect(state?.errors).toEqual({ comment: "Enter your feedback" });
    expect(await count("SELECT count(*) n FROM spec_feedback WHERE bb_id = 'payments' AND comment LIKE 'The refunds%'")).toBe(0);
    const unknown = await run(() => submitFeedback("no-such-bb", prev, form({ target: "whole", comment: "Hello" })));
    expect(unknown.state?.message).toBe("This specification does not exist.");
    const good = await run(() => submitFeedback("payments", prev, form({ target: "whole", comment: "The refunds section needs an example." })));
    expect(good.state?.status).toBe("sent");
    expect(await count("SELECT count(*) n FROM spec_feedback WHERE bb_id = 'payments' AND comment LIKE 'The refunds%'")).toBe(1);
    expect(revalidated.filter((path) => path === "/building-blocks/payments")).toHaveLength(1);
    // And once more when renders that read the database before the write have ended.
    const { SECOND_REFRESH_MS } = await import("@/components/forms/form-action");
    vi.useFakeTimers();
    try {
      const later = Promise.all(deferred.map((task) => task()));
      expect(revalidated.filter((path) => path === "/building-blocks/payments")).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(SECOND_REFRESH_MS);
      await later;
    } finally {
      vi.useRealTimers();
    }
    expect(revalidated.filter((path) => path === "/building-blocks/payments")).toHaveLength(2);
  });

  test("acceptInvitationAction: a short password is refused on its field and never sent back", async () => {
    const { acceptInvitationAction } = await import("./staff/marketplace-actions");
    const { state } = await run(() => acceptInvitationAction(prev, form({ token: "t".repeat(30), name: "Rita", password: "short" })));
    expect(state?.errors).toEqual({ password: "Password must be at least 12 characters" });
    expect(state?.values).toEqual({ token: "t".repeat(30), name: "Rita" });
  });
});

describe("sign-in", () => {
  test("signInAction: a bad email is refused on its field; the right password signs in and goes home", async () => {
    const { signInAction } = await import("./sign-in/actions");
    const bad = await run(() => signInAction(prev, form({ email: "vendor", password: "x" })));
    expect(bad.state?.errors).toEqual({ email: "Enter an email address like name@example.org" });
    const sessions = await count("SELECT count(*) n FROM session");
    const good = await run(() => signInAction(prev, form({ email: actors.vendor.email, password: "a-long-enough-password-41" })));
    expect(good.redirect).toBe("/vendor");
    expect(await count("SELECT count(*) n FROM session")).toBe(sessions + 1);
  });
});

describe("the cast of a use case", () => {
  test("choosePlayer: an unknown use case goes back to the list; the reference player replaces a swap", async () => {
    const { choosePlayer } = await import("./use-cases/[id]/cast/actions");
    const { getUseCases } = await import("@/lib/content/use-cases");
    const { newNamespaceName } = await import("@/sandbox/namespace-cookie");
    const { NAMESPACE_COOKIE } = await import("@/sandbox/namespace-cookie");
    const { setSwap, swapsOf } = await import("@/sandbox/im/swap");
    expect(await run(() => choosePlayer(form({ useCaseId: "no-such-case", bb: "payments", player: "reference" })))).toEqual({ redirect: "/use-cases" });
    const uc = getUseCases().find((u) => u.buildingBlocks.some((bb) => bb !== "information-mediator"))!;
    const bb = uc.buildingBlocks.find((b) => b !== "information-mediator")! as Parameters<typeof setSwap>[1];
    const ns = newNamespaceName();
    jar.set(NAMESPACE_COOKIE, ns);
    setSwap(ns, bb, { bb, targetId: "some-target", productName: "Some Product" });
    const good = await run(() => choosePlayer(form({ useCaseId: uc.id, bb, player: "reference" })));
    expect(good.redirect).toBe(`/use-cases/${uc.id}/cast?saved=${encodeURIComponent(bb)}`);
    expect(swapsOf(ns)).toEqual([]);
  });
});

describe("sign-out", () => {
  test("signOutAction ends on the sign-in page", async () => {
    const { signOutAction } = await import("@/components/auth/actions");
    expect(await run(() => signOutAction(form()))).toEqual({ redirect: "/sign-in?signedOut=1" });
  });
});
