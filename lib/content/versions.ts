import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { parse as parseYaml } from "yaml";
import { buildingBlocksDir, readYamlFile, type BuildingBlock } from "./building-blocks";
import { ContentError } from "./errors";
import { requirementsFileSchema, type Level, type Requirement } from "./schema";

/**
 * Published versions of a spec. The current version is the BB folder itself; each earlier one is a
 * snapshot in `versions/<version>/` holding that version's `requirements.yaml` and `openapi.yaml`
 * as they were published. Its date and notes stay in the changelog of index.mdx. Diffs are
 * computed from these files.
 */

export type SpecVersion = {
  version: string;
  date: string;
  changes: string[];
  current: boolean;
};

export type VersionContent = {
  version: string;
  requirements: Requirement[];
  openapi: Record<string, unknown> | undefined;
};

const METHODS = ["get", "put", "post", "delete", "patch", "options", "head", "trace"] as const;

function versionsDir(bbId: string, root = buildingBlocksDir()): string {
  return join(root, bbId, "versions");
}

/** Versions with a snapshot folder, as written on disk. */
export function snapshotVersions(bbId: string, root = buildingBlocksDir()): string[] {
  const dir = versionsDir(bbId, root);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
}

/** Compares two x.y.z versions numerically. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * The versions a reader can open, newest first: the current one and every changelog entry that has
 * a snapshot. Entries older than the first snapshot were published before snapshots were kept.
 */
export function publishedVersions(bb: Pick<BuildingBlock, "id" | "version" | "changelog">, root = buildingBlocksDir()): SpecVersion[] {
  const snapshots = new Set(snapshotVersions(bb.id, root));
  return bb.changelog
    .filter((entry) => entry.version === bb.version || snapshots.has(entry.version))
    .map((entry) => ({ ...entry, current: entry.version === bb.version }))
    .sort((a, b) => compareVersions(b.version, a.version));
}

/**
 * The requirements and contract of one version: the BB folder for the current version, the
 * snapshot for an earlier one.
 * @returns undefined when the version has no snapshot
 */
export function readVersion(bb: Pick<BuildingBlock, "id" | "version" | "requirements">, version: string, root = buildingBlocksDir()): VersionContent | undefined {
  // Snapshots never change while the server runs; in production read each once.
  const key = `${root}\0${bb.id}\0${version}`;
  if (version !== bb.version && process.env.NODE_ENV === "production" && snapshotCache.has(key)) return snapshotCache.get(key);
  const content = readVersionFiles(bb, version, root);
  if (version !== bb.version && process.env.NODE_ENV === "production") snapshotCache.set(key, content);
  return content;
}

const snapshotCache = new Map<string, VersionContent | undefined>();

function readVersionFiles(bb: Pick<BuildingBlock, "id" | "version" | "requirements">, version: string, root: string): VersionContent | undefined {
  const folder = version === bb.version ? join(root, bb.id) : join(versionsDir(bb.id, root), version);
  if (!existsSync(folder)) return undefined;
  const requirements = version === bb.version ? bb.requirements : (readYamlFile(join(folder, "requirements.yaml"), requirementsFileSchema, "requirements") ?? []);
  const openapiPath = join(folder, "openapi.yaml");
  let openapi: Record<string, unknown> | undefined;
  if (existsSync(openapiPath)) {
    try {
      openapi = parseYaml(readFileSync(openapiPath, "utf8")) as Record<string, unknown>;
    } catch (error) {
      throw new ContentError(openapiPath, [`not valid YAML: ${(error as Error).message.split("\n")[0]}`]);
    }
  }
  return { version, requirements, openapi };
}

export type RequirementChange = {
  id: string;
  before: Requirement;
  after: Requirement;
  /** What changed: the level, the wording, the area (section) or the source. */
  fields: ("level" | "text" | "section" | "source")[];
};

export type OperationRef = { method: string; path: string; summary: string };
export type OperationChange = OperationRef & { aspects: string[] };

export type VersionDiff = {
  from: string;
  to: string;
  /** `changed`: level, wording or area changed; `sourced`: ids whose only change is their source. */
  requirements: { added: Requirement[]; removed: Requirement[]; changed: RequirementChange[]; sourced: string[] };
  operations: { added: OperationRef[]; removed: OperationRef[]; changed: OperationChange[] };
  /** Shared schemas (components.schemas) added, removed or changed, by name. */
  schemas: { added: string[]; removed: string[]; changed: string[] };
};

