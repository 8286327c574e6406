// Swap-in (#12) end to end inside one process: a second HTTP server on 127.0.0.1 stands in for a vendor's
// Payments; it passes the real Payments conformance suite, plays Payments in a visitor's Cash Transfer
// journey, and leaves "works in a use case" evidence. A drifting endpoint breaks at the step that calls it.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, expect, test } from "vitest";
import { startMockServer, loopbackOnly, type MockServer } from "@/conformance/test-server";
import { getUseCase } from "@/lib/content/use-cases";

let vendor: MockServer;
let productId = "";
let productName = "";
let targetId = "";

beforeAll(async () => {
  process.env.CONFORMANCE_ALLOW_HOSTS = "127.0.0.1";
  process.env.BETTER_AUTH_SECRET ??= "swap-test-secret-0123456789-abcdefgh";
  vendor = await startMockServer();
  const { getDb } = await import("@/db/client");
  const { seedMarketplace } = await import("@/db/seed/marketplace");
  const { conformanceRuns, conformanceTargets, listings } = await import("@/db/schema");
  const { finishRun } = await import("@/db/conformance");
  const { runSuite, guardedTransport } = await import("@/conformance/runner");
  seedMarketplace(getDb());
  const listing = getDb().select().from(listings).limit(1).get()!;
  productId = listing.productId;
  productName = listing.name;
  // The vendor's Payments lives in its own namespace of the second server.
  const baseUrl = `${vendor.origin}/mock/ns/vendor-pay/payments`;
  targetId = randomUUID();
  const now = new Date().toISOString();
  getDb().insert(conformanceTargets).values({ id: targetId, productId, bbId: "payments", baseUrl, credentialEnc: null, createdBy: "test", createdAt: now, updatedAt: now }).run();
  const report = await runSuite({ bb: "payments", baseUrl, transport: guardedTransport({ allow: loopbackOnly() }) });
  const runId = randomUUID();
  getDb().insert(conformanceRuns).values({ id: runId, targetId, productId, bbId: "payments", baseUrl, status: "running", specVersion: report.specVersion, suiteVersion: report.suiteVersion, queuedAt: now }).run();
  finishRun(runId, report);
}, 240_000);

afterAll(() => vendor?.close());

test("a product whose endpoint passed the REQUIRED checks can be chosen; others cannot", async () => {
  const { swapCandidates } = await import("@/db/swap");
  expect(swapCandidates("payments").map((c) => c.targetId)).toEqual([targetId]);
  expect(swapCandidates("messaging")).toEqual([]);
});

test("the product plays Payments for every step of Cash Transfer in one namespace only, and the run becomes public evidence", async () => {
  const { setSwap } = await import("../im/swap");
  const { runStep, exampleInput } = await import("./run");
  const { stepsUsing } = await import("./swap-evidence");
  const { worksInUseCases } = await import("@/db/swap");
  const uc = getUseCase("cash-transfer")!;
  setSwap("visitor-a", "payments", { bb: "payments", targetId, productName });
  const playedBy = new Set<string>();
  for (const step of uc.steps) {
    const run = await runStep("visitor-a", uc, step, exampleInput(step));
    expect(run.outcome.status, `${step.id}: ${run.outcome.summary}`).toBe("ok");
    for (const t of run.trace) if (t.provider === "payments") playedBy.add(t.playedBy ?? "reference mock");
  }
  expect([...playedBy]).toEqual([productName]);
  const evidence = worksInUseCases(productId);
  expect(evidence).toHaveLength(1);
  expect(evidence[0]).toMatchObject({ useCaseId: "cash-transfer", bbId: "payments", status: "passed", steps: stepsUsing(uc, "payments") });

  // Another visitor's namespace still uses the reference mock.
  const other = await runStep("visitor-b", uc, uc.steps.find((s) => s.id === "pay-transfer")!, exampleInput(uc.steps.find((s) => s.id === "pay-transfer")!));
  expect(other.trace.filter((t) => t.provider === "payments").every((t) => t.playedBy === null)).toBe(true);
}, 120_000);

test("a product that drifts from the contract breaks at the step that calls it, with the reason in words, and the failure stays private", async () => {
  const { setSwap } = await import("../im/swap");
  const { setFaults } = await import("../namespaces");
  const { runStep, exampleInput } = await import("./run");
  const { worksInUseCases } = await import("@/db/swap");
  const uc = getUseCase("cash-transfer")!;
  setFaults("vendor-pay", { drift: ["wrong-status"] });
  setSwap("visitor-c", "payments", { bb: "payments", targetId, productName });
  const enrol = uc.steps.find((s) => s.id === "enrol-beneficiary")!;
  const run = await runStep("visitor-c", uc, enrol, exampleInput(enrol));
  expect(run.outcome.status).toBe("error");
  expect(run.outcome.summary).toContain(`stopped at ${productName}, which plays Payments`);
  expect(run.outcome.summary).toMatch(/does not document/);
  expect(worksInUseCases(productId).filter((e) => e.status === "failed")).toEqual([]);
  const { getDb } = await import("@/db/client");
  const { useCaseEvidence } = await import("@/db/schema");
  const failed = getDb().select().from(useCaseEvidence).all().filter((e) => e.status === "failed");
  expect(failed).toHaveLength(1);
  expect(failed[0]!.reason).toMatch(/does not document/);
  setFaults("vendor-pay", {});
}, 120_000);
