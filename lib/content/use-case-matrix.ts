import type { UseCase } from "./use-cases";

/** One row of the BB × use-case matrix: for each use case, the journey step numbers (1-based) using the BB. */
export type MatrixRow = {
  bb: string;
  cells: Record<string, number[]>;
  /** How many use cases use the BB at all. */
  useCaseCount: number;
  /** How many journey steps, across all use cases, use the BB. */
  stepCount: number;
};

/**
 * Builds the reuse matrix from the journey steps: BBs used by more use cases (then more steps) first.
 * @param useCases the use cases, in column order.
 */
export function buildMatrix(useCases: UseCase[]): MatrixRow[] {
  const rows = new Map<string, MatrixRow>();
  for (const uc of useCases) {
    uc.steps.forEach((step, i) => {
      for (const bb of step.buildingBlocks) {
        const row = rows.get(bb) ?? { bb, cells: {}, useCaseCount: 0, stepCount: 0 };
        const cell = (row.cells[uc.id] ??= []);
        if (cell.length === 0) row.useCaseCount += 1;
        cell.push(i + 1);
        row.stepCount += 1;
        rows.set(bb, row);
      }
    });
  }
  return [...rows.values()].sort((a, b) => b.useCaseCount - a.useCaseCount || b.stepCount - a.stepCount || a.bb.localeCompare(b.bb));
}
