import { beforeAll, describe, expect, test } from "vitest";
import { getUseCases } from "@/lib/content/use-cases";
import { useTempDb, warmContracts } from "../test-helpers";

beforeAll(async () => {
  await useTempDb();
  await warmContracts();
}, 120_000);

/** Whether a made call matches a content call (placeholders like {taskId} match one path segment). */
function matches(made: { bb: string; method: string; path: string }, want: { bb: string; method: string; path: string }) {
  const pattern = new RegExp(
    `^${want.path
      .split(/\{[^}]+\}/)
      .map((p) => p.replace(/[.*+?^$()|[\]\\]/g, "\\$&"))
      .join("[^/]+")}$`,
  );
  return made.bb === want.bb && made.method === want.method && pattern.test(made.path);
}

describe.each(getUseCases().map((uc) => [uc.id, uc] as const))("%s", (_id, uc) => {
  test("every step runs its scenario and makes the calls its content lists, in order", async () => {
    const { runStep, exampleInput } = await import("./run");
    const ns = `test-${uc.id.slice(0, 20)}`;
    for (const step of uc.steps) {
      const run = await runStep(ns, uc, step, exampleInput(step));
      expect(run.outcome.status, `${step.scenario.name}: ${run.outcome.summary}`).toBe("ok");
      let from = 0;
      for (const want of step.scenario.calls) {
        const at = run.calls.findIndex((c, i) => i >= from && matches(c, want));
        expect(
          at,
          `${step.scenario.name} should call ${want.bb} ${want.method} ${want.path}; made: ${run.calls.map((c) => `${c.bb} ${c.method} ${c.path}`).join(", ")}`,
        ).toBeGreaterThanOrEqual(0);
        expect(run.calls[at]!.status, `${want.bb} ${want.method} ${want.path}`).toBeLessThan(300);
        from = at + 1;
      }
      expect(run.trace.length).toBeGreaterThanOrEqual(run.calls.length - run.calls.filter((c) => c.bb === "information-mediator").length);
    }
  });
});

test("ids are carried across steps through the namespace state, and a step opened directly creates its prerequisite", async () => {
  const { runStep, exampleInput } = await import("./run");
  const uc = getUseCases().find((u) => u.id === "postpartum-infant-care")!;
  const [, register, verify, enrol] = uc.steps;
  const ns = "test-carry";
  const reg = await runStep(ns, uc, register!, { ...exampleInput(register!), nationalId: "IN334569121212", motherName: "Sona Achieng" });
  const ver = await runStep(ns, uc, verify!, exampleInput(verify!));
  expect(ver.outcome.records?.fileId).toBe(reg.outcome.records?.fileId);
  expect(ver.calls.some((c) => c.path === `/tasks/${ver.outcome.records?.taskId}/complete`)).toBe(true);
  expect(ver.calls.some((c) => c.path.endsWith("/exists"))).toBe(true);

  const direct = await runStep("test-direct", uc, enrol!, exampleInput(enrol!));
  expect(direct.outcome.status).toBe("ok");
  expect(direct.notes.join(" ")).toMatch(/First ran “Register/);
  expect(direct.calls.some((c) => c.path === "/services/svc-postpartum-care/applications")).toBe(true);
});

test("each use case has at least one unhappy path that changes the outcome, and faults are cleared afterwards", async () => {
  const { runStep, exampleInput } = await import("./run");
  const { namespaceFaults } = await import("@/sandbox/namespaces");
  for (const uc of getUseCases()) {
    const ns = `test-unhappy-${uc.id.slice(0, 12)}`;
    for (const path of uc.unhappyPaths) {
      const idx = uc.steps.findIndex((s) => s.id === path.step);
      for (const s of uc.steps.slice(0, idx)) await runStep(ns, uc, s, exampleInput(s));
      const run = await runStep(ns, uc, uc.steps[idx]!, exampleInput(uc.steps[idx]!), path);
      expect(run.outcome.status, `${uc.id} ${path.fault}: ${run.outcome.summary}`).toBe("unhappy");
      expect(namespaceFaults(ns)).toEqual({});
    }
  }
}, 60_000);
