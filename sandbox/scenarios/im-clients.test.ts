// Every use case runs through the Information Mediator as the applications people really use, Building
// Blocks call each other under their own names, and each use case shows one call the access rights refuse.
import { beforeAll, describe, expect, test } from "vitest";
import { getUseCases } from "@/lib/content/use-cases";
import { PROVIDERS, memberKey } from "../im/registry";
import { USE_CASE_APPS } from "../im/clients";
import { useTempDb, warmContracts } from "../test-helpers";

beforeAll(async () => {
  await useTempDb();
  await warmContracts();
}, 120_000);

const bbCallers = new Set(PROVIDERS.map(memberKey));

describe.each(getUseCases().map((uc) => [uc.id, uc] as const))("%s", (_id, uc) => {
  test("every person on a screen uses an application registered at the IM", () => {
    for (const step of uc.steps) expect(USE_CASE_APPS[uc.id]?.[step.screen.actor], `${step.id}: ${step.screen.actor}`).toBeDefined();
  });

  test("the trace shows several applications and at least one Building Block calling another, never the portal", async () => {
    const { runStep, exampleInput } = await import("./run");
    const ns = `imc-${uc.id.slice(0, 20)}`;
    const callers = new Set<string>();
    for (const step of uc.steps) {
      const run = await runStep(ns, uc, step, exampleInput(step));
      expect(run.outcome.status, `${step.id}: ${run.outcome.summary}`).toBe("ok");
      for (const entry of run.trace) if (entry.via === "im") callers.add(entry.caller ?? "");
    }
    const apps = [...callers].filter((c) => !bbCallers.has(c));
    expect(apps.length, [...callers].join(", ")).toBeGreaterThanOrEqual(2);
    expect(
      [...callers].some((c) => bbCallers.has(c)),
      [...callers].join(", "),
    ).toBe(true);
    expect(callers.has("eGovStack/GOV/90000001/portal")).toBe(false);
  });

  test("its access-denied unhappy path is refused by the IM, names who was refused, and changes nothing", async () => {
    const { runStep, exampleInput } = await import("./run");
    const path = uc.unhappyPaths.find((u) => u.fault === "access-denied");
    expect(path, "an access-denied unhappy path").toBeDefined();
    const step = uc.steps.find((s) => s.id === path!.step)!;
    const ns = `imd-${uc.id.slice(0, 20)}`;
    const run = await runStep(ns, uc, step, exampleInput(step), path);
    expect(run.outcome.status, run.outcome.summary).toBe("unhappy");
    expect(run.outcome.summary).toMatch(/refused/);
    const denied = run.trace.filter((t) => t.denied);
    expect(denied).toHaveLength(1);
    expect(denied[0]!.status).toBe(403);
    expect(run.outcome.summary).toContain(denied[0]!.callerName!.replace(/^The /, ""));
    expect(run.trace.filter((t) => !t.denied)).toHaveLength(0);
    // The step itself still works afterwards: the refusal left no state behind.
    const after = await runStep(ns, uc, step, exampleInput(step));
    expect(after.outcome.status, after.outcome.summary).toBe("ok");
  });
});
