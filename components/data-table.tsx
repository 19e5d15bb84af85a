// Dense, readable tables: tabular figures, horizontal scroll on narrow screens.
import type { ReactNode, TdHTMLAttributes, ThHTMLAttributes } from "react";

export function DataTable({ caption, children }: { caption: string; children: ReactNode }) {
  // relative: visually hidden (absolutely positioned) text stays inside the scroll box
  // instead of widening the page on narrow screens.
  return (
    <div className="relative overflow-x-auto rounded-lg border border-gray-200 bg-white shadow-sm">
      <table className="min-w-full border-collapse text-left text-sm tabular-nums">
        <caption className="sr-only">{caption}</caption>
        {children}
      </table>
    </div>
  );
}

export function Th({ className = "", scope = "col", ...props }: ThHTMLAttributes<HTMLTableCellElement>) {
  return (
    <th
      scope={scope}
      className={`border-b border-gray-200 bg-gray-50 px-2.5 py-2 text-xs font-semibold tracking-wide whitespace-nowrap text-gray-600 uppercase ${className}`}
      {...props}
    />
  );
}

export function Td({ className = "", ...props }: TdHTMLAttributes<HTMLTableCellElement>) {
  // .cell (app/globals.css): the base style of every cell, short because it repeats per row.
  return <td className={className ? `cell ${className}` : "cell"} {...props} />;
}
