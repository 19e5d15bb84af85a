// The one reader of a list's query string: each list declares its parameters (a zod object
// whose fields carry their labels, see param-schemas.ts) and what its cursor's id is; this
// reads them the same way for every list. A bad value is dropped and explained in words,
// the rest still apply; a date range the wrong way round is not applied; a cursor that does
// not decode, or whose id the list's query could not take, shows the first page instead.
import type { z } from "zod";

import type { Cursor, CursorIdKind } from "@/lib/pagination/cursor";

import { parseSearchParams } from "./parse-search-params";
import { readCursorParam } from "./read-cursor";
import type { RawSearchParams } from "./search-param-types";

export type ListQuery<F> = { filters: F; cursor: Cursor | null; issues: string[] };

export type ListQuerySpec<S extends z.ZodObject> = {
  schema: S;
  /**
   * The list's tiebreaker id: "uuid" for our own primary keys, "text" for a provider's id
   * (the funding report's transactionId). A cursor with any other id never reaches the query.
   */
  cursorId: CursorIdKind;
  /** Where a bad cursor leaves the user, in words: "the newest orders". */
  firstPage: string;
  /** Checks across parameters (minimum ≤ maximum…): add an issue and clear what cannot apply. */
  refine?: (filters: z.output<S>, issues: string[]) => void;
};

/** The reader of one list's query: `readX(searchParams)` → filters, cursor and issues. */
export function listQueryReader<S extends z.ZodObject>(spec: ListQuerySpec<S>) {
  return (raw: RawSearchParams | URLSearchParams): ListQuery<z.output<S>> => {
    const { values, issues } = parseSearchParams(spec.schema, raw);
    const dates = values as { from?: string; to?: string };
    dropReversedRange(dates, issues, {
      low: "from",
      high: "to",
      reversed: (from, to) => from > to, // same-length YYYY-MM-DD strings sort as the days do
      message: (from, to) =>
        `The dates are the wrong way round (from ${from} is after to ${to}); the date filter is not applied.`,
    });
    spec.refine?.(values, issues);
    const { cursor, issue } = readCursorParam(raw, { idKind: spec.cursorId, firstPage: spec.firstPage });
    if (issue) issues.push(issue);
    return { filters: values, cursor, issues };
  };
}

/** A range given the wrong way round is explained and not applied (neither end). */
export function dropReversedRange<F extends Partial<Record<K, string>>, K extends string>(
  filters: F,
  issues: string[],
  range: {
    low: K;
    high: K;
    reversed: (low: string, high: string) => boolean;
    message: (low: string, high: string) => string;
  },
): void {
  const low = filters[range.low];
  const high = filters[range.high];
  if (low === undefined || high === undefined || !range.reversed(low, high)) return;
  issues.push(range.message(low, high));
  filters[range.low] = undefined as F[K];
  filters[range.high] = undefined as F[K];
}
