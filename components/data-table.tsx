// Dense, readable tables with tabular figures. A list's table (ListTable) fits its page on a
// laptop and, below 640 px, turns each row into a card: its key facts, labelled by the column
// headings, and the whole card a link to the row's page (.cards in app/globals.css).
import Link from "next/link";
import type { ComponentProps, ReactNode, TdHTMLAttributes, ThHTMLAttributes } from "react";

import { DateTime } from "@/components/date-time";

type DataTableProps = {
  caption: string;
  children: ReactNode;
  cards?: boolean;
  /**
   * Names a focusable scroll box: for a table whose rows hold nothing else to focus, so a
   * keyboard user can still scroll it sideways.
   */
  scrollLabel?: string;
};

export function DataTable({ caption, children, cards = false, scrollLabel }: DataTableProps) {
  // relative: visually hidden (absolutely positioned) text stays inside the scroll box
  // instead of widening the page on narrow screens.
  const focusable = scrollLabel ? ({ tabIndex: 0, role: "group", "aria-label": scrollLabel } as const) : {};
  return (
    <div
      className={`relative overflow-x-auto rounded-lg border border-gray-200 bg-white shadow-sm ${cards ? "cards" : ""}`}
      {...focusable}
    >
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

/** A plain table's column headings; the columns named in `right` (amounts) are right-aligned. */
export function TableHead({ columns, right = [] }: { columns: readonly string[]; right?: readonly string[] }) {
  return (
    <thead>
      <tr>
        {columns.map((column) => (
          <Th key={column} className={right.includes(column) ? "text-right" : undefined}>
            {column}
          </Th>
        ))}
      </tr>
    </thead>
  );
}

export function Td({ className = "", ...props }: TdHTMLAttributes<HTMLTableCellElement>) {
  // .cell (app/globals.css): the base style of every cell, short because it repeats per row.
  return <td className={className ? `cell ${className}` : "cell"} {...props} />;
}

/** A cell holding one time, or the time's fallback when there is none. */
export function TimeTd(props: ComponentProps<typeof DateTime>) {
  return (
    <Td>
      <DateTime {...props} />
    </Td>
  );
}

/** One column of a list: its heading, how a row fills it, and what it is on a narrow-screen card. */
export type Column<R> = {
  /** The heading; on a card, the label of the fact. */
  header: string;
  /** The heading is for screen readers only (e.g. a column of buttons). */
  srOnlyHeader?: boolean;
  /** A tooltip on the heading, saying what the column means. */
  title?: string;
  align?: "right";
  /** Classes of the column's cells. */
  className?: string;
  /** data-column on each cell, for tests and scripts that read a value. */
  id?: string;
  /**
   * On a card: its heading (full width, unlabelled), a labelled fact (the default; half the
   * width), a wide fact (a form, buttons: the full width), or not shown.
   */
  card?: "title" | "fact" | "wide" | "hidden";
  cell: (row: R) => ReactNode;
};

/** What a list's table is: its caption (for screen readers), its columns, and what marks a row. */
export type TableSpec<R> = {
  caption: string;
  columns: readonly Column<R>[];
  /** A row's React key; by default its `id`. */
  rowKey?: (row: R) => string;
  /** data-* attributes of a row. */
  rowData?: (row: R) => Record<`data-${string}`, string>;
  rowClassName?: (row: R) => string | undefined;
  /** See DataTable. */
  scrollLabel?: string;
};

export function ListTable<R>({
  caption,
  rows,
  columns,
  rowKey,
  rowData,
  rowClassName,
  scrollLabel,
}: TableSpec<R> & { rows: readonly R[] }) {
  return (
    <DataTable caption={caption} cards scrollLabel={scrollLabel}>
      <thead>
        <tr>
          {columns.map((column) => (
            <Th key={column.header} title={column.title} className={column.align === "right" ? "text-right" : ""}>
              {column.srOnlyHeader ? <span className="sr-only">{column.header}</span> : column.header}
            </Th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr
            key={rowKey?.(row) ?? (row as { id?: string }).id ?? index}
            {...rowData?.(row)}
            className={rowClassName?.(row) ?? "hover:bg-gray-50"}
          >
            {columns.map((column) => (
              <Td
                key={column.header}
                data-column={column.id}
                data-label={column.card === "title" || column.srOnlyHeader ? undefined : column.header}
                className={cellClasses(column)}
              >
                {column.cell(row)}
              </Td>
            ))}
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

function cellClasses<R>(column: Column<R>): string {
  const card = { title: "card-title", wide: "card-wide", hidden: "max-sm:hidden", fact: "" }[column.card ?? "fact"];
  const align = column.align === "right" ? "text-right max-sm:text-left" : "";
  return [column.className, align, card].filter(Boolean).join(" ");
}

type LinkColumn<R> = {
  header: string;
  href: (row: R) => string;
  /** The link's words (an id, a time). */
  label: (row: R) => ReactNode;
  /** A line under the link: what else tells the row apart. */
  detail?: (row: R) => ReactNode;
  /** An id: monospace, small, broken anywhere. */
  mono?: boolean;
  className?: string;
};

/** The column that opens the row's page; on a card, the card's heading and the whole card a link. */
export function linkColumn<R>({ header, href, label, detail, mono = false, className }: LinkColumn<R>): Column<R> {
  return {
    header,
    card: "title",
    className,
    cell: (row) => (
      <>
        <RowLink href={href(row)} className={mono ? "font-mono text-xs break-all" : ""}>
          {label(row)}
        </RowLink>
        {detail && <span className="block text-xs break-all text-gray-600">{detail(row)}</span>}
      </>
    ),
  };
}

/** The link to a row's page: on a card it covers the whole card (.row-link in app/globals.css). */
export function RowLink({ href, className = "", children }: { href: string; className?: string; children: ReactNode }) {
  return (
    <Link href={href} className={`link row-link ${className}`}>
      {children}
    </Link>
  );
}

/** What an empty cell shows. */
export const none = <span className="text-gray-500">—</span>;
