// The body of a list page: the rows (a line saying how they are ordered, the table, the pager),
// or, when there are none, why: nothing matches the filters, or nothing has arrived yet.
import type { ReactNode } from "react";

import { NoMatches } from "@/components/list/no-matches";
import { Pagination } from "@/components/list/pagination";
import type { RawSearchParams } from "@/lib/search-params";

type ListResultsProps = {
  path: string;
  query: RawSearchParams;
  page: { rows: readonly unknown[]; newer: string | null; older: string | null };
  /** Filters are in force, or this is a later page: an empty page then means "no matches". */
  narrowed: boolean;
  /** What the rows are, plural ("applications"), and what to try when none match. */
  noun: string;
  noMatches: ReactNode;
  /** What the list shows before anything has arrived. */
  empty: ReactNode;
  /** The order, page size and time zone of the rows. */
  note: ReactNode;
  /** Actions on the rows shown, beside the note. */
  actions?: ReactNode;
  paged: boolean;
  children: ReactNode;
};

export function ListResults({
  path,
  query,
  page,
  narrowed,
  noun,
  noMatches,
  empty,
  note,
  actions,
  paged,
  children,
}: ListResultsProps) {
  if (page.rows.length === 0) {
    if (!narrowed) return empty;
    return (
      <NoMatches noun={noun} clearHref={path}>
        {noMatches}
      </NoMatches>
    );
  }
  return (
    <>
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <p className="text-xs text-gray-600">{note}</p>
        {actions}
      </div>
      {children}
      <Pagination path={path} query={query} page={page} paged={paged} />
    </>
  );
}
