// `npm run content:check`: validates every spec, requirement list and OpenAPI contract under content/,
// then loads each mock Building Block's contract exactly as the sandbox serves it (its request
// validators compile with stricter rules than the OpenAPI schema check).
import { checkContent } from "../lib/content/check";
import { getContract } from "@/sandbox/runtime/contracts";
import { BB_IDS } from "../sandbox/types";

const problems = await checkContent();
if (problems.length === 0) {
  for (const bb of BB_IDS) {
    await getContract(bb).catch((error: Error) =>
      problems.push(`content/building-blocks/${bb}/openapi.yaml:\n  - the sandbox cannot serve this contract: ${error.message.split("\n")[0]}`),
    );
  }
}
if (problems.length > 0) {
  console.error(`\n✖ ${problems.length} content problem(s):\n`);
  for (const problem of problems) console.error(`${problem}\n`);
  process.exit(1);
}
console.log("✓ Content is valid.");
