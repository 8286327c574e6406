// Report formats of a run: canonical JSON with its SHA-256 digest (the evidence bundle), JUnit XML for
// CI systems, and a plain-text summary table for the terminal.
import { createHash } from "node:crypto";
import { failedRequired } from "./runner";
import type { RunReport } from "./types";

/** JSON with object keys sorted at every level, so the same evidence always gives the same bytes. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
        .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

/** SHA-256 (hex) of the canonical JSON of a report. */
export function digestOf(report: RunReport): string {
  return createHash("sha256").update(canonicalJson(report)).digest("hex");
}

const xml = (s: string) =>
  s
    .replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!)
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "");

/** JUnit XML: one test suite per run, one test case per check (failed, errored or skipped as such). */
export function toJUnit(report: RunReport): string {
  const { summary } = report;
  const cases = report.checks.map((c) => {
    const name = `${c.id}${c.requirements.length ? ` [${c.requirements.join(", ")}]` : ""}`;
    const head = `    <testcase classname="${xml(`conformance.${report.bb}.${c.kind}`)}" name="${xml(name)}" time="${(c.durationMs / 1000).toFixed(3)}"`;
    const last = c.exchanges.at(-1);
    const detail = [
      c.message,
      c.expected !== undefined ? `expected: ${c.expected}` : "",
      c.actual !== undefined ? `actual: ${c.actual}` : "",
      last ? `last request: ${last.method} ${last.url} → ${last.status ?? last.error}` : "",
    ]
      .filter(Boolean)
      .join("\n");
    if (c.status === "passed") return `${head} />`;
    if (c.status === "skipped") return `${head}>\n      <skipped message="${xml(c.message ?? "skipped")}" />\n    </testcase>`;
    const tag = c.status === "failed" ? "failure" : "error";
    return `${head}>\n      <${tag} message="${xml(c.message ?? c.status)}">${xml(detail)}</${tag}>\n    </testcase>`;
  });
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<testsuites name="GovStack conformance" tests="${summary.total}" failures="${summary.failed}" errors="${summary.errored}" skipped="${summary.skipped}" time="${(report.durationMs / 1000).toFixed(3)}">`,
    `  <testsuite name="${xml(`${report.bbTitle} ${report.specVersion}`)}" tests="${summary.total}" failures="${summary.failed}" errors="${summary.errored}" skipped="${summary.skipped}" time="${(report.durationMs / 1000).toFixed(3)}" timestamp="${report.startedAt}">`,
    `    <properties>`,
    `      <property name="target" value="${xml(report.target.baseUrl)}" />`,
    `      <property name="suiteVersion" value="${report.suiteVersion}" />`,
    `      <property name="specVersion" value="${report.specVersion}" />`,
    `      <property name="level" value="${report.level.level}" />`,
    `    </properties>`,
    ...cases,
    `  </testsuite>`,
    `</testsuites>`,
    "",
  ].join("\n");
}

/** The terminal summary: checks by kind, requirements by level, the level, and the REQUIRED failures. */
export function summaryTable(report: RunReport): string {
  const rows: string[][] = [["", "passed", "failed", "error", "skipped"]];
  for (const kind of ["scenario", "contract", "invalid-input"] as const) {
    const mine = report.checks.filter((c) => c.kind === kind);
    rows.push([`${kind} checks`, ...(["passed", "failed", "error", "skipped"] as const).map((s) => String(mine.filter((c) => c.status === s).length))]);
  }
  const reqRows: string[][] = [["requirements", "verified", "failed", "not tested"]];
  for (const level of ["REQUIRED", "RECOMMENDED", "OPTIONAL"] as const) {
    const mine = report.requirements.filter((r) => r.level === level);
    reqRows.push([level, ...(["passed", "failed", "not-tested"] as const).map((s) => String(mine.filter((r) => r.status === s).length))]);
  }
  const fmt = (table: string[][]) => {
    const widths = table[0]!.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
    return table.map((r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ")).join("\n");
  };
  const failed = failedRequired(report).filter((c) => c.status !== "skipped");
  return [
    `${report.bbTitle} ${report.specVersion} · suite ${report.suiteVersion} · ${report.target.baseUrl}`,
    `${report.summary.total} checks, ${report.requestCount} requests, ${(report.durationMs / 1000).toFixed(1)} s${report.aborted ? ` · STOPPED: ${report.aborted}` : ""}`,
    "",
    fmt(rows),
    "",
    fmt(reqRows),
    "",
    `Test-verified level: ${report.level.level} (${report.level.requiredVerified} of ${report.level.requiredTotal} REQUIRED requirements verified by passing checks)`,
    failed.length
      ? `\nREQUIRED checks not passed (${failed.length}):\n${failed.map((c) => `  ✗ ${c.id}: ${c.message ?? c.status}`).join("\n")}`
      : "\nEvery REQUIRED check passed.",
  ].join("\n");
}
