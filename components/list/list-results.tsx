// The body of a list page: the rows (a line saying how they are ordered, the table, the pager),
// or, when there are none, why: nothing matches the filters, or nothing has arrived yet.
import type { ReactNode } from "react";

import { ListTable, type TableSpec } from "@/components/data-table";
import type { ActiveFilter } from "@/components/list/active-filters";
import { NoMatches } from "@/components/list/no-matches";
import { Pagination } from "@/components/list/pagination";
import type { RawSearchParams } from "@/lib/search-params";

/** The list as its page read it: where it lives, its query, the page of rows, the filters in force. */
type ListView<R> = {
  path: string;
  query: RawSearchParams;
  page: { rows: readonly R[]; newer: string | null; older: string | null };
  cursor: object | null;
  active: readonly ActiveFilter[];
};

/** What a list says when a page has no rows. */
export type NoRows = {
  /** What the rows are, plural ("applications"). */
  noun: string;
  /** What to try when nothing matches the filters. */
  noMatches: ReactNode;
  /** What the list shows before anything has arrived. */
  empty: ReactNode;
};

type ListResultsProps<R> = {
  list: ListView<R>;
  noRows: NoRows;
  /** The order, page size and time zone of the rows. */
  note: ReactNode;
  /** Actions on the rows shown, beside the note. */
  actions?: ReactNode;
  table: TableSpec<R>;
};

export function ListResults<R>({ list, noRows, note, actions, table }: ListResultsProps<R>) {
  const { path, query, page, cursor, active } = list;
  if (page.rows.length === 0) {
    // A filtered view, or a later page: say that nothing matches, and offer everything.
    if (active.length === 0 && cursor === null) return noRows.empty;
    return (
      <NoMatches noun={noRows.noun} clearHref={path}>
        {noRows.noMatches}
      </NoMatches>
    );
  }
  return (
    <>
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <p className="text-xs text-gray-600">{note}</p>
        {actions}
      </div>
      <ListTable {...table} rows={page.rows} />
      <Pagination path={path} query={query} page={page} paged={cursor !== null} />
    </>
  );
}
