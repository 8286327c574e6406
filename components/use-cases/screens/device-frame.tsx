import type { ReactNode } from "react";
import { DEVICE_NAME, type Device } from "./device";

/**
 * A product-like frame around an actor's screen: a smartphone, a basic phone with its keypad, or an
 * officer's desktop console. The chrome is decorative (hidden from screen readers); the device is
 * named once in plain words for everyone.
 */
export function DeviceFrame({ device, owner, app, children }: { device: Device; owner: string; app: string; children: ReactNode }) {
  const named = <p className="sr-only">{`On ${owner}'s ${DEVICE_NAME[device]}: ${app}`}</p>;
  if (device === "computer") {
    return (
      <div className="overflow-hidden rounded-md border-2 border-ink bg-white shadow-md" data-device={device}>
        {named}
        <div aria-hidden="true" className="flex items-center gap-2 bg-ink px-3 py-1.5 text-xs text-white">
          <span className="flex gap-1">
            <span className="h-2.5 w-2.5 rounded-full bg-device-dot-close" />
            <span className="h-2.5 w-2.5 rounded-full bg-device-dot-minimise" />
            <span className="h-2.5 w-2.5 rounded-full bg-device-dot-zoom" />
          </span>
          <span className="min-w-0 flex-1 truncate rounded-sm bg-white/15 px-2">{app}</span>
        </div>
        <div className="flex min-w-0">
          <div aria-hidden="true" className="hidden w-28 shrink-0 space-y-2 bg-brand-900 p-3 text-xs text-white sm:block">
            <p className="font-bold">Work</p>
            <p className="rounded-sm bg-white/20 px-1">Today</p>
            <p className="px-1">People</p>
            <p className="px-1">Messages</p>
            <p className="px-1">Reports</p>
          </div>
          <div className="min-w-0 flex-1">
            <p aria-hidden="true" className="border-b border-line bg-surface-code px-3 py-1 text-right text-xs text-muted">
              Signed in: {owner}
            </p>
            <div className="p-3">{children}</div>
          </div>
        </div>
      </div>
    );
  }
  if (device === "basic-phone") {
    return (
      <div className="mx-auto w-full max-w-[17rem] rounded-[2rem] border-4 border-ink bg-device-bezel px-4 pt-5 pb-4 shadow-md" data-device={device}>
        {named}
        <p aria-hidden="true" className="mb-2 text-center text-xs font-bold tracking-widest text-white/80">
          {owner.split(" ")[0]}&apos;s phone
        </p>
        <div className="rounded-sm border-4 border-device-lcd-edge bg-device-lcd p-2 font-mono text-sm text-ink">
          <p aria-hidden="true" className="mb-1 flex justify-between border-b border-ink/40 text-xs">
            <span>▂▄▆ </span>
            <span>09:41</span>
            <span>▮▮▮▯</span>
          </p>
          {children}
        </div>
        <div aria-hidden="true" className="mt-3 grid grid-cols-3 gap-1.5 text-center text-xs font-bold text-white">
          {["1", "2 abc", "3 def", "4 ghi", "5 jkl", "6 mno", "7 pqrs", "8 tuv", "9 wxyz", "*", "0", "#"].map((k) => (
            <span key={k} className="rounded-full bg-device-key py-1">
              {k}
            </span>
          ))}
        </div>
      </div>
    );
  }
  return (
    <div
      className={`mx-auto w-full rounded-[2.25rem] border-[10px] border-ink bg-white shadow-md ${device === "tablet" ? "max-w-[30rem]" : "max-w-[21rem]"}`}
      data-device={device}
    >
      {named}
      <div aria-hidden="true" className="flex items-center justify-between px-5 pt-1 text-xs font-semibold">
        <span>09:41</span>
        <span className="h-4 w-16 rounded-full bg-ink" />
        <span>▂▄▆ ▮</span>
      </div>
      <p aria-hidden="true" className="mt-1 bg-brand-700 px-3 py-2 text-sm font-bold text-white">
        {app}
      </p>
      <div className="p-3">{children}</div>
      <div aria-hidden="true" className="mx-auto mb-2 h-1 w-24 rounded-full bg-ink" />
    </div>
  );
}
