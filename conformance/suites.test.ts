// The suites' self-test: all ten pass 100% against our own mocks (over HTTP on 127.0.0.1, through the
// outbound guard), and each "contract drift" fault switched on in the sandbox makes them fail.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { BB_IDS, type BbId } from "@/sandbox/types";
import { failedRequired, guardedTransport, passesRequired, runSuite } from "./runner";
import { loopbackOnly, startMockServer, type MockServer } from "./test-server";
import type { RunReport } from "./types";

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer();
}, 120_000);
afterAll(() => server?.close());

const run = (bb: BbId, ns: string, authorization?: string) =>
  runSuite({ bb, baseUrl: `${server.origin}/mock/ns/${ns}/${bb}`, transport: guardedTransport({ allow: loopbackOnly() }), authorization });

const failures = (r: RunReport) => r.checks.filter((c) => c.status !== "passed").map((c) => `${c.id}: ${c.message} (expected ${c.expected}, got ${c.actual})`);

async function withDrift(ns: string, drift: Array<"renamed-fields" | "wrong-status" | "no-pagination">) {
  const { setFaults } = await import("@/sandbox/namespaces");
  setFaults(ns, { drift });
}

describe("against the reference mocks", () => {
  test.each(BB_IDS)(
    "%s: every check passes",
    async (bb) => {
      const report = await run(bb, "conf-clean");
      expect(failures(report)).toEqual([]);
      expect(report.summary.passed).toBe(report.summary.total);
      expect(report.checks.some((c) => c.kind === "scenario")).toBe(true);
      expect(report.checks.some((c) => c.kind === "contract")).toBe(true);
      expect(passesRequired(report)).toBe(true);
      // Evidence per requirement: scenarios and contract checks give some REQUIRED ones a verdict.
      expect(report.requirements.filter((r) => r.level === "REQUIRED" && r.status === "passed").length).toBeGreaterThan(0);
      expect(report.requirements.every((r) => r.status !== "failed")).toBe(true);
    },
    120_000,
  );
});

describe("contract drift is caught", () => {
  test.each(BB_IDS)(
    "renamed fields: %s fails REQUIRED checks",
    async (bb) => {
      await withDrift("conf-renamed", ["renamed-fields"]);
      const report = await run(bb, "conf-renamed");
      expect(report.summary.failed).toBeGreaterThan(0);
      expect(failedRequired(report).length).toBeGreaterThan(0);
      expect(passesRequired(report)).toBe(false);
      expect(
        report.checks
          .filter((c) => c.status === "failed")
          .map((c) => `${c.message} ${c.actual}`)
          .join("\n"),
      ).toMatch(/schema|not what|no |does not|is not/);
    },
    120_000,
  );

  test.each(BB_IDS)(
    "wrong status codes: %s fails with the status named",
    async (bb) => {
      await withDrift("conf-status", ["wrong-status"]);
      const report = await run(bb, "conf-status");
      const failed = report.checks.filter((c) => c.status === "failed");
      expect(failed.length).toBeGreaterThan(0);
      expect(failed.some((c) => /status|answered \d{3}/.test(c.message ?? ""))).toBe(true);
    },
    120_000,
  );

  const PAGED: Array<[BbId, string]> = [
    ["digital-registries", "scenario.list-paging"],
    ["payments", "scenario.batch-then-detail"],
    ["consent", "scenario.policies-paged"],
    ["registration", "scenario.list-paging"],
  ];
  test.each(PAGED)(
    "missing pagination: %s fails %s and nothing else",
    async (bb, check) => {
      await withDrift("conf-nopage", ["no-pagination"]);
      const report = await run(bb, "conf-nopage");
      expect(report.checks.filter((c) => c.status !== "passed").map((c) => c.id)).toEqual([check]);
      expect(report.checks.find((c) => c.id === check)?.message).toMatch(/page|limit|pageSize|maxResult/i);
    },
    120_000,
  );
});

describe("evidence", () => {
  test("a credential is sent but never recorded", async () => {
    const report = await run("workflow", "conf-secret", "Bearer sup3r-s3cret-t0ken");
    const text = JSON.stringify(report);
    expect(text).not.toContain("sup3r-s3cret-t0ken");
    expect(report.target.credential).toBe("provided (masked)");
    expect(report.checks[0]!.exchanges[0]!.requestHeaders.authorization).toBe("***");
  }, 120_000);

  test("a refused target aborts the run with the guard's message, every check skipped", async () => {
    const report = await runSuite({ bb: "workflow", baseUrl: "http://169.254.169.254/latest", transport: guardedTransport({ allow: loopbackOnly() }) });
    expect(report.aborted).toMatch(/cloud metadata/);
    expect(report.summary.passed).toBe(0);
    expect(report.requirements.every((r) => r.status === "not-tested")).toBe(true);
    expect(passesRequired(report)).toBe(false);
  });

  test("the request cap stops a run", async () => {
    const report = await runSuite({
      bb: "consent",
      baseUrl: `${server.origin}/mock/ns/conf-cap/consent`,
      transport: guardedTransport({ allow: loopbackOnly() }),
      maxRequests: 5,
    });
    expect(report.requestCount).toBe(5);
    expect(report.aborted).toMatch(/request cap of 5/);
    expect(report.summary.skipped).toBeGreaterThan(0);
  }, 60_000);
});
