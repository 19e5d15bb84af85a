// The top of every list page: read its query with the list's reader, and, once the page of
// rows is fetched, the one view of it that the chips, the filter bar and the results share.
import type { ActiveFilter } from "@/components/list/active-filters";
import { appTimeZone } from "@/lib/format/format-date-time";
import type { RawSearchParams } from "@/lib/search-params";

type ReadQuery<F, C> = (query: RawSearchParams) => { filters: F; cursor: C; issues: string[] };
type RowsPage<R> = { rows: readonly R[]; newer: string | null; older: string | null };

/** The reader of one list page: its path, its query reader, and its filters in words. */
export function listPageReader<F, C extends object | null>(
  path: string,
  readQuery: ReadQuery<F, C>,
  activeFilters: (filters: F) => ActiveFilter[],
) {
  return async (searchParams: Promise<RawSearchParams>) => {
    const query = await searchParams;
    const { filters, cursor, issues } = readQuery(query);
    const active = activeFilters(filters);
    const viewOf = <R>(page: RowsPage<R>) => ({ path, query, page, cursor, active, issues });
    return { query, filters, cursor, timeZone: appTimeZone(), viewOf };
  };
}
