// Every role against every protected server action, in one table: the action itself (not only the page
// that shows its form) sends visitors to sign in, hides staff actions from vendors (404), and refuses
// what a role may not do, while the roles that may get past the guard. Pages: e2e/access.spec.ts.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, test, vi } from "vitest";
import { sampleProductInput } from "@/db/marketplace/core/product-input.fixture";
import { initialFormState, type FormState } from "@/lib/forms/form-state";
import type { Actor } from "@/lib/marketplace/authz";
import { useTempDb } from "@/sandbox/test-helpers";

vi.mock("server-only", () => ({}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next/server", () => ({ after: () => undefined }));
class Redirect extends Error {
  constructor(readonly url: string) {
    super(`redirect ${url}`);
  }
}
class NotFound extends Error {}
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Redirect(url);
  },
  notFound: () => {
    throw new NotFound("not found");
  },
}));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ host: "portal.test" }),
  cookies: async () => ({ get: () => undefined, set: () => undefined, has: () => false }),
}));
let current: Actor | null = null;
vi.mock("@/db/auth/session", async (original) => ({ ...(await original<object>()), getActor: async () => current }));

type Role = "visitor" | "vendor" | "other-vendor" | "reviewer" | "admin";
type Outcome = "sign-in" | "not found" | "refused" | "passes";
const ROLES: Role[] = ["visitor", "vendor", "other-vendor", "reviewer", "admin"];
const actors = {} as Record<Exclude<Role, "visitor">, Actor>;
const ids = { product: "", feedback: "", victim: "" };

beforeAll(async () => {
  await useTempDb();
  // The owner's logo upload is written: into a throwaway folder, not the portal's own uploads.
  process.env.UPLOAD_DIR = mkdtempSync(join(tmpdir(), "actions-access-uploads-"));
  const { getDb } = await import("@/db/client");
  const { ensureCredentialUser } = await import("@/db/marketplace/core/users");
  const roleOf: Record<Exclude<Role, "visitor">, Actor["role"]> = { vendor: "vendor", "other-vendor": "vendor", reviewer: "reviewer", admin: "admin" };
  for (const [name, role] of Object.entries(roleOf) as [Exclude<Role, "visitor">, Actor["role"]][]) {
    const email = `${name}@actions.test`;
    actors[name] = { userId: ensureCredentialUser(getDb(), { email, password: "a-long-enough-password-41", role }).userId, email, name, role };
  }
  // Confirmed emails, so that submitting for review is decided by the right to the product alone.
  getDb().$client.prepare("UPDATE user SET email_verified = 1").run();
  ids.victim = ensureCredentialUser(getDb(), { email: "victim@actions.test", password: "a-long-enough-password-41", role: "reviewer" }).userId;
  const vendor = await import("@/db/marketplace/vendor");
  const org = vendor.createOrganisation(actors.vendor, { name: "Owner Ltd", website: null });
  vendor.createOrganisation(actors["other-vendor"], { name: "Other Ltd", website: null });
  ids.product = vendor.createProduct(
    actors.vendor,
    org,
    sampleProductInput({ name: "Guarded Pay", summary: "A product only its vendor may change.", licence: "MIT" }),
  );
  const { createFeedback } = await import("@/db/feedback");
  ids.feedback = createFeedback({ bbId: "payments", target: "whole", comment: "Please say more about refunds.", consentToContact: false });
}, 60_000);

const form = (fields: Record<string, string | Blob> = {}) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return data;
};
const prev = initialFormState;
const someId = "00000000-0000-4000-8000-000000000000";
/** A 1×1 PNG: a logo the checks accept, so only the right to change the product decides. */
const png = () =>
  new File([Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=", "base64")], "logo.png", {
    type: "image/png",
  });

const staff: Record<Role, Outcome> = { visitor: "sign-in", vendor: "not found", "other-vendor": "not found", reviewer: "passes", admin: "passes" };
const staffByRule: Record<Role, Outcome> = { visitor: "sign-in", vendor: "refused", "other-vendor": "refused", reviewer: "passes", admin: "passes" };
const adminOnly: Record<Role, Outcome> = { ...staffByRule, reviewer: "refused" };
const owner: Record<Role, Outcome> = { visitor: "sign-in", vendor: "passes", "other-vendor": "refused", reviewer: "refused", admin: "refused" };

