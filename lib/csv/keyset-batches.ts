// Every page of a keyset list, one after the other, read with the list's own find function
// (so an export holds exactly the rows its page would show, in the same order). Each batch
// is its own query: a row that changes its sort time mid-export may be met twice or not at all.
import { decodeCursor, type Cursor, type CursorIdKind, type Page } from "@/lib/pagination/keyset";

/** Rows per batch: big enough that the round trips do not dominate, small enough to stay flat. */
export const EXPORT_BATCH_SIZE = 1000;

export async function* keysetBatches<R>(
  fetchPage: (cursor: Cursor | null, pageSize: number) => Promise<Page<R>>,
  idKind: CursorIdKind = "uuid",
): AsyncGenerator<readonly R[]> {
  let cursor: Cursor | null = null;
  for (;;) {
    const page = await fetchPage(cursor, EXPORT_BATCH_SIZE);
    if (page.rows.length) yield page.rows;
    if (!page.older) return;
    cursor = decodeCursor(page.older, idKind);
    if (!cursor) throw new Error("A list page's own cursor did not decode.");
  }
}
