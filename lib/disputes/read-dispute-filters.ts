// The dispute list's filters from a URL query: values, messages about what was not
// understood, and the (opaque) page cursor.
import type { Cursor } from "@/lib/pagination/keyset";
import { parseSearchParams } from "@/lib/search-params/parse-search-params";
import { readCursorParam } from "@/lib/search-params/read-cursor";
import type { RawSearchParams } from "@/lib/search-params/search-param-types";

import { disputeFilterLabels, disputeFiltersSchema, type DisputeFilters } from "./find-disputes-schema";

export type DisputeQuery = { filters: DisputeFilters; cursor: Cursor | null; issues: string[] };

export function readDisputeFilters(raw: RawSearchParams | URLSearchParams): DisputeQuery {
  const { values, issues } = parseSearchParams(disputeFiltersSchema, raw, disputeFilterLabels);
  if (values.from && values.to && values.from > values.to) {
    issues.push(
      `The dates are the wrong way round (from ${values.from} is after to ${values.to}); the date filter is not applied.`,
    );
    values.from = undefined;
    values.to = undefined;
  }
  const { cursor, issue } = readCursorParam(raw, { idKind: "uuid", firstPage: "the newest disputes" });
  if (issue) issues.push(issue);
  return { filters: values, cursor, issues };
}

/** How many filters are in force, for the "Filters (n)" toggle. */
export function countActiveDisputeFilters(filters: DisputeFilters): number {
  return (
    filters.status.length +
    filters.lender.length +
    [filters.age, filters.from, filters.to, filters.q].filter((v) => v !== undefined).length
  );
}