/** Action, who gets what, and the call with input that is valid, so only the caller's rights decide. */
const TABLE: [string, Record<Role, Outcome>, () => Promise<unknown>][] = [
  [
    "staff: reviewFeedback",
    staff,
    async () => (await import("./staff/actions")).reviewFeedback(form({ id: ids.feedback, status: "accepted", reply: "Added in 1.1." })),
  ],
  ["staff: markApplication", staff, async () => (await import("./staff/actions")).markApplication(form({ id: someId, status: "shortlisted" }))],
  [
    "staff: removeApplication",
    { ...staff, reviewer: "not found" },
    async () => (await import("./staff/actions")).removeApplication(form({ id: someId, confirm: "yes" })),
  ],
  [
    "staff: inviteStaffAction",
    adminOnly,
    async () => (await import("./staff/marketplace-actions")).inviteStaffAction(prev, form({ email: `new-${Math.random()}@actions.test`, role: "reviewer" })),
  ],
  [
    "staff: revokeInvitationAction",
    adminOnly,
    async () => (await import("./staff/marketplace-actions")).revokeInvitationAction(someId, prev, form({ confirm: "yes" })),
  ],
  [
    "staff: removeStaffAction",
    adminOnly,
    async () => (await import("./staff/marketplace-actions")).removeStaffAction(ids.victim, prev, form({ confirm: "yes" })),
  ],
  [
    "staff: decideClaimAction",
    staffByRule,
    async () =>
      (await import("./staff/marketplace-actions")).decideClaimAction(someId, prev, form({ decision: "reject", reason: "Not your listing to claim." })),
  ],
  [
    "review: decideAction",
    staffByRule,
    async () => (await import("./review/actions")).decideAction(someId, prev, form({ decision: "reject", reason: "The evidence links are broken." })),
  ],
  ["vendor: uploadLogoAction", owner, async () => (await import("./vendor/actions")).uploadLogoAction(ids.product, prev, form({ logo: png() }))],
  ["vendor: submitForReviewAction", owner, async () => (await import("./vendor/actions")).submitForReviewAction(ids.product, prev, form())],
  [
    "vendor: saveAssessmentSectionAction",
    owner,
    async () =>
      (await import("./vendor/actions")).saveAssessmentSectionAction({ productId: ids.product, bbId: "payments", section: "functional" }, prev, form()),
  ],
  [
    "vendor: saveTargetAction",
    owner,
    async () =>
      (await import("./vendor/products/[id]/conformance/actions")).saveTargetAction(
        ids.product,
        "payments",
        prev,
        form({ baseUrl: "https://vendor.example/payments" }),
      ),
  ],
];

/** What the caller got: sent to sign in, a 404, a refusal (an access message, or ?error=forbidden), or past the guard. */
async function outcomeOf(call: () => Promise<unknown>): Promise<Outcome> {
  try {
    const state = (await call()) as FormState | undefined;
    const messages = [...Object.values(state?.errors ?? {}), state?.message ?? ""].join(" | ");
    return /access|only (reviewers|admins)|may not/i.test(messages) ? "refused" : "passes";
  } catch (error) {
    if (error instanceof NotFound) return "not found";
    if (error instanceof Redirect) return error.url.startsWith("/sign-in") ? "sign-in" : /error=forbidden/.test(error.url) ? "refused" : "passes";
    throw error;
  }
}

describe.each(ROLES)("as %s", (role) => {
  test("every protected action answers as the table says", async () => {
    current = role === "visitor" ? null : actors[role];
    const seen: string[] = [];
    const expected: string[] = [];
    for (const [name, outcomes, call] of TABLE) {
      seen.push(`${name}: ${await outcomeOf(call)}`);
      expected.push(`${name}: ${outcomes[role]}`);
    }
    expect(seen).toEqual(expected);
  }, 60_000);
});
