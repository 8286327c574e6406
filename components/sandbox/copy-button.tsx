"use client";
import { useState } from "react";

/** Copies text to the clipboard; hidden until JavaScript runs (the text is shown next to it anyway). */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  return (
    <p>
      <button
        type="button"
        className="rounded-sm border-2 border-brand-700 px-2 py-0.5 text-sm font-semibold text-brand-700"
        onClick={() =>
          navigator.clipboard.writeText(text).then(
            () => setState("copied"),
            () => setState("failed"),
          )
        }
      >
        Copy as curl<span className="sr-only"> {label}</span>
      </button>{" "}
      <span role="status" className="text-sm">
        {state === "copied" ? "Copied." : state === "failed" ? "Could not copy: select the text above." : ""}
      </span>
    </p>
  );
}
