// The pager every list shares: rows fetched one more than a page → the page, newest first,
// with the cursors of its neighbours (the next/previous links). Pages stay stable while new
// rows arrive, and a deep page costs the same as the first (no OFFSET).
import { encodeCursor, type Cursor, type Direction, type SortKey } from "./cursor";

export type Page<T> = {
  rows: T[];
  /** Cursor of the page of newer rows, or null on the first page. */
  newer: string | null;
  /** Cursor of the page of older rows, or null on the last page. */
  older: string | null;
};

/**
 * Turns the rows fetched with `take: pageSize + 1` into a page (newest first) with
 * the cursors of its neighbours. `atFirstPage` is false when the caller came from a
 * newer page, so a page of older rows always offers the way back.
 */
export function toPage<T>(
  fetched: T[],
  options: { pageSize: number; cursor: Cursor | null; key: (row: T) => SortKey },
): Page<T> {
  const { pageSize, cursor, key } = options;
  const hasMore = fetched.length > pageSize;
  const slice = fetched.slice(0, pageSize);
  const walkingBack = cursor?.direction === "newer";
  const rows = walkingBack ? slice.reverse() : slice;
  const first = rows[0];
  const last = rows[rows.length - 1];
  const cursorAt = (row: T | undefined, direction: Direction) =>
    row ? encodeCursor({ ...key(row), direction }) : null;

  if (!cursor) return { rows, newer: null, older: hasMore ? cursorAt(last, "older") : null };
  if (walkingBack) return { rows, newer: hasMore ? cursorAt(first, "newer") : null, older: cursorAt(last, "older") };
  return {
    rows,
    newer: cursorAt(first, "newer") ?? encodeCursor({ ...cursor, direction: "newer" }),
    older: hasMore ? cursorAt(last, "older") : null,
  };
}

/**
 * Fetches one page: `fetch` runs the query with `keysetWhere(cursor, …)`,
 * `keysetOrderBy(cursor, …)` and `take`. Walking back past the newest row lands on
 * the first page, so "Newer" never ends on a short page.
 */
export async function fetchPage<T>(options: {
  cursor: Cursor | null;
  pageSize: number;
  key: (row: T) => SortKey;
  fetch: (cursor: Cursor | null, take: number) => Promise<T[]>;
}): Promise<Page<T>> {
  const { cursor, pageSize, key, fetch } = options;
  const page = toPage(await fetch(cursor, pageSize + 1), { pageSize, cursor, key });
  if (cursor?.direction === "newer" && page.newer === null)
    return toPage(await fetch(null, pageSize + 1), { pageSize, cursor: null, key });
  return page;
}
