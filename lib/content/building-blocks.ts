import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { parse as parseYaml } from "yaml";
import { ContentError, describeIssues } from "./errors";
import { describeFrontmatterError, splitFrontmatter } from "./frontmatter";
import {
  bbFrontmatterSchema,
  govstackSpecSchema,
  requirementsFileSchema,
  type BbFrontmatter,
  type GovstackSpec,
  type Layer,
  type Requirement,
} from "./schema";

/** A Building Block as read from `content/building-blocks/<id>/`. */
export type BuildingBlock = BbFrontmatter & {
  /** The MDX body of index.mdx, without frontmatter. */
  body: string;
  requirements: Requirement[];
  /** GovStack's own requirement items for this BB (govstack.yaml), when we trace to them. */
  govstack?: GovstackSpec;
  /** Whether the folder has an openapi.yaml. */
  hasApi: boolean;
  /** Repository-relative path of index.mdx, for "Edit this page" links. */
  sourcePath: string;
};

export const LAYER_LABELS: Record<Layer, string> = {
  mediation: "Mediation layer",
  foundational: "Foundational Building Blocks",
  "common-application": "Common application Building Blocks",
  infrastructure: "Infrastructure and hosting",
};

/** Folder holding one sub-folder per BB. CONTENT_DIR lets tests point at fixtures. */
export function buildingBlocksDir(root = process.env.CONTENT_DIR ?? "content"): string {
  return resolve(root, "building-blocks");
}

/**
 * Reads and validates one BB folder.
 * @throws ContentError naming the file, the field and the problem.
 */
export function readBuildingBlock(dir: string, id: string): BuildingBlock {
  const folder = join(dir, id);
  const indexPath = join(folder, "index.mdx");
  const rel = (p: string) => relative(process.cwd(), p);
  if (!existsSync(indexPath)) throw new ContentError(rel(folder), ["index.mdx is missing"]);

  let split: ReturnType<typeof splitFrontmatter>;
  try {
    split = splitFrontmatter(readFileSync(indexPath, "utf8"));
  } catch (error) {
    throw new ContentError(rel(indexPath), [describeFrontmatterError(error)]);
  }
  const { data, body } = split;
  if (data === undefined) throw new ContentError(rel(indexPath), ["no frontmatter block (--- ... ---) at the top"]);
  const parsed = bbFrontmatterSchema.safeParse(data);
  if (!parsed.success) throw new ContentError(rel(indexPath), describeIssues(parsed.error.issues));
  if (parsed.data.id !== id) {
    throw new ContentError(rel(indexPath), [`id: "${parsed.data.id}" must match the folder name "${id}"`]);
  }

  const requirements: Requirement[] = readYamlFile(join(folder, "requirements.yaml"), requirementsFileSchema, "requirements") ?? [];

  const govstack = readYamlFile(join(folder, "govstack.yaml"), govstackSpecSchema);

  return {
    ...parsed.data,
    body,
    requirements,
    govstack,
    hasApi: existsSync(join(folder, "openapi.yaml")),
    sourcePath: relative(resolve(dir, "..", ".."), indexPath),
  };
}

/**
 * Reads and validates an optional YAML file.
 * @returns undefined when the file does not exist
 * @throws ContentError naming the file, the field and the problem.
 */
export function readYamlFile<T>(path: string, schema: { safeParse(data: unknown): { success: true; data: T } | { success: false; error: { issues: Parameters<typeof describeIssues>[0] } } }, prefix = ""): T | undefined {
  if (!existsSync(path)) return undefined;
  const rel = relative(process.cwd(), path);
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(path, "utf8"));
  } catch (error) {
    throw new ContentError(rel, [`not valid YAML: ${(error as Error).message.split("\n")[0]}`]);
  }
  const result = schema.safeParse(raw);
  if (!result.success) throw new ContentError(rel, describeIssues(result.error.issues, prefix));
  return result.data;
}

let cache: BuildingBlock[] | undefined;

/**
 * Every BB, sorted by title. Cached per process (content only changes with a new build,
 * except in development where it is re-read).
 */
export function getBuildingBlocks(): BuildingBlock[] {
  if (cache && process.env.NODE_ENV === "production") return cache;
  const dir = buildingBlocksDir();
  const ids = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  cache = ids.map((id) => readBuildingBlock(dir, id)).sort((a, b) => a.title.localeCompare(b.title));
  return cache;
}

/** One BB by id, or undefined. */
export function getBuildingBlock(id: string): BuildingBlock | undefined {
  return getBuildingBlocks().find((bb) => bb.id === id);
}

/** The raw text of a BB's OpenAPI contract, or undefined when it has none. */
export function readOpenApiText(id: string): string | undefined {
  const path = join(buildingBlocksDir(), id, "openapi.yaml");
  return existsSync(path) ? readFileSync(path, "utf8") : undefined;
}

/** The parsed OpenAPI contract of a BB, or undefined. */
export function readOpenApi(id: string): Record<string, unknown> | undefined {
  const text = readOpenApiText(id);
  return text === undefined ? undefined : (parseYaml(text) as Record<string, unknown>);
}
