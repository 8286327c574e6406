"use client";
// Names the fault switches that are on in the visitor's sandbox (set on the Sandbox page) and offers
// to switch them off, so a failure in the player is never a mystery.
import { useEffect, useState } from "react";
import { describeFaults } from "@/sandbox/scenarios/fault-words";
import type { Faults } from "@/sandbox/types";
import type { PlayerBb } from "./types";

type Props = {
  bbs: PlayerBb[];
  /** The faults a run just reported (newer than what was read on load). */
  latest?: Faults;
  /** The notice's heading level where it is placed. */
  heading?: "h2" | "h3";
};

export function FaultNotice({ bbs, latest, heading: Heading = "h3" }: Props) {
  const [loaded, setLoaded] = useState<Faults>({});
  // After "Switch them all off": nothing is on, until a newer run reports otherwise.
  const [cleared, setCleared] = useState<{ after: Faults | undefined } | null>(null);
  const [message, setMessage] = useState("");
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    fetch("/api/sandbox/faults", { headers: { Accept: "application/json" } })
      .then((r) => (r.ok ? r.json() : null))
      // The shared "default" namespace is never used by the player: its switches do not apply here.
      .then((body: { namespace?: string; faults?: Faults } | null) => live && body?.namespace !== "default" && body?.faults && setLoaded(body.faults))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  const faults: Faults = cleared && cleared.after === latest ? {} : (latest ?? loaded);

  const words = describeFaults(faults, (id) => bbs.find((b) => b.id === id)?.title ?? id);

  async function clear() {
    if (busy) return;
    setBusy(true);
    try {
      const res = await fetch("/api/sandbox/faults", { method: "PUT", headers: { "Content-Type": "application/json" }, body: "{}" });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      setCleared({ after: latest });
      setMessage("All problems are switched off. Steps now run normally.");
    } catch {
      setMessage("The problems could not be switched off. Try again, or use the Sandbox page.");
    } finally {
      setBusy(false);
    }
  }

  return (
    <div data-testid="fault-notice">
      {words.length > 0 && (
        <section aria-labelledby="faults-on-title" className="mt-4 rounded-md border-l-8 border-warn bg-outcome-unhappy p-4">
          <Heading id="faults-on-title" className="text-lg">
            Problems are switched on in your sandbox
          </Heading>
          <p className="mt-1">They were set on the Sandbox page and change what happens in every step:</p>
          <ul className="mt-1 list-disc pl-5">
            {words.map((w) => (
              <li key={w.key}>{w.text}</li>
            ))}
          </ul>
          <div className="mt-3 flex flex-wrap gap-3">
            <button
              type="button"
              onClick={clear}
              aria-disabled={busy || undefined}
              className="rounded-sm bg-brand-700 px-4 py-2 font-semibold text-white aria-disabled:opacity-60"
              data-testid="clear-faults"
            >
              Switch them all off
            </button>
            <a href="/sandbox#faults" className="self-center">
              Change them on the Sandbox page
            </a>
          </div>
        </section>
      )}
      <p role="status" className="mt-2 empty:hidden">
        {message}
      </p>
    </div>
  );
}
