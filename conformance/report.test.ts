// Report formats: canonical JSON is stable, JUnit XML is well formed and escapes target text, the
// badge escapes its text and says "not tested" without evidence.
import { describe, expect, test } from "vitest";
import { badgeSvg } from "./badge";
import { canonicalJson, digestOf, summaryTable, toJUnit } from "./report";
import type { RunReport } from "./types";

const report: RunReport = {
  tool: "t",
  suiteVersion: "1.0.0",
  bb: "payments",
  bbTitle: "Payments",
  specVersion: "1.0.0",
  contractVersion: "1.0.0",
  target: { baseUrl: 'https://pay.example.org/<x>&"', credential: "none" },
  startedAt: "2026-01-01T00:00:00.000Z",
  finishedAt: "2026-01-01T00:00:01.000Z",
  durationMs: 1000,
  requestCount: 2,
  summary: { passed: 1, failed: 1, errored: 0, skipped: 1, total: 3 },
  requirements: [{ id: "PAY-FN-01", level: "REQUIRED", text: "x", status: "failed", checks: ["scenario.a"] }],
  level: { level: 0, requiredTotal: 1, requiredVerified: 0, requiredFailed: 1 },
  checks: [
    {
      id: "scenario.a",
      title: "A",
      kind: "scenario",
      requirements: ["PAY-FN-01"],
      status: "failed",
      message: "answered <500>",
      expected: "200",
      actual: "500 \u0001",
      durationMs: 5,
      exchanges: [{ method: "GET", url: "https://pay.example.org/a", requestHeaders: {}, status: 500, durationMs: 4 }],
    },
    { id: "contract.b", title: "B", kind: "contract", requirements: [], status: "passed", durationMs: 3, exchanges: [] },
    { id: "contract.c", title: "C", kind: "contract", requirements: [], status: "skipped", message: "Not run", durationMs: 0, exchanges: [] },
  ],
};

describe("reports", () => {
  test("canonical JSON sorts keys at every level, so the digest does not depend on key order", () => {
    const shuffled = Object.fromEntries(Object.entries(report).reverse()) as RunReport;
    expect(canonicalJson({ b: 1, a: { d: 1, c: 2 } })).toBe('{"a":{"c":2,"d":1},"b":1}');
    expect(digestOf(shuffled)).toBe(digestOf(report));
    expect(digestOf({ ...report, requestCount: 3 })).not.toBe(digestOf(report));
  });

  test("JUnit XML names each check with its requirements and escapes everything", () => {
    const xml = toJUnit(report);
    expect(xml).toContain('<testsuites name="GovStack conformance" tests="3" failures="1" errors="0" skipped="1"');
    expect(xml).toContain('name="scenario.a [PAY-FN-01]"');
    expect(xml).toContain('<failure message="answered &lt;500&gt;">');
    expect(xml).toContain("&lt;x&gt;&amp;&quot;");
    expect(xml).toContain("<skipped");
    expect(xml).not.toContain("\u0001");
  });

  test("the summary names REQUIRED failures and the level", () => {
    const text = summaryTable(report);
    expect(text).toContain("Test-verified level: 0 (0 of 1 REQUIRED");
    expect(text).toContain("✗ scenario.a: answered <500>");
    expect(text).not.toContain("contract.c");
  });
});

describe("badge", () => {
  test("shows the level and date, or not tested, with escaped text and an accessible name", () => {
    expect(badgeSvg("Payments", { level: 2, date: "2026-01-02", current: true, specVersion: "1.0.0" })).toContain("Level 2 · tested 2026-01-02");
    expect(badgeSvg("Payments", { level: 1, date: "2026-01-02", current: false, specVersion: "0.9.0" })).toContain("(spec v0.9.0)");
    const none = badgeSvg("<Pay&>");
    expect(none).toContain("not tested");
    expect(none).toContain("&lt;Pay&amp;&gt;");
    expect(none).not.toContain("<Pay");
    expect(none).toMatch(/role="img" aria-label="[^"]+"/);
  });
});
