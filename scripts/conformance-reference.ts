// `tsx scripts/conformance-reference.ts`: prepares the database, then runs the reference listing's
// conformance suites against the mocks in this process, before a server starts. The server does the same
// in the background at first start (instrumentation.ts); the end-to-end tests run it first instead, so ten
// suites do not compete with the tests for the CPU.
import { databasePath } from "../db/client";
import { PrepareError, prepareDatabase } from "../db/prepare";

try {
  prepareDatabase();
} catch (error) {
  console.error(`\n✖ ${error instanceof PrepareError ? error.message : (error as Error).message}\n`);
  process.exit(1);
}
const { ensureReferenceEvidence } = await import("../conformance/reference");
const started = Date.now();
const ran = await ensureReferenceEvidence();
console.log(`Reference evidence ready in ${databasePath()}: ${ran.length} suite(s) run in ${((Date.now() - started) / 1000).toFixed(1)} s`);
