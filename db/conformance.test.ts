// Targets and runs: authorization on the server, credentials encrypted and never returned, one run at a
// time per target, immutable evidence, newest-run-counts and spec-version tagging, the reference listing.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { sampleProductInput } from "./marketplace/core/product-input.fixture";
import type { Actor } from "../lib/marketplace/authz";
import type { RunReport } from "../conformance/types";
import { getBuildingBlock } from "../lib/content/building-blocks";

vi.mock("server-only", () => ({}));
process.env.DATABASE_PATH = join(mkdtempSync(join(tmpdir(), "conformance-db-")), "test.db");
process.env.BETTER_AUTH_SECRET = "unit-test-secret-unit-test-secret-1234";
delete process.env.CONFORMANCE_ALLOW_HOSTS;
const { getDb } = await import("./client");
const { runMigrations } = await import("./migrate");
const { seedAll } = await import("./seed");
const vendor = await import("./marketplace/vendor");
const { ensureCredentialUser } = await import("./marketplace/core/users");
const dal = await import("./conformance");
const { conformanceTargets, conformanceRuns } = await import("./schema");

const actor = (email: string): Actor => ({
  userId: ensureCredentialUser(getDb(), { email, password: "a-long-enough-password", role: "vendor" }).userId,
  email,
  name: email,
  role: "vendor",
});
let owner: Actor;
let stranger: Actor;
let productId = "";

// Runs record the spec version they tested: the current one, unless a test says otherwise.
const PAYMENTS_VERSION = getBuildingBlock("payments")!.version;
const report = (over: Partial<RunReport> = {}): RunReport => ({
  tool: "t",
  suiteVersion: "1.0.0",
  bb: "payments",
  bbTitle: "Payments",
  specVersion: PAYMENTS_VERSION,
  contractVersion: PAYMENTS_VERSION,
  target: { baseUrl: "https://pay.example.org", credential: "provided (masked)" },
  startedAt: "2026-01-01T00:00:00.000Z",
  finishedAt: "2026-01-01T00:00:05.000Z",
  durationMs: 5000,
  requestCount: 3,
  summary: { passed: 2, failed: 1, errored: 0, skipped: 0, total: 3 },
  requirements: [
    { id: "PAY-FN-01", level: "REQUIRED", text: "x", status: "passed", checks: ["a"] },
    { id: "PAY-FN-02", level: "REQUIRED", text: "y", status: "failed", checks: ["b"] },
  ],
  level: { level: 0, requiredTotal: 2, requiredVerified: 1, requiredFailed: 1 },
  checks: [],
  ...over,
});

beforeAll(() => {
  runMigrations(getDb());
  seedAll(getDb());
  owner = actor("owner@example.org");
  stranger = actor("stranger@example.org");
  const orgId = vendor.createOrganisation(owner, { name: "Conf Org", website: null });
  productId = vendor.createProduct(owner, orgId, sampleProductInput({ name: "Conf Pay", versionLabel: "2.1" }));
}, 120_000);

