import type { ReactNode } from "react";

const SHADED = "bg-brand-50";
const BORDERED = "border border-line p-2";

/**
 * The header row of a data table: one column header per entry of `columns` (null or false leaves a
 * column out). By default the portal's bordered table on a shaded row; `textLeft` aligns it left,
 * `rowClass` and `cellClass` replace the row's and the headers' classes (an empty `rowClass`: none).
 */
export function TableHeadRow({
  columns,
  textLeft = false,
  rowClass = textLeft ? `${SHADED} text-left` : SHADED,
  cellClass = BORDERED,
}: {
  columns: (ReactNode | null | false)[];
  textLeft?: boolean;
  rowClass?: string;
  cellClass?: string;
}) {
  return (
    <tr className={rowClass || undefined}>
      {columns
        .filter((c) => c !== null && c !== false)
        .map((c, i) => (
          <th key={i} scope="col" className={cellClass}>
            {c}
          </th>
        ))}
    </tr>
  );
}
