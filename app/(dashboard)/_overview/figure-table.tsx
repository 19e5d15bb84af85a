// A chart's numbers as a table, each linked to the filtered list behind it: the chart for
// the eye, this for screen readers, keyboards and anyone who wants the exact figure. Plain
// anchors: a page holds hundreds of them, and a Link each weighs on the payload and hydration.
export type FigureCell = { text: string; href?: string; label?: string };
export type FigureRow = { head: string; cells: FigureCell[] };

export function FigureCellView({ cell }: { cell: FigureCell }) {
  if (!cell.href) return <>{cell.text}</>;
  return (
    <a href={cell.href} aria-label={cell.label} className="font-medium text-accent-700 hover:underline">
      {cell.text}
    </a>
  );
}

export function FigureTable({ caption, columns, rows }: { caption: string; columns: string[]; rows: FigureRow[] }) {
  return (
    <details className="mt-2 text-sm">
      <summary className="cursor-pointer text-xs font-medium text-accent-700">Show the numbers as a table</summary>
      <div
        className="relative mt-2 max-h-80 overflow-auto rounded border border-gray-200"
        tabIndex={0}
        role="group"
        aria-label={`${caption}: table`}
      >
        <table className="min-w-full text-left text-xs tabular-nums [&_tbody_tr]:border-t [&_tbody_tr]:border-gray-100 [&_td]:px-2 [&_td]:py-1 [&_td]:text-right [&_td]:whitespace-nowrap">
          <caption className="sr-only">{caption}</caption>
          <thead className="sticky top-0 bg-gray-50">
            <tr>
              {columns.map((column, i) => (
                <th
                  key={column}
                  scope="col"
                  className={`px-2 py-1.5 font-semibold whitespace-nowrap text-gray-700 ${i ? "text-right" : ""}`}
                >
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.head}>
                <th scope="row" className="px-2 py-1 font-normal whitespace-nowrap text-gray-800">
                  {row.head}
                </th>
                {row.cells.map((cell, i) => (
                  <td key={columns[i + 1] ?? i}>
                    <FigureCellView cell={cell} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
