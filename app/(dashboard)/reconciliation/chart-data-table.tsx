"use client";

// The chart's numbers as a table, drawn in the browser when someone opens it: a year of
// days is thousands of cells that nobody asked for on most page loads. The server hands
// over the numbers already formatted (APP_TIMEZONE days, exact money strings).
import { useEffect, useRef, useState } from "react";

import type { ChartGranularity } from "@/lib/reconciliation/chart-funded-amounts";

const FIRST_COLUMN: Record<ChartGranularity, string> = { day: "Day", week: "Week of", month: "Month", year: "Year" };

export type ChartTableRow = { start: string; byStatus: (string | null)[]; total: string; count: string };

export function ChartDataTable({
  title,
  unit,
  statusLabels,
  rows,
}: {
  title: string;
  unit: ChartGranularity;
  statusLabels: string[];
  rows: ChartTableRow[];
}) {
  const [open, setOpen] = useState(false);
  const details = useRef<HTMLDetailsElement>(null);
  // Opened before this script ran (a quick click while the page loads): draw it now.
  useEffect(() => setOpen(details.current?.open ?? false), []);
  return (
    <details ref={details} className="mt-2 text-sm" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="cursor-pointer text-xs font-medium text-accent-700">
        Show the chart&apos;s numbers as a table
      </summary>
      {open && (
        <div
          className="relative mt-2 max-h-80 overflow-auto rounded border border-gray-200"
          tabIndex={0}
          role="group"
          aria-label="Chart data table"
        >
          {/* Cell styles set once on the table: a year of days is hundreds of cells. */}
          <table className="min-w-full text-left text-xs tabular-nums [&_tbody_tr]:border-t [&_tbody_tr]:border-gray-100 [&_td]:px-2 [&_td]:py-1 [&_td]:text-right [&_td]:whitespace-nowrap [&_td]:text-gray-800">
            <caption className="sr-only">{title}</caption>
            <thead className="sticky top-0 bg-gray-50">
              <tr>
                <th scope="col" className="px-2 py-1.5 font-semibold text-gray-700">
                  {FIRST_COLUMN[unit]}
                </th>
                {statusLabels.map((label) => (
                  <th
                    key={label}
                    scope="col"
                    className="px-2 py-1.5 text-right font-semibold whitespace-nowrap text-gray-700"
                  >
                    {label}
                  </th>
                ))}
                <th scope="col" className="px-2 py-1.5 text-right font-semibold text-gray-700">
                  Total
                </th>
                <th scope="col" className="px-2 py-1.5 text-right font-semibold text-gray-700">
                  Records
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.start}>
                  <th scope="row" className="px-2 py-1 font-normal whitespace-nowrap text-gray-800">
                    {row.start}
                  </th>
                  {row.byStatus.map((amount, i) => (
                    <td key={statusLabels[i]}>{amount ?? "—"}</td>
                  ))}
                  <td className="font-medium">{row.total}</td>
                  <td>{row.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </details>
  );
}
