import type { ReactNode } from "react";
import type { UseCaseId } from "@/lib/content/schema";

// Simple line pictograms. They are decorative: the text next to each one carries the meaning,
// so every drawing is aria-hidden.

function Frame({ children, className = "h-12 w-12" }: { children: ReactNode; className?: string }) {
  return (
    <svg
      viewBox="0 0 48 48"
      aria-hidden="true"
      focusable="false"
      className={`${className} shrink-0 fill-none stroke-brand-700 [stroke-linecap:round] [stroke-linejoin:round] [stroke-width:2.5]`}
    >
      {children}
    </svg>
  );
}

const USE_CASE_DRAWINGS: Record<UseCaseId, ReactNode> = {
  // A parent holding a baby.
  "postpartum-infant-care": (
    <>
      <circle cx="18" cy="11" r="5" />
      <path d="M8 42V28a10 10 0 0 1 20 0v14" />
      <circle cx="32" cy="27" r="4" />
      <path d="M22 34c4 4 14 4 18-1" />
    </>
  ),
  // A market stall with an awning.
  "market-linkage": (
    <>
      <path d="M6 16l4-8h28l4 8z" />
      <path d="M6 16c0 3 3 5 6 5s6-2 6-5c0 3 3 5 6 5s6-2 6-5c0 3 3 5 6 5s6-2 6-5" />
      <path d="M10 21v19h28V21" />
      <path d="M20 40v-9h8v9" />
    </>
  ),
  // A seedling with a speech bubble: advice to farmers.
  "agricultural-advisory": (
    <>
      <path d="M14 42V26" />
      <path d="M14 30c-6 0-9-4-9-9 6 0 9 4 9 9z" />
      <path d="M14 26c0-6 4-9 9-9 0 6-4 9-9 9z" />
      <path d="M6 42h18" />
      <path d="M28 6h14v11h-7l-4 4v-4h-3z" />
    </>
  ),
  // A hand receiving a coin.
  "cash-transfer": (
    <>
      <circle cx="30" cy="13" r="7" />
      <path d="M30 10v6" />
      <path d="M4 34h8l8 4h10l12-8c-2-3-5-3-8-1l-6 3" />
      <path d="M12 30h12a3 3 0 0 1 0 6h-6" />
      <path d="M4 30v12" />
    </>
  ),
  // A laptop with an open book on screen.
  "remote-learning": (
    <>
      <rect x="9" y="9" width="30" height="21" rx="2" />
      <path d="M4 37h40l-3-7H7z" />
      <path d="M24 14v12" />
      <path d="M15 14c4-1 7 0 9 1 2-1 5-2 9-1v11c-4-1-7 0-9 1-2-1-5-2-9-1z" />
    </>
  ),
};

/** Decorative pictogram for one of the five use cases. */
export function UseCasePictogram({ id }: { id: UseCaseId }) {
  return <Frame>{USE_CASE_DRAWINGS[id]}</Frame>;
}

/** The pictograms for the three pillars, keyed by the pillar's route. */
const PILLAR_DRAWINGS = {
  // A document with a ruled list: specifications.
  specifications: (
    <>
      <path d="M12 4h18l8 8v32H12z" />
      <path d="M30 4v8h8" />
      <path d="M18 22h14M18 29h14M18 36h9" />
    </>
  ),
  // Two blocks exchanging messages: the sandbox.
  sandbox: (
    <>
      <rect x="4" y="8" width="14" height="14" rx="2" />
      <rect x="30" y="26" width="14" height="14" rx="2" />
      <path d="M18 15h10a4 4 0 0 1 4 4v3" />
      <path d="M28 22l4 4 4-4" />
      <path d="M30 33H20a4 4 0 0 1-4-4v-3" />
      <path d="M20 26l-4-4-4 4" />
    </>
  ),
  // A shop front: the marketplace.
  marketplace: (
    <>
      <path d="M6 18l3-10h30l3 10" />
      <path d="M6 18h36v4a6 6 0 0 1-12 0 6 6 0 0 1-12 0 6 6 0 0 1-12 0z" />
      <path d="M9 28v14h30V28" />
      <rect x="15" y="31" width="8" height="11" />
    </>
  ),
} as const;

export type PillarKey = keyof typeof PILLAR_DRAWINGS;

/** Decorative pictogram for one of the three pillars. */
export function PillarPictogram({ pillar }: { pillar: PillarKey }) {
  return <Frame className="h-14 w-14">{PILLAR_DRAWINGS[pillar]}</Frame>;
}
