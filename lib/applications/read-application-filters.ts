// The applications list's filters from a URL query: values, messages about what was
// not understood, and the (opaque) page cursor.
import Decimal from "decimal.js";

import type { Cursor } from "@/lib/pagination/keyset";
import { parseSearchParams } from "@/lib/search-params/parse-search-params";
import { readCursorParam } from "@/lib/search-params/read-cursor";
import type { RawSearchParams } from "@/lib/search-params/search-param-types";

import { applicationFilterLabels, applicationFiltersSchema, type ApplicationFilters } from "./find-applications-schema";

export type ApplicationQuery = { filters: ApplicationFilters; cursor: Cursor | null; issues: string[] };

export function readApplicationFilters(raw: RawSearchParams | URLSearchParams): ApplicationQuery {
  const { values, issues } = parseSearchParams(applicationFiltersSchema, raw, applicationFilterLabels);
  if (values.from && values.to && values.from > values.to) {
    issues.push(
      `The dates are the wrong way round (from ${values.from} is after to ${values.to}); the date filter is not applied.`,
    );
    values.from = undefined;
    values.to = undefined;
  }
  if (values.min && values.max && new Decimal(values.min).greaterThan(values.max)) {
    issues.push(
      `The amounts are the wrong way round (minimum ${values.min} is above maximum ${values.max}); the amount filter is not applied.`,
    );
    values.min = undefined;
    values.max = undefined;
  }
  const { cursor, issue } = readCursorParam(raw, { idKind: "uuid", firstPage: "the first page" });
  if (issue) issues.push(issue);
  return { filters: values, cursor, issues };
}

/** How many filters are in force, for the "Filters (n)" toggle (the sort is no filter). */
export function countActiveFilters(filters: ApplicationFilters): number {
  return (
    filters.provider.length +
    filters.status.length +
    filters.lender.length +
    [filters.from, filters.to, filters.min, filters.max, filters.q].filter((v) => v !== undefined).length
  );
}
