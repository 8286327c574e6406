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

/** Files `baseUrl` as the product's endpoint for `bb` and records a conformance run of the real suite against it. */
async function qualify(productId: string, bb: "payments" | "identity", baseUrl: string): Promise<string> {
  const { getDb } = await import("@/db/client");
  const { conformanceRuns, conformanceTargets } = await import("@/db/schema");
  const { finishRun } = await import("@/db/conformance");
  const { runSuite, guardedTransport } = await import("@/conformance/runner");
  const id = randomUUID();
  const now = new Date().toISOString();
  getDb().insert(conformanceTargets).values({ id, productId, bbId: bb, baseUrl, credentialEnc: null, createdBy: "test", createdAt: now, updatedAt: now }).run();
  const report = await runSuite({ bb, baseUrl, transport: guardedTransport({ allow: loopbackOnly() }) });
  const runId = randomUUID();
  getDb()
    .insert(conformanceRuns)
    .values({
      id: runId,
      targetId: id,
      productId,
      bbId: bb,
      baseUrl,
      status: "running",
      specVersion: report.specVersion,
      suiteVersion: report.suiteVersion,
      queuedAt: now,
    })
    .run();
  finishRun(runId, report);
  return id;
}

beforeAll(async () => {
  process.env.CONFORMANCE_ALLOW_HOSTS = "127.0.0.1";
  process.env.BETTER_AUTH_SECRET ??= "swap-test-secret-0123456789-abcdefgh";
  vendor = await startMockServer();
  const { getDb } = await import("@/db/client");
  const { seedMarketplace } = await import("@/db/seed/marketplace");
  const { listings } = await import("@/db/schema");
  seedMarketplace(getDb());
  const listing = getDb().select().from(listings).limit(1).get()!;
  productId = listing.productId;
  productName = listing.name;
  // The vendor's Payments lives in its own namespace of the second server.
  targetId = await qualify(productId, "payments", `${vendor.origin}/mock/ns/vendor-pay/payments`);
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
  const other = await runStep(
    "visitor-b",
    uc,
    uc.steps.find((s) => s.id === "pay-transfer")!,
    exampleInput(uc.steps.find((s) => s.id === "pay-transfer")!),
  );
  expect(other.trace.filter((t) => t.provider === "payments").every((t) => t.playedBy === null)).toBe(true);
}, 120_000);

test("a product that drifts from the contract breaks at the step that calls it, with the reason in words, and the failure stays private", async () => {
  const { setSwap } = await import("../im/swap");
  const { setFaults } = await import("@/sandbox/namespaces");
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
  const failed = getDb()
    .select()
    .from(useCaseEvidence)
    .all()
    .filter((e) => e.status === "failed");
  expect(failed).toHaveLength(1);
  expect(failed[0]!.reason).toMatch(/does not document/);
  setFaults("vendor-pay", {});
}, 120_000);

test("two products swapped into one journey are recorded as having run together", async () => {
  const { setSwap } = await import("../im/swap");
  const { runStep, exampleInput } = await import("./run");
  const { getDb } = await import("@/db/client");
  const { listings, useCaseEvidence } = await import("@/db/schema");
  const { worksWithGrid } = await import("@/db/works-with");
  const { getUseCases } = await import("@/lib/content/use-cases");
  // A second vendor's Identity, on the same stand-in server in a namespace of its own.
  const second = getDb()
    .select()
    .from(listings)
    .orderBy(listings.name)
    .all()
    .find((l) => l.productId !== productId)!;
  const identityTarget = await qualify(second.productId, "identity", `${vendor.origin}/mock/ns/vendor-id/identity`);
  const uc = getUseCase("cash-transfer")!;
  const startedAt = new Date().toISOString();
  setSwap("visitor-d", "payments", { bb: "payments", targetId, productName });
  setSwap("visitor-d", "identity", { bb: "identity", targetId: identityTarget, productName: second.name });
  for (const step of uc.steps) {
    const run = await runStep("visitor-d", uc, step, exampleInput(step));
    expect(run.outcome.status, `${step.id}: ${run.outcome.summary}`).toBe("ok");
  }
  // Identity's run covers steps 2 to 9 and Payments answered in steps 5 and 6; Identity is called in no step
  // of Payments' run (5 and 6 list it, but do not call it), so only Identity's run names the other.
  const runs = getDb()
    .select()
    .from(useCaseEvidence)
    .all()
    .filter((e) => e.status === "passed" && e.createdAt >= startedAt);
  const payments = runs.find((e) => e.productId === productId && e.bbId === "payments")!;
  const identity = runs.find((e) => e.productId === second.productId && e.bbId === "identity")!;
  expect(payments.alongside).toBeNull();
  expect(JSON.parse(identity.alongside!)).toEqual([{ productId, bbId: "payments" }]);

  const steps = Object.fromEntries(getUseCases().map((u) => [u.id, u.steps.map((s) => s.buildingBlocks)]));
  const pair = worksWithGrid(steps).pairs.find((p) => p.members.some((m) => m.productId === second.productId));
  expect(pair?.members.map((m) => m.bbId).sort()).toEqual(["identity", "payments"]);
  expect(pair?.runs.map((r) => r.useCaseId)).toEqual(["cash-transfer"]);
}, 240_000);