describe("targets", () => {
  it("only members of the product's organisation can add, list and run", () => {
    expect(() => dal.saveTarget(stranger, productId, "payments", "https://pay.example.org")).toThrow(dal.ForbiddenError);
    expect(() => dal.listTargets(stranger, productId)).toThrow(dal.ForbiddenError);
    const id = dal.saveTarget(owner, productId, "payments", "https://pay.example.org/api/");
    expect(() => dal.queueRun(stranger, id)).toThrow(dal.ForbiddenError);
  });

  it("refuses a BB the product does not claim, and local or non-http URLs, naming the field", () => {
    expect(() => dal.saveTarget(owner, productId, "identity", "https://id.example.org")).toThrow(/does not claim/);
    for (const url of ["http://127.0.0.1:3000/", "http://169.254.169.254/", "ftp://x.example.org/", "http://[::1]/"]) {
      try {
        dal.saveTarget(owner, productId, "payments", url);
        expect.unreachable(url);
      } catch (error) {
        expect(error).toBeInstanceOf(dal.RuleError);
        expect((error as InstanceType<typeof dal.RuleError>).field).toBe("baseUrl");
      }
    }
  });

  it("stores the credential encrypted, never returns it, keeps it on edit unless replaced or removed", () => {
    dal.saveTarget(owner, productId, "payments", "https://pay.example.org/api", "Bearer top-secret-value");
    const row = getDb().select().from(conformanceTargets).all()[0]!;
    expect(row.credentialEnc).toBeTruthy();
    expect(row.credentialEnc).not.toContain("top-secret");
    expect(dal.openCredential(row.credentialEnc)).toBe("Bearer top-secret-value");
    const [view] = dal.listTargets(owner, productId);
    expect(view).toMatchObject({ bbId: "payments", baseUrl: "https://pay.example.org/api", hasCredential: true });
    expect(JSON.stringify(view)).not.toContain("top-secret");
    dal.saveTarget(owner, productId, "payments", "https://pay.example.org/v2");
    expect(dal.listTargets(owner, productId)[0]).toMatchObject({ baseUrl: "https://pay.example.org/v2", hasCredential: true });
    dal.saveTarget(owner, productId, "payments", "https://pay.example.org/v2", "");
    expect(dal.listTargets(owner, productId)[0]!.hasCredential).toBe(false);
    dal.saveTarget(owner, productId, "payments", "https://pay.example.org/v2", "Bearer top-secret-value");
  });
});

describe("runs", () => {
  it("one run at a time per target; the claimed run carries the decrypted credential for the runner only", () => {
    const targetId = dal.listTargets(owner, productId)[0]!.id;
    const runId = dal.queueRun(owner, targetId);
    expect(() => dal.queueRun(owner, targetId)).toThrow(/already queued or running/);
    const claimed = dal.claimNextRun()!;
    expect(claimed).toMatchObject({ id: runId, bbId: "payments", baseUrl: "https://pay.example.org/v2", authorization: "Bearer top-secret-value" });
    expect(() => dal.queueRun(owner, targetId)).toThrow(/already queued or running/);
    expect(dal.getRun(runId)).toMatchObject({ status: "running", productVersion: "2.1", specVersion: PAYMENTS_VERSION });
    dal.finishRun(runId, report());
    const done = dal.getRun(runId)!;
    expect(done).toMatchObject({ status: "finished", level: 0, passed: 2, failed: 1 });
    expect(done.digest).toMatch(/^[0-9a-f]{64}$/);
    // Evidence is immutable: a second finish or a failure does not change it.
    dal.finishRun(runId, report({ summary: { passed: 3, failed: 0, errored: 0, skipped: 0, total: 3 } }));
    dal.failRun(runId, "late error");
    expect(dal.getRun(runId)).toMatchObject({ status: "finished", passed: 2, digest: done.digest });
    expect(dal.getRunEvidence(runId)!.report.summary.passed).toBe(2);
    // Free again for the next run.
    expect(dal.queueRun(owner, targetId)).not.toBe(runId);
  });

  it("a server restart marks running runs as interrupted", () => {
    const claimed = dal.claimNextRun()!;
    expect(dal.abandonInterruptedRuns()).toBe(1);
    expect(dal.getRun(claimed.id)).toMatchObject({ status: "error", error: expect.stringMatching(/Interrupted/) });
  });

  it("the newest finished run counts; evidence for an older spec version is marked as such", () => {
    const targetId = dal.listTargets(owner, productId)[0]!.id;
    const id = dal.queueRun(owner, targetId);
    dal.claimNextRun();
    dal.finishRun(id, report({ specVersion: "0.9.0", finishedAt: "2026-02-01T00:00:00.000Z" }));
    const latest = dal.latestVerified(productId).get("payments")!;
    expect(latest.run.id).toBe(id);
    expect(latest.current).toBe(false);
    expect(latest.requirementStatus.get("PAY-FN-02")).toBe("failed");
    expect(dal.passesRequiredChecks(productId, "payments")).toBe(false);
    expect(getDb().select().from(conformanceRuns).all().length).toBe(3);
  });
});
