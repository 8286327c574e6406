// `npm run content:check`: validates every spec, requirement list and OpenAPI contract under content/.
import { checkContent } from "../lib/content/check";

const problems = await checkContent();
if (problems.length > 0) {
  console.error(`\n✖ ${problems.length} content problem(s):\n`);
  for (const problem of problems) console.error(`${problem}\n`);
  process.exit(1);
}
console.log("✓ Content is valid.");
