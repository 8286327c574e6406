import { DeviceFrame } from "./device-frame";
import { homeDevice } from "./device";
import { roleAfterName } from "../persona-line";
import { plainRecordLabel } from "../trace-labels";

type Viewer = { name: string; role: string; device?: string; kind?: string };
type Outcome = { status: "ok" | "unhappy" | "error"; summary: string; records?: Record<string, string | undefined> };
type Props = { viewer: Viewer; actorName: string; action: string; stepTitle: string; outcome: Outcome | null };

/**
 * The same moment seen by another person in the step: what reaches their phone or their desk after
 * the main actor acts, or that nothing has yet. Plain words only: no ids without a label, no jargon.
 */
export function OtherSide(props: Props) {
  const { viewer } = props;
  // Who this is, in words, before their device: the frame alone does not say what part they play.
  return (
    <>
      <p className="mb-2 font-semibold">
        {viewer.name}, {roleAfterName(viewer.role)}
      </p>
      <TheirDevice {...props} />
    </>
  );
}

function TheirDevice({ viewer, actorName, action, stepTitle, outcome }: Props) {
  const device = viewer.kind === "system" ? "computer" : homeDevice(viewer.device);
  const records = Object.entries(outcome?.records ?? {}).filter((e): e is [string, string] => !!e[1]);
  const waiting = `Nothing yet. ${actorName} acts first: switch back to ${actorName} and press “${action}”.`;

  if (device === "computer") {
    return (
      <DeviceFrame device={device} owner={viewer.name} app={viewer.kind === "system" ? `${viewer.name}: incoming requests` : `${viewer.role}: today`}>
        <h3 className="text-lg font-semibold">{viewer.kind === "system" ? "Requests from other services" : "What needs your attention"}</h3>
        {!outcome ? (
          <p className="mt-2">{waiting}</p>
        ) : (
          <div className="mt-2 rounded-sm border border-line p-2" data-testid="other-side-update">
            <p className="text-sm text-muted">
              {stepTitle}: {actorName} pressed “{action}”
            </p>
            <p className="mt-1 font-semibold">{outcome.summary}</p>
            {records.length > 0 && (
              <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 text-sm">
                {records.map(([k, v]) => (
                  <div key={k} className="contents">
                    <dt className="text-muted">{plainRecordLabel(k)}</dt>
                    <dd className="font-mono [overflow-wrap:anywhere]">{v}</dd>
                  </div>
                ))}
              </dl>
            )}
          </div>
        )}
      </DeviceFrame>
    );
  }

  const sender = outcome?.status === "error" ? "Service notice" : "Government service";
  return (
    <DeviceFrame device={device} owner={viewer.name} app={device === "smartphone" ? "Notifications" : "Messages"}>
      {!outcome ? (
        <p className="text-sm">{waiting}</p>
      ) : (
        <div className={device === "smartphone" ? "rounded-lg bg-brand-50 p-3 shadow-sm" : ""} data-testid="other-side-update">
          <p className="text-xs font-bold">{sender}</p>
          <p className="mt-1 text-sm">{outcome.summary}</p>
          {outcome.status !== "ok" && <p className="mt-1 text-xs">Reply HELP or call the number on your card if this is wrong.</p>}
        </div>
      )}
    </DeviceFrame>
  );
}
