// `npm run conformance -- --bb payments --url https://vendor.example/payments`: runs one BB's
// conformance suite against an implementation, prints progress and a summary, writes a JSON and a
// JUnit XML report, and exits 1 when a REQUIRED check fails (2 for a usage error or a refused target).
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { allowListFrom, checkUrl, OutboundRefused } from "../conformance/guard";
import { canonicalJson, digestOf, summaryTable, toJUnit } from "../conformance/report";
import { failedRequired, guardedTransport, runSuite } from "../conformance/runner";
import { BB_IDS, isBbId } from "../sandbox/types";

const USAGE = `Usage: npm run conformance -- --bb <id> --url <base URL> [options]

  --bb <id>            one of: ${BB_IDS.join(", ")}
  --url <url>          base URL of the implementation (the paths of the BB's OpenAPI contract are appended)
  --out <dir>          where to write report.json and junit.xml (default: conformance-report)
  --only <ids>         comma-separated check ids or prefixes (e.g. scenario,contract.listRecords)
  --timeout <ms>       per-request timeout (default 10000)
  --max-requests <n>   request cap (default 2000)
  --max-seconds <n>    time cap for the whole run (default 300)
  --quiet              no per-check progress lines

  Authorization: set CONFORMANCE_AUTHORIZATION to the header value to send (kept out of every report).
  Local targets (localhost, private networks) are refused unless listed in CONFORMANCE_ALLOW_HOSTS,
  e.g. CONFORMANCE_ALLOW_HOSTS=127.0.0.1,localhost.`;

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      bb: { type: "string" },
      url: { type: "string" },
      out: { type: "string", default: "conformance-report" },
      only: { type: "string" },
      timeout: { type: "string", default: "10000" },
      "max-requests": { type: "string", default: "2000" },
      "max-seconds": { type: "string", default: "300" },
      quiet: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  }));
} catch (error) {
  fail((error as Error).message);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (!values.bb || !isBbId(values.bb)) fail(`--bb: give one of ${BB_IDS.join(", ")}${values.bb ? ` (got "${values.bb}")` : ""}.`);
if (!values.url) fail("--url: give the base URL of the implementation.");
const num = (name: string, v: string, min: number, max: number) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max) fail(`--${name}: a whole number from ${min} to ${max} (got "${v}").`);
  return n;
};
const timeoutMs = num("timeout", values.timeout, 100, 120_000);
const maxRequests = num("max-requests", values["max-requests"], 1, 100_000);
const maxSeconds = num("max-seconds", values["max-seconds"], 1, 3600);
const allow = allowListFrom();
try {
  checkUrl(values.url, allow);
} catch (error) {
  if (error instanceof OutboundRefused) {
    console.error(`Refused: ${error.message}`);
    process.exit(2);
  }
  throw error;
}

const bb = values.bb;
const quiet = values.quiet;
const mark = { passed: "✓", failed: "✗", error: "!", skipped: "-" } as const;
const report = await runSuite({
  bb,
  baseUrl: values.url,
  authorization: process.env.CONFORMANCE_AUTHORIZATION || undefined,
  transport: guardedTransport({ allow, timeoutMs }),
  maxRequests,
  maxDurationMs: maxSeconds * 1000,
  only: values.only
    ?.split(",")
    .map((s) => s.trim())
    .filter(Boolean),
  onStart: (total) => console.log(`Running ${total} checks of the ${bb} suite against ${values.url}`),
  onProgress: (done, total, c) => {
    if (quiet) return;
    const width = String(total).length;
    console.log(
      `[${String(done).padStart(width)}/${total}] ${mark[c.status]} ${c.id} (${c.durationMs} ms)${c.status === "passed" ? "" : `: ${c.message ?? ""}`}`,
    );
  },
});

const jsonPath = join(values.out, "report.json");
const junitPath = join(values.out, "junit.xml");
mkdirSync(dirname(jsonPath), { recursive: true });
writeFileSync(jsonPath, `${canonicalJson(report)}\n`);
writeFileSync(junitPath, toJUnit(report));
console.log(`\n${summaryTable(report)}\n`);
console.log(`Reports: ${jsonPath} (sha256 ${digestOf(report)}), ${junitPath}`);
process.exit(report.aborted || failedRequired(report).length ? 1 : 0);
