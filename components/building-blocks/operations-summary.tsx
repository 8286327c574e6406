import type { OperationGroup } from "@/lib/content/openapi-summary";

/** The contract's operations (styles: .app-ops in globals.css, kept out of markup to keep the page light) grouped by tag; deprecated ones are marked as compatibility aliases. */
export function OperationsSummary({ groups }: { groups: OperationGroup[] }) {
  return (
    <div className="space-y-6">
      {groups.map((group) => (
        <div key={group.tag}>
          <h3 className="text-lg">{group.tag}</h3>
          {group.description ? <p className="text-muted">{group.description}</p> : null}
          <ul className="app-ops">
            {/* Index keys: a static list, and the RSC payload of long contracts stays smaller. */}
            {group.operations.map((op, i) => (
              <li key={i}>
                <b data-method={op.method}>{op.method}</b>
                <code>{op.path}</code>
                <span>{op.summary}</span>
                {op.deprecated ? <i>Compatibility (deprecated)</i> : null}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
