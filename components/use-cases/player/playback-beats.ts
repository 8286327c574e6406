// The order "Play the whole journey" goes through: each step, optionally after its unhappy paths.

/** A step as the playback needs it (from the use-case content). */
export type PlaybackStep = { title: string; narration: string; unhappy: { fault: string; trigger: string }[] };

/** One thing the playback runs: a step's normal story, or one of its unhappy paths. */
export type Beat = { step: number; title: string; narration: string; fault?: string; trigger?: string };

/** Every beat in order; with `withProblems`, each step's unhappy paths come before its normal story. */
export function beatsOf(steps: PlaybackStep[], withProblems: boolean): Beat[] {
  return steps.flatMap((s, i) => {
    const normal: Beat = { step: i + 1, title: s.title, narration: s.narration };
    if (!withProblems) return [normal];
    return [...s.unhappy.map((u) => ({ ...normal, fault: u.fault, trigger: u.trigger })), normal];
  });
}

/** How long a step's result stays on screen before the next one (null: until the visitor moves on). */
export const PACES = {
  quick: { label: "A moment (1 second)", ms: 1000 },
  normal: { label: "Normal (5 seconds)", ms: 5000 },
  slow: { label: "Long (10 seconds)", ms: 10_000 },
  manual: { label: "Until I press “Step forward”", ms: null },
} as const satisfies Record<string, { label: string; ms: number | null }>;

export type Pace = keyof typeof PACES;
