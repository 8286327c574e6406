import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { ContentError, describeIssues } from "./errors";
import { describeFrontmatterError, splitFrontmatter } from "./frontmatter";
import { USE_CASE_IDS } from "./schema";
import { useCaseFrontmatterSchema, type JourneyStep, type UseCaseFrontmatter } from "./use-case-schema";

/** A use case as read from `content/use-cases/<id>.mdx`. */
export type UseCase = UseCaseFrontmatter & {
  /** The MDX body (the introduction for policy makers), without frontmatter. */
  body: string;
  /** Repository-relative path, for "Edit this page" links. */
  sourcePath: string;
};

/** How a journey step relates to the official steps it covers. */
export type MappingKind = "one-to-one" | "folded" | "split";

/** Folder holding `<id>.mdx` files. CONTENT_DIR lets tests point at fixtures. */
export function getUseCasesDir(root = process.env.CONTENT_DIR ?? "content"): string {
  return resolve(root, "use-cases");
}

/**
 * Reads and validates one use case file (schema, step counts, coverage, ids).
 * Cross-file rules (BB ids, API paths) are checked by checkContent.
 * @throws ContentError naming the file, the field and the problem.
 */
export function readUseCase(dir: string, id: string): UseCase {
  const path = join(dir, `${id}.mdx`);
  const rel = relative(process.cwd(), path);
  if (!existsSync(path)) throw new ContentError(rel, ["file is missing"]);
  let split: ReturnType<typeof splitFrontmatter>;
  try {
    split = splitFrontmatter(readFileSync(path, "utf8"));
  } catch (error) {
    throw new ContentError(rel, [describeFrontmatterError(error)]);
  }
  const { data, body } = split;
  if (data === undefined) throw new ContentError(rel, ["no frontmatter block (--- ... ---) at the top"]);
  const parsed = useCaseFrontmatterSchema.safeParse(data);
  if (!parsed.success) throw new ContentError(rel, describeIssues(parsed.error.issues));
  if (parsed.data.id !== id) throw new ContentError(rel, [`id: "${parsed.data.id}" must match the file name "${id}"`]);
  return { ...parsed.data, body, sourcePath: relative(resolve(dir, "..", ".."), path) };
}

/** Ids of the `.mdx` files in a use-case folder. */
export function listUseCaseFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(".mdx"))
    .map((name) => name.slice(0, -4));
}

let cache: UseCase[] | undefined;

/** The five use cases in the portal's fixed order. Cached in production. */
export function getUseCases(): UseCase[] {
  if (cache && process.env.NODE_ENV === "production") return cache;
  const dir = getUseCasesDir();
  cache = USE_CASE_IDS.map((id) => readUseCase(dir, id));
  return cache;
}

/** Use-case titles by id, from the content files (the one source of use-case names). */
export function getUseCaseTitles(): Record<string, string> {
  return Object.fromEntries(getUseCases().map((uc) => [uc.id, uc.title]));
}

/** One use case by id, or undefined. */
export function getUseCase(id: string): UseCase | undefined {
  return (USE_CASE_IDS as readonly string[]).includes(id) ? getUseCases().find((uc) => uc.id === id) : undefined;
}

/**
 * A step by its 1-based number as used in URLs (`/use-cases/<id>/steps/<n>`).
 * @returns undefined when n is not a whole number within the journey.
 */
export function getStep(useCase: UseCase, n: string | number): JourneyStep | undefined {
  const index = typeof n === "number" ? n : /^\d+$/.test(n) ? Number(n) : NaN;
  return Number.isInteger(index) && index >= 1 ? useCase.steps[index - 1] : undefined;
}

/** "folded" when a step covers several official steps, "split" when an official step spans several journey steps. */
export function mappingKind(useCase: UseCase, step: JourneyStep): MappingKind {
  if (step.officialSteps.length > 1) return "folded";
  const shared = useCase.steps.filter((s) => s.officialSteps.some((n) => step.officialSteps.includes(n)));
  return shared.length > 1 ? "split" : "one-to-one";
}

/** The persona record for each actor id of a step, in order. */
export function stepActors(useCase: UseCase, step: JourneyStep) {
  return step.actors.map((id) => useCase.personas.find((p) => p.id === id)).filter((p) => p !== undefined);
}
