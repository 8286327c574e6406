import { govstackItemUrl } from "@/lib/content/govstack";
import { LEVELS, type GovstackSpec, type Requirement } from "@/lib/content/schema";
import { LevelBadge } from "./status-badge";
import { TableScroll } from "@/components/ui/table-scroll";

const AREA_LABELS: Record<Requirement["section"], string> = {
  functional: "Functional",
  "cross-functional": "Cross-functional",
  api: "API",
};

/**
 * The requirement list with a level filter. The filter is a group of radio buttons and a CSS
 * :has() rule (see .app-reqs in globals.css), so it works without JavaScript and the page stays
 * static. Every row has the requirement id as its anchor and says where the requirement comes from.
 * @param govstack GovStack's spec the sources point into, for links to its text
 */
export function RequirementsTable({ requirements, govstack }: { requirements: Requirement[]; govstack?: GovstackSpec }) {
  const count = (level: string) => requirements.filter((r) => r.level === level).length;
  return (
    <div className="app-reqs">
      <fieldset className="mb-4">
        <legend className="mb-2 font-semibold">Show requirements by level</legend>
        <div className="flex flex-wrap gap-x-5 gap-y-2">
          {["ALL", ...LEVELS].map((level) => (
            <label key={level} className="inline-flex cursor-pointer items-center gap-2">
              <input type="radio" name="requirement-level" value={level} defaultChecked={level === "ALL"} className="h-5 w-5 accent-brand-700" />
              <span>
                {level === "ALL" ? "All" : level.charAt(0) + level.slice(1).toLowerCase()} ({level === "ALL" ? requirements.length : count(level)})
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <TableScroll label="Requirements table">
        <table>
          <thead>
            <tr>
              <th scope="col">Id and level</th>
              <th scope="col">Requirement</th>
            </tr>
          </thead>
          <tbody>
            {requirements.map((req, i) => (
              <tr key={i} id={req.id} data-level={req.level}>
                <td>
                  <a href={`#${req.id}`}>{req.id}</a> <LevelBadge level={req.level} />
                </td>
                <td>
                  {req.text}
                  <small>
                    {AREA_LABELS[req.section]}
                    {req.tags.length > 0 ? ` · ${req.tags.join(", ")}` : ""}
                    <SourceNote source={req.source} govstack={govstack} />
                  </small>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </div>
  );
}

/** " · From GovStack 1.1.0, 6.1 #3" (linked to GovStack's text) or " · Portal addition: why". */
function SourceNote({ source, govstack }: { source: Requirement["source"]; govstack?: GovstackSpec }) {
  if (!source) return null;
  if ("portal" in source) return <> · Portal addition: {source.portal}</>;
  const label = `GovStack ${source.govstack}, ${source.section}`;
  return (
    <>
      {" · From "}
      {govstack && govstack.version === source.govstack ? <a href={govstackItemUrl(govstack, source.section)}>{label}</a> : label}
    </>
  );
}
