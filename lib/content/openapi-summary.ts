/** One operation of an OpenAPI contract, as listed on a spec page. */
export type OperationSummary = {
  method: string;
  path: string;
  summary: string;
  operationId?: string;
  deprecated: boolean;
};

/** Operations that share a tag, in the order the contract declares its tags. */
export type OperationGroup = { tag: string; description?: string; operations: OperationSummary[] };

const METHODS = ["get", "put", "post", "delete", "patch", "options", "head", "trace"] as const;

type Doc = {
  tags?: { name: string; description?: string }[];
  paths?: Record<string, Record<string, unknown> | undefined>;
};
type Operation = { summary?: string; description?: string; operationId?: string; deprecated?: boolean; tags?: string[] };

/**
 * Groups a contract's operations by their first tag. Declared tags come first, in declaration order,
 * then tags used but not declared; untagged operations go to "Other". Empty groups are dropped.
 */
export function summariseOperations(document: unknown): OperationGroup[] {
  const doc = (document ?? {}) as Doc;
  const groups = new Map<string, OperationGroup>();
  for (const tag of doc.tags ?? []) groups.set(tag.name, { tag: tag.name, description: tag.description, operations: [] });
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      const op = item?.[method] as Operation | undefined;
      if (!op) continue;
      const tag = op.tags?.[0] ?? "Other";
      if (!groups.has(tag)) groups.set(tag, { tag, operations: [] });
      groups.get(tag)?.operations.push({
        method: method.toUpperCase(),
        path,
        summary: op.summary ?? firstLine(op.description) ?? "",
        operationId: op.operationId,
        deprecated: op.deprecated === true,
      });
    }
  }
  return [...groups.values()].filter((g) => g.operations.length > 0);
}

/** Number of operations across all groups. */
export function countOperations(groups: OperationGroup[]): number {
  return groups.reduce((n, g) => n + g.operations.length, 0);
}

function firstLine(text: string | undefined): string | undefined {
  return text?.split("\n").find((line) => line.trim())?.trim();
}
