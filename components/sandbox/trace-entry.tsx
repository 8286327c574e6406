import type { TraceEntry } from "@/sandbox/trace";
import { CopyButton } from "./copy-button";

/** One exchange of the trace: summary line, then request, response and the curl command. */
export function TraceEntryView({ entry, curl }: { entry: TraceEntry; curl: string }) {
  const ok = entry.status < 400;
  return (
    <li className="border-b border-line py-2">
      <details>
        <summary className="cursor-pointer">
          <span className="font-mono text-sm break-all">
            {entry.method} {entry.path.length > 80 ? `${entry.path.slice(0, 80)}…` : entry.path}
          </span>{" "}
          <span className={ok ? "text-ok" : "text-error"}>
            {entry.status} {ok ? "OK" : entry.denied ? "refused" : "error"}
          </span>{" "}
          <span className="text-sm text-muted">
            {entry.via === "im" ? "through the Information Mediator" : "direct"} · {entry.caller ?? "no caller"} → {entry.provider}
            {entry.service ? ` (${entry.service})` : ""} · {entry.latencyMs} ms · <time dateTime={entry.at}>{entry.at.slice(11, 19)}</time>
          </span>
        </summary>
        <div className="mt-2 min-w-0 space-y-2">
          <h4 className="text-sm">Request body</h4>
          <pre tabIndex={0} className="max-h-48 overflow-auto bg-surface-code p-2 text-xs">
            {JSON.stringify(entry.request.body, null, 2) ?? "(none)"}
          </pre>
          <h4 className="text-sm">Response body</h4>
          <pre tabIndex={0} className="max-h-48 overflow-auto bg-surface-code p-2 text-xs">
            {JSON.stringify(entry.response.body, null, 2) ?? "(none)"}
          </pre>
          <h4 className="text-sm">Repeat with curl</h4>
          <pre tabIndex={0} className="overflow-auto bg-surface-code p-2 text-xs">
            {curl}
          </pre>
          <CopyButton text={curl} label={`for ${entry.method} ${entry.path.slice(0, 40)}`} />
        </div>
      </details>
    </li>
  );
}