type Operation = { summary?: string; description?: string; parameters?: unknown; requestBody?: unknown; responses?: Record<string, unknown>; deprecated?: boolean; security?: unknown };

function operationsOf(doc: Record<string, unknown> | undefined): Map<string, { ref: OperationRef; op: Operation; shared: unknown }> {
  const out = new Map<string, { ref: OperationRef; op: Operation; shared: unknown }>();
  const paths = (doc?.paths ?? {}) as Record<string, Record<string, unknown> | undefined>;
  for (const [path, item] of Object.entries(paths)) {
    for (const method of METHODS) {
      const op = item?.[method] as Operation | undefined;
      if (!op) continue;
      const ref = { method: method.toUpperCase(), path, summary: op.summary ?? op.description?.split("\n")[0] ?? "" };
      out.set(`${ref.method} ${path}`, { ref, op, shared: item?.parameters });
    }
  }
  return out;
}

/** The parts of an operation that differ, in words a reader can scan. */
function operationAspects(before: Operation, after: Operation, sharedBefore: unknown, sharedAfter: unknown): string[] {
  const aspects: string[] = [];
  if ((before.summary ?? "") !== (after.summary ?? "") || (before.description ?? "") !== (after.description ?? "")) aspects.push("description");
  if (!isDeepStrictEqual(before.parameters, after.parameters) || !isDeepStrictEqual(sharedBefore, sharedAfter)) aspects.push("parameters");
  if (!isDeepStrictEqual(before.requestBody, after.requestBody)) aspects.push("request body");
  const codesBefore = Object.keys(before.responses ?? {});
  const codesAfter = Object.keys(after.responses ?? {});
  const addedCodes = codesAfter.filter((c) => !codesBefore.includes(c));
  const removedCodes = codesBefore.filter((c) => !codesAfter.includes(c));
  if (addedCodes.length > 0) aspects.push(`responses added: ${addedCodes.join(", ")}`);
  if (removedCodes.length > 0) aspects.push(`responses removed: ${removedCodes.join(", ")}`);
  const sameCodesChanged = codesAfter.filter((c) => codesBefore.includes(c) && !isDeepStrictEqual(before.responses?.[c], after.responses?.[c]));
  if (sameCodesChanged.length > 0) aspects.push(`responses changed: ${sameCodesChanged.join(", ")}`);
  if ((before.deprecated === true) !== (after.deprecated === true)) aspects.push(after.deprecated ? "now deprecated" : "no longer deprecated");
  if (!isDeepStrictEqual(before.security, after.security)) aspects.push("security");
  return aspects;
}

/** Requirements and operations added, removed and changed from one version to another. */
export function diffVersions(from: VersionContent, to: VersionContent): VersionDiff {
  const before = new Map(from.requirements.map((r) => [r.id, r]));
  const after = new Map(to.requirements.map((r) => [r.id, r]));
  const changed: RequirementChange[] = [];
  const sourced: string[] = [];
  for (const [id, next] of after) {
    const prev = before.get(id);
    if (!prev) continue;
    const fields = (["level", "text", "section"] as const).filter((f) => prev[f] !== next[f]) as RequirementChange["fields"];
    if (!isDeepStrictEqual(prev.source, next.source)) fields.push("source");
    if (fields.length === 1 && fields[0] === "source") sourced.push(id);
    else if (fields.length > 0) changed.push({ id, before: prev, after: next, fields });
  }

  const opsBefore = operationsOf(from.openapi);
  const opsAfter = operationsOf(to.openapi);
  const opChanged: OperationChange[] = [];
  for (const [key, next] of opsAfter) {
    const prev = opsBefore.get(key);
    if (!prev) continue;
    const aspects = operationAspects(prev.op, next.op, prev.shared, next.shared);
    if (aspects.length > 0) opChanged.push({ ...next.ref, aspects });
  }

  const schemasOf = (doc: Record<string, unknown> | undefined) => ((doc?.components as { schemas?: Record<string, unknown> } | undefined)?.schemas ?? {});
  const sBefore = schemasOf(from.openapi);
  const sAfter = schemasOf(to.openapi);

  return {
    from: from.version,
    to: to.version,
    requirements: {
      added: to.requirements.filter((r) => !before.has(r.id)),
      removed: from.requirements.filter((r) => !after.has(r.id)),
      changed,
      sourced,
    },
    operations: {
      added: [...opsAfter].filter(([k]) => !opsBefore.has(k)).map(([, v]) => v.ref),
      removed: [...opsBefore].filter(([k]) => !opsAfter.has(k)).map(([, v]) => v.ref),
      changed: opChanged,
    },
    schemas: {
      added: Object.keys(sAfter).filter((n) => !(n in sBefore)),
      removed: Object.keys(sBefore).filter((n) => !(n in sAfter)),
      changed: Object.keys(sAfter).filter((n) => n in sBefore && !isDeepStrictEqual(sBefore[n], sAfter[n])),
    },
  };
}

