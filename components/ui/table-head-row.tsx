import type { ReactNode } from "react";

/**
 * The header row of the portal's bordered data tables: one column header per entry of `columns`
 * (null or false leaves a column out). `textLeft` aligns the headers left.
 */
export function TableHeadRow({ columns, textLeft = false }: { columns: (ReactNode | null | false)[]; textLeft?: boolean }) {
  return (
    <tr className={textLeft ? "bg-[var(--color-brand-50)] text-left" : "bg-[var(--color-brand-50)]"}>
      {columns
        .filter((c) => c !== null && c !== false)
        .map((c, i) => (
          <th key={i} scope="col" className="border border-[var(--color-line)] p-2">
            {c}
          </th>
        ))}
    </tr>
  );
}
