import type { Sector } from "@/lib/content/use-case-schema";

const PATHS: Record<Sector, React.ReactNode> = {
  // A mother holding a baby.
  health: (
    <>
      <circle cx="24" cy="12" r="6" />
      <path d="M14 44V30c0-6 4-10 10-10s10 4 10 10v14" />
      <circle cx="30" cy="30" r="4" />
      <path d="M20 34c4 4 10 4 14 0" />
    </>
  ),
  // A plant growing from the ground.
  agriculture: (
    <>
      <path d="M6 42h36" />
      <path d="M24 42V18" />
      <path d="M24 26c-8 0-12-4-12-10 8 0 12 4 12 10z" />
      <path d="M24 20c0-6 4-10 12-10 0 6-4 10-12 10z" />
    </>
  ),
  // A house with a coin.
  "social-protection": (
    <>
      <path d="M6 22 24 8l18 14" />
      <path d="M10 20v22h28V20" />
      <circle cx="24" cy="31" r="6" />
      <path d="M24 28v6" />
    </>
  ),
  // An open book.
  education: (
    <>
      <path d="M24 14c-5-4-12-4-18-2v28c6-2 13-2 18 2 5-4 12-4 18-2V12c-6-2-13-2-18 2z" />
      <path d="M24 14v28" />
    </>
  ),
};

/** A simple line pictogram for a use case's sector; decorative, so hidden from assistive technology. */
export function Pictogram({ sector, className = "h-12 w-12" }: { sector: Sector; className?: string }) {
  return (
    <svg
      viewBox="0 0 48 48"
      className={className}
      fill="none"
      stroke="currentColor"
      strokeWidth="2.5"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {PATHS[sector]}
    </svg>
  );
}