/** Counts by level, for one-line summaries ("3 added, 2 of them REQUIRED"). */
export function countByLevel(requirements: readonly Requirement[]): Record<Level, number> {
  const counts: Record<Level, number> = { REQUIRED: 0, RECOMMENDED: 0, OPTIONAL: 0 };
  for (const r of requirements) counts[r.level]++;
  return counts;
}

/** Whether a diff has nothing in it. */
export function isEmptyDiff(diff: VersionDiff): boolean {
  const { requirements: r, operations: o, schemas: s } = diff;
  return [r.added, r.removed, r.changed, r.sourced, o.added, o.removed, o.changed, s.added, s.removed, s.changed].every((list) => list.length === 0);
}

/**
 * The newest spec version an assessment can have been made against. Answers carry no version of
 * their own, so this reads it from the ids they cover: a version that added requirements, none of
 * which the assessment answers, came after it. Versions that added no requirement cannot be told
 * apart from the one before them, so the newer one is returned.
 * @param versions newest first, each with the ids of its requirements
 */
export function assessedVersion(versions: readonly { version: string; requirementIds: ReadonlySet<string> }[], answeredIds: ReadonlySet<string>): string | undefined {
  for (const [i, v] of versions.entries()) {
    const previous = versions[i + 1];
    if (!previous) return v.version;
    const introduced = [...v.requirementIds].filter((id) => !previous.requirementIds.has(id));
    if (introduced.length === 0 || introduced.some((id) => answeredIds.has(id))) return v.version;
  }
  return undefined;
}

/**
 * Problems with a BB's snapshots, for content:check: each `versions/<v>/` must be an earlier
 * version named in the changelog, hold a requirements.yaml, and have files that parse.
 */
export function checkSnapshots(bb: Pick<BuildingBlock, "id" | "version" | "changelog" | "requirements">, root = buildingBlocksDir()): string[] {
  const problems: string[] = [];
  const logged = new Set(bb.changelog.map((c) => c.version));
  for (const version of snapshotVersions(bb.id, root)) {
    const where = `versions/${version}`;
    if (!/^\d+\.\d+\.\d+$/.test(version)) {
      problems.push(`${where}: the folder name must be a version like 1.0.0`);
      continue;
    }
    if (compareVersions(version, bb.version) >= 0) problems.push(`${where}: snapshots keep earlier versions only, and the current version is ${bb.version}`);
    if (!logged.has(version)) problems.push(`${where}: the changelog has no entry for ${version}`);
    if (!existsSync(join(root, bb.id, "versions", version, "requirements.yaml"))) problems.push(`${where}: requirements.yaml is missing`);
    try {
      readVersion(bb, version, root);
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      problems.push(`${where}: ${error.problems.join("; ")}`);
    }
  }
  return problems;
}

export type AssessmentAge = {
  /** The version the answers were most likely given against. */
  assessed: string;
  current: string;
  added: Requirement[];
  changed: RequirementChange[];
};

/**
 * For a self-assessment (the ids it answers): the version it was made against and what changed in
 * the requirements since, or undefined when it matches the current version.
 */
export function assessmentAge(bb: BuildingBlock, answeredIds: ReadonlySet<string>, root = buildingBlocksDir()): AssessmentAge | undefined {
  const contents = publishedVersions(bb, root).map((v) => readVersion(bb, v.version, root)).filter((c) => c !== undefined);
  const assessed = assessedVersion(contents.map((c) => ({ version: c.version, requirementIds: new Set(c.requirements.map((r) => r.id)) })), answeredIds);
  const then = contents.find((c) => c.version === assessed);
  const now = contents[0];
  if (!then || !now || then.version === now.version) return undefined;
  const diff = diffVersions(then, now);
  return { assessed: then.version, current: now.version, added: diff.requirements.added, changed: diff.requirements.changed };
}
