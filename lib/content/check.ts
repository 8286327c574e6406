import { OpenAPIBackend } from "openapi-backend";
import { serialize } from "next-mdx-remote-client/serialize";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parse as parseYaml } from "yaml";
import { readBuildingBlock, buildingBlocksDir, type BuildingBlock } from "./building-blocks";
import { ContentError } from "./errors";
import { extractHeadings } from "./headings";
import { checkInternalLink, internalLinks, SPEC_PAGE_ANCHORS } from "./links";

const RESERVED_ANCHORS = new Set<string>(Object.values(SPEC_PAGE_ANCHORS));

/**
 * Validates every content file the way the build relies on it: frontmatter, requirement lists,
 * OpenAPI contracts, internal links (routes and anchors) and that each MDX body compiles.
 * @returns one readable entry per file with problems, each naming the file; empty when all is well.
 */
export async function checkContent(dir = buildingBlocksDir()): Promise<string[]> {
  const problems: string[] = [];
  const blocks: BuildingBlock[] = [];
  const ids = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
  const rel = (...parts: string[]) => relative(process.cwd(), join(dir, ...parts));
  const report = (file: string, lines: string[]) => {
    if (lines.length > 0) problems.push(new ContentError(file, lines).message);
  };

  for (const id of ids) {
    try {
      blocks.push(readBuildingBlock(dir, id));
    } catch (error) {
      if (error instanceof ContentError) problems.push(error.message);
      else throw error;
    }
  }

  const known = new Map(blocks.map((bb) => [bb.id, bb]));
  const seenRequirement = new Map<string, string>();
  for (const bb of blocks) {
    const indexProblems: string[] = [];
    for (const other of bb.related) {
      if (!known.has(other)) indexProblems.push(`related: "${other}" is not a Building Block id`);
      if (other === bb.id) indexProblems.push(`related: a Building Block cannot be related to itself`);
    }
    const latest = bb.changelog[0];
    if (latest && latest.version !== bb.version) {
      indexProblems.push(`changelog: the first (newest) entry is ${latest.version} but version is ${bb.version}; add an entry for ${bb.version} at the top`);
    }
    for (const heading of extractHeadings(bb.body)) {
      if (RESERVED_ANCHORS.has(heading.slug)) {
        indexProblems.push(`heading "${heading.text}" takes the anchor #${heading.slug}, which the spec page uses for its own section; reword the heading`);
      }
    }
    for (const target of internalLinks(bb.body)) {
      const problem = checkInternalLink(target, bb, known);
      if (problem) indexProblems.push(problem);
    }
    const compiled = await serialize({ source: bb.body, options: { parseFrontmatter: false } });
    if ("error" in compiled) indexProblems.push(`MDX does not compile: ${mdxReason(compiled.error.message)}`);
    report(rel(bb.id, "index.mdx"), indexProblems);

    const requirementProblems: string[] = [];
    for (const req of bb.requirements) {
      const first = seenRequirement.get(req.id);
      if (first) requirementProblems.push(`requirement id ${req.id} is already used in ${first === bb.id ? "this file" : first}`);
      else seenRequirement.set(req.id, bb.id);
    }
    report(rel(bb.id, "requirements.yaml"), requirementProblems);

    if (bb.hasApi) {
      const problem = await checkOpenApi(join(dir, bb.id, "openapi.yaml"));
      if (problem) report(rel(bb.id, "openapi.yaml"), [problem]);
    } else if (bb.status === "published") {
      report(rel(bb.id, "index.mdx"), ["status: a published Building Block needs an openapi.yaml next to index.mdx"]);
    }
  }
  return problems;
}

/** Validates an OpenAPI 3 document with the same library the sandbox serves it with. */
async function checkOpenApi(path: string): Promise<string | undefined> {
  let definition: unknown;
  try {
    definition = parseYaml(readFileSync(path, "utf8"));
  } catch (error) {
    return `not valid YAML: ${(error as Error).message.split("\n")[0]}`;
  }
  const version = (definition as { openapi?: unknown })?.openapi;
  if ((definition as { swagger?: unknown })?.swagger !== undefined) {
    return `openapi: this is a Swagger 2.0 document; convert it to OpenAPI 3.0 or 3.1 (the sandbox only reads OpenAPI 3)`;
  }
  if (typeof version !== "string" || !/^3\.[01]\.\d+$/.test(version)) {
    return `openapi: must be "3.0.x" or "3.1.x" (found ${JSON.stringify(version)})`;
  }
  try {
    const api = new OpenAPIBackend({ definition: definition as never, strict: true, quick: false, validate: false });
    await api.init();
  } catch (error) {
    return `not a valid OpenAPI 3 document: ${describeOpenApiError((error as Error).message)}`;
  }
  const operationIds = new Map<string, string>();
  const paths = (definition as { paths?: Record<string, Record<string, { operationId?: string }>> }).paths ?? {};
  for (const [path, item] of Object.entries(paths)) {
    for (const [method, op] of Object.entries(item ?? {})) {
      const id = op?.operationId;
      if (typeof id !== "string") continue;
      const where = `${method.toUpperCase()} ${path}`;
      const first = operationIds.get(id);
      if (first) return `operationId "${id}" is used by both ${first} and ${where}; the sandbox routes by operationId`;
      operationIds.set(id, where);
    }
  }
  return undefined;
}

/** The compiler's reason, without next-mdx-remote-client's header line and the docs footer. */
function mdxReason(message: string): string {
  const lines = message.split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("[next-mdx-remote-client]") && !l.startsWith("More information"));
  return lines[0] ?? message;
}

/** openapi-backend puts ajv's errors as JSON after the first line; keep "where: what" pairs. */
function describeOpenApiError(message: string): string {
  const json = message.slice(message.indexOf("\n") + 1);
  try {
    const errors = JSON.parse(json) as { instancePath: string; message: string }[];
    return errors.map((e) => `${e.instancePath || "(root)"} ${e.message}`).join("; ");
  } catch {
    return message.split("\n")[0] ?? message;
  }
}
