/** "GovStack's step 3" or "GovStack's steps 7, 7b": the published use case's numbering, in words. */
export function govStackSteps(numbers: string[]): string {
  return `GovStack's ${numbers.length === 1 ? "step" : "steps"} ${numbers.join(", ")}`;
}
