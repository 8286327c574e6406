import { OpenAPIBackend } from "openapi-backend";
import { serialize } from "next-mdx-remote-client/serialize";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { parse as parseYaml } from "yaml";
import { readBuildingBlock, buildingBlocksDir, type BuildingBlock } from "./building-blocks";
import { ContentError } from "./errors";
import { bodyStartLine } from "./frontmatter";
import { checkSources } from "./govstack";
import { extractHeadings } from "./headings";
import { checkInternalLink, internalLinks, SPEC_PAGE_ANCHORS } from "./links";
import { MDX_OPTIONS } from "./mdx-options";
import { USE_CASE_IDS } from "./schema";
import { listUseCaseFiles, readUseCase, type UseCase } from "./use-cases";
import { checkSnapshots } from "./versions";

const RESERVED_ANCHORS = new Set<string>(Object.values(SPEC_PAGE_ANCHORS));

/**
 * Validates every content file the way the build relies on it: frontmatter, requirement lists,
 * OpenAPI contracts, internal links (routes and anchors) and that each MDX body compiles.
 * @returns one readable entry per file with problems, each naming the file; empty when all is well.
 */
export async function checkContent(dir = buildingBlocksDir()): Promise<string[]> {
  const problems: string[] = [];
  const blocks: BuildingBlock[] = [];
  // BBs whose files could not be read: other files' references to them are not reported as well,
  // so one slip gives one message instead of one per file that links to the BB.
  const unreadable = new Set<string>();
  const ids = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
  const rel = (...parts: string[]) => relative(process.cwd(), join(dir, ...parts));
  const report = (file: string, lines: string[]) => {
    if (lines.length > 0) problems.push(new ContentError(file, lines).message);
  };

  for (const id of ids) {
    try {
      blocks.push(readBuildingBlock(dir, id));
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      unreadable.add(id);
      problems.push(`${error.message}\n  (links and references to "${id}" in other files are checked once this is fixed)`);
    }
  }

  const known = new Map(blocks.map((bb) => [bb.id, bb]));
  const seenRequirement = new Map<string, string>();
  for (const bb of blocks) {
    const indexProblems: string[] = [];
    for (const other of bb.related) {
      if (!known.has(other) && !unreadable.has(other)) indexProblems.push(`related: "${other}" is not a Building Block id`);
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
      if (unreadable.has(/^\/(?:building-blocks|mock)\/([^/?#]+)/.exec(target)?.[1] ?? "")) continue;
      const problem = checkInternalLink(target, bb, known);
      if (problem) indexProblems.push(problem);
    }
    const compiled = await serialize({ source: bb.body, options: { parseFrontmatter: false, mdxOptions: MDX_OPTIONS } });
    if ("error" in compiled) {
      const firstLine = bodyStartLine(readFileSync(join(dir, bb.id, "index.mdx"), "utf8"), bb.body);
      indexProblems.push(`MDX does not compile: ${describeMdxError(compiled.error.message, bb.body, firstLine)}`);
    }
    report(rel(bb.id, "index.mdx"), indexProblems);

    const requirementProblems: string[] = [];
    for (const req of bb.requirements) {
      const first = seenRequirement.get(req.id);
      if (first) requirementProblems.push(`requirement id ${req.id} is already used in ${first === bb.id ? "this file" : first}`);
      else seenRequirement.set(req.id, bb.id);
    }
    requirementProblems.push(...checkSources(bb.requirements, bb.govstack));
    report(rel(bb.id, "requirements.yaml"), requirementProblems);
    report(rel(bb.id, "versions"), checkSnapshots(bb, dir));

    if (bb.hasApi) {
      const problem = await checkOpenApi(join(dir, bb.id, "openapi.yaml"));
      if (problem) report(rel(bb.id, "openapi.yaml"), [problem]);
    } else if (bb.status === "published" && !bb.noApi) {
      report(rel(bb.id, "index.mdx"), ["status: a published Building Block needs an openapi.yaml next to index.mdx (or noApi: the reason it has none)"]);
    }
  }
  problems.push(...(await checkUseCases(resolve(dir, "..", "use-cases"), dir, known, unreadable)));
  return problems;
}

/**
 * Validates `use-cases/*.mdx` next to the BB folder: each file on its own (schema, step counts,
 * coverage of the official steps, unique ids), then against the BBs: ids exist and every intended
 * call names a method and path that the BB's openapi.yaml defines. Skipped when the folder is absent.
 */
async function checkUseCases(dir: string, bbDir: string, knownBbs: ReadonlyMap<string, unknown>, unreadableBbs: ReadonlySet<string>): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const problems: string[] = [];
  const files = listUseCaseFiles(dir);
  for (const id of USE_CASE_IDS) {
    if (!files.includes(id)) problems.push(`${relative(process.cwd(), join(dir, `${id}.mdx`))}:\n  - file is missing`);
  }
  const routes = new Map<string, Route[] | null | undefined>();
  for (const id of files) {
    if (!(USE_CASE_IDS as readonly string[]).includes(id)) {
      problems.push(`${relative(process.cwd(), join(dir, `${id}.mdx`))}:\n  - "${id}" is not a use case id (expected one of ${USE_CASE_IDS.join(", ")})`);
      continue;
    }
    let uc: UseCase;
    try {
      uc = readUseCase(dir, id);
    } catch (error) {
      if (error instanceof ContentError) {
        problems.push(error.message);
        continue;
      }
      throw error;
    }
    const lines: string[] = [];
    const bbRef = (where: string, bb: string) => {
      if (!knownBbs.has(bb) && !unreadableBbs.has(bb)) lines.push(`${where}: "${bb}" is not a Building Block id`);
    };
    uc.buildingBlocks.forEach((bb, i) => bbRef(`buildingBlocks.${i}`, bb));
    uc.unhappyPaths.forEach((u, i) => bbRef(`unhappyPaths.${i}.bb`, u.bb));
    uc.steps.forEach((step, i) => {
      step.buildingBlocks.forEach((bb, j) => bbRef(`steps.${i}.buildingBlocks.${j}`, bb));
      step.scenario.calls.forEach((call, j) => {
        const where = `steps.${i}.scenario.calls.${j}`;
        if (!knownBbs.has(call.bb)) return bbRef(`${where}.bb`, call.bb);
        if (!routes.has(call.bb)) routes.set(call.bb, readRoutes(join(bbDir, call.bb, "openapi.yaml")));
        const known = routes.get(call.bb);
        if (known === null) return;
        if (!known) return lines.push(`${where}: ${call.bb} has no openapi.yaml to call`);
        const path = call.path.split("?")[0] ?? "";
        if (!known.some((r) => r.method === call.method && r.pattern.test(path))) {
          lines.push(`${where}: ${call.method} ${call.path} is not in content/building-blocks/${call.bb}/openapi.yaml`);
        }
      });
    });
    const compiled = await serialize({ source: uc.body, options: { parseFrontmatter: false, mdxOptions: MDX_OPTIONS } });
    if ("error" in compiled) {
      const firstLine = bodyStartLine(readFileSync(join(dir, `${id}.mdx`), "utf8"), uc.body);
      lines.push(`MDX does not compile: ${describeMdxError(compiled.error.message, uc.body, firstLine)}`);
    }
    if (lines.length > 0) problems.push(new ContentError(relative(process.cwd(), join(dir, `${id}.mdx`)), lines).message);
  }
  return problems;
}

type Route = { method: string; pattern: RegExp };

/** Method + path patterns of an OpenAPI file; `{param}` matches one path segment. */
function readRoutes(path: string): Route[] | null | undefined {
  if (!existsSync(path)) return undefined;
  let doc: { paths?: Record<string, Record<string, unknown>> };
  try {
    doc = parseYaml(readFileSync(path, "utf8")) as typeof doc;
  } catch {
    return null; // Not valid YAML: reported once, with the reason, by the contract check.
  }
  const routes: Route[] = [];
  for (const [template, ops] of Object.entries(doc.paths ?? {})) {
    const source = template.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{[^}]+\}/g, "[^/]+");
    for (const method of Object.keys(ops ?? {})) {
      if (["get", "post", "put", "patch", "delete"].includes(method)) routes.push({ method: method.toUpperCase(), pattern: new RegExp(`^${source}$`) });
    }
  }
  return routes;
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

/**
 * The MDX compiler's reason, with the place in the file: its own position moved from body lines to
 * file lines, or, when it gives none (a stray `<` or `{`), the first line holding one; plus what to
 * write instead when that is the likely cause.
 * @param firstLine the file line on which the body starts
 */
export function describeMdxError(message: string, body: string, firstLine: number): string {
  const toFile = (line: string) => Number(line) + firstLine - 1;
  let reason = mdxReason(message).replace(/\((\d+):(\d+)(?:-\d+:\d+)?\)/, (_, line: string, column: string) => `(line ${toFile(line)}, column ${column})`);
  const syntax = /before name|Unexpected character|expression|closing brace|acorn|Could not parse/i.test(reason);
  if (!/\(line \d+/.test(reason)) {
    const suspect = strayCharacterLine(body);
    if (suspect) reason += ` (look at line ${toFile(String(suspect.line))}: “${suspect.text}”)`;
  }
  if (syntax) {
    reason += ". In MDX a “<” starts a tag and “{” starts an expression: in plain text write \\< and \\{ (or &lt;), or put the text in `backticks`";
  }
  return reason;
}

/** The first body line (outside code) with a `<` that starts no tag, or a `{` / `}`; 1-based. */
function strayCharacterLine(body: string): { line: number; text: string } | undefined {
  let fenced = false;
  const lines = body.split("\n");
  for (const [i, raw] of lines.entries()) {
    if (/^\s*(```|~~~)/.test(raw)) {
      fenced = !fenced;
      continue;
    }
    if (fenced) continue;
    const text = raw.replace(/`[^`]*`/g, "").replace(/\\[<{}]/g, "");
    if (/<(?![A-Za-z/!>])|[{}]/.test(text)) {
      const trimmed = raw.trim();
      return { line: i + 1, text: trimmed.length > 60 ? `${trimmed.slice(0, 57)}…` : trimmed };
    }
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
