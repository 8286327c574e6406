import type { ReactNode } from "react";

// An error interrupts the screen reader (alert); success and warning wait for it to finish (status).
const TONES = {
  success: { role: "status", colours: "border-ok bg-ok-tint" },
  warning: { role: "status", colours: "border-warn bg-warn-tint" },
  error: { role: "alert", colours: "border-error bg-error-tint" },
} as const;

export type NoticeTone = keyof typeof TONES;

/**
 * The message a page shows after something happened (saved, sent, failed): a tinted box with a
 * coloured edge, announced to assistive technology. `className` carries only the spacing around it.
 */
export function Notice({ tone = "success", className = "", children }: { tone?: NoticeTone; className?: string; children: ReactNode }) {
  const { role, colours } = TONES[tone];
  return (
    <p role={role} className={`${className} border-l-4 ${colours} p-3`.trim()}>
      {children}
    </p>
  );
}
