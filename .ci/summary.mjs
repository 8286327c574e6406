// Reads the test log and prints one plain "N passed, N failed" line from vitest's and Playwright's summaries.
import { readFileSync } from "node:fs";

const log = readFileSync(process.argv[2], "utf8").replace(/\x1b\[[0-9;]*m/g, "");
let passed = 0;
let failed = 0;
// vitest: "      Tests  2 failed | 40 passed (42)"
for (const line of log.match(/^\s*Tests\s+.*$/gm) ?? []) {
  passed += Number(/(\d+) passed/.exec(line)?.[1] ?? 0);
  failed += Number(/(\d+) failed/.exec(line)?.[1] ?? 0);
}
// Playwright: "  37 passed (1.2m)", "  2 failed", "  1 flaky"
for (const line of log.match(/^\s+\d+ (passed|failed|flaky) ?(\(.*\))?$/gm) ?? []) {
  const [, n, kind] = /(\d+) (\w+)/.exec(line) ?? [];
  if (kind === "passed") passed += Number(n);
  else failed += Number(n);
}
const status = Number(process.argv[3] ?? 0);
if (status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
