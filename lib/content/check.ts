import { OpenAPIBackend } from "openapi-backend";
import { serialize } from "next-mdx-remote-client/serialize";
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { parse as parseYaml } from "yaml";
import { readBuildingBlock, buildingBlocksDir, type BuildingBlock } from "./building-blocks";
import { ContentError } from "./errors";

/** Links inside MDX bodies that point into the portal, e.g. `](/building-blocks/payments#api)`. */
const INTERNAL_LINK = /\]\((\/[^)\s#]*)(#[^)\s]*)?\)/g;

/**
 * Validates every content file the way the build relies on it.
 * @returns one readable line per problem, each naming the file; empty when all is well.
 */
export async function checkContent(dir = buildingBlocksDir()): Promise<string[]> {
  const problems: string[] = [];
  const blocks: BuildingBlock[] = [];
  const ids = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);

  for (const id of ids) {
    try {
      blocks.push(readBuildingBlock(dir, id));
    } catch (error) {
      if (error instanceof ContentError) problems.push(error.message);
      else throw error;
    }
  }

  const known = new Set(blocks.map((bb) => bb.id));
  const seenRequirement = new Map<string, string>();
  for (const bb of blocks) {
    const file = relative(process.cwd(), join(dir, bb.id, "index.mdx"));
    for (const other of bb.related) {
      if (!known.has(other)) problems.push(`${file}:\n  - related: "${other}" is not a Building Block id`);
    }
    for (const req of bb.requirements) {
      const first = seenRequirement.get(req.id);
      if (first) {
        problems.push(`${relative(process.cwd(), join(dir, bb.id, "requirements.yaml"))}:\n  - requirement id ${req.id} is already used in ${first}`);
      } else seenRequirement.set(req.id, bb.id);
    }
    for (const match of bb.body.matchAll(INTERNAL_LINK)) {
      const target = match[1] ?? "";
      const bbLink = /^\/building-blocks\/([^/]+)\/?$/.exec(target);
      if (bbLink && !known.has(bbLink[1] ?? "")) {
        problems.push(`${file}:\n  - broken link ${target}: no Building Block "${bbLink[1]}"`);
      }
    }
    const compiled = await serialize({ source: bb.body, options: { parseFrontmatter: false } });
    if ("error" in compiled) {
      problems.push(`${file}:\n  - MDX does not compile: ${compiled.error.message.split("\n")[0]}`);
    }
    if (bb.hasApi) {
      const path = join(dir, bb.id, "openapi.yaml");
      const problem = await checkOpenApi(path);
      if (problem) problems.push(`${relative(process.cwd(), path)}:\n  - ${problem}`);
    }
  }
  return problems;
}

/** Validates an OpenAPI 3 document with the same library the sandbox serves it with. */
async function checkOpenApi(path: string): Promise<string | undefined> {
  let definition: unknown;
  try {
    definition = parseYaml((await import("node:fs")).readFileSync(path, "utf8"));
  } catch (error) {
    return `not valid YAML: ${(error as Error).message}`;
  }
  const version = (definition as { openapi?: unknown })?.openapi;
  if (typeof version !== "string" || !/^3\.[01]\.\d+$/.test(version)) {
    return `openapi: must be "3.0.x" or "3.1.x" (found ${JSON.stringify(version)})`;
  }
  try {
    const api = new OpenAPIBackend({ definition: definition as never, strict: true, quick: false, validate: false });
    await api.init();
  } catch (error) {
    return `not a valid OpenAPI 3 document: ${describeOpenApiError((error as Error).message)}`;
  }
  return undefined;
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
