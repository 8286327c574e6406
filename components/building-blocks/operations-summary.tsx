import type { OperationGroup } from "@/lib/content/openapi-summary";

const METHOD_STYLES: Record<string, string> = {
  GET: "border-[var(--color-ok)] text-[var(--color-ok)]",
  POST: "border-[var(--color-brand-700)] text-[var(--color-brand-700)]",
  PUT: "border-[var(--color-warn)] text-[var(--color-warn)]",
  PATCH: "border-[var(--color-warn)] text-[var(--color-warn)]",
  DELETE: "border-[var(--color-danger)] text-[var(--color-danger)]",
};

/** The contract's operations grouped by tag; deprecated ones are marked as compatibility aliases. */
export function OperationsSummary({ groups }: { groups: OperationGroup[] }) {
  return (
    <div className="space-y-6">
      {groups.map((group) => (
        <div key={group.tag}>
          <h3 className="text-lg">{group.tag}</h3>
          {group.description ? <p className="text-[var(--color-muted)]">{group.description}</p> : null}
          <ul className="mt-2 divide-y divide-[var(--color-line)] border-y border-[var(--color-line)]" aria-label={`${group.tag} operations`}>
            {group.operations.map((op) => (
              <li key={`${op.method} ${op.path}`} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 py-2" data-operation={`${op.method} ${op.path}`}>
                <span className={`inline-block w-16 shrink-0 rounded-sm border bg-white px-1 text-center font-mono text-xs font-bold ${METHOD_STYLES[op.method] ?? "border-[var(--color-line)]"}`}>
                  {op.method}
                </span>
                <code className="font-mono text-sm break-all">{op.path}</code>
                <span className="basis-full text-sm sm:basis-auto">{op.summary}</span>
                {op.deprecated ? (
                  <span className="rounded-sm border border-dashed border-[var(--color-muted)] px-1.5 text-xs font-semibold text-[var(--color-muted)]">
                    Compatibility (deprecated)
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
