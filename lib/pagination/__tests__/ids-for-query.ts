// Shared by the lists' filter tests: what a list shows for a URL query.
import { expect } from "vitest";

import type { Cursor, Page } from "@/lib/pagination/keyset";

type Read<F> = (params: URLSearchParams) => { filters: F; cursor: Cursor | null; issues: readonly string[] };
type Find<F> = (input: {
  filters: F;
  cursor: Cursor | null;
  timeZone: string;
  now?: Date;
}) => Promise<Page<{ id: string }>>;

/**
 * `ids(query, timeZone)`: the ids the list shows for a URL query, in order, after checking the
 * query reads without issues. `now` is passed to lists that read relative dates.
 */
export function idsForQuery<F>(read: Read<F>, find: Find<F>, now?: Date) {
  return async (query: string, timeZone = "UTC"): Promise<string[]> => {
    const { filters, cursor, issues } = read(new URLSearchParams(query));
    expect(issues).toEqual([]);
    const page = await find({ filters, cursor, timeZone, ...(now ? { now } : {}) });
    return page.rows.map((row) => row.id);
  };
}
