// The delivery log's filters from a URL query: values, messages about what was not
// understood, and the (opaque) page cursor.
import type { Cursor } from "@/lib/pagination/keyset";
import { parseSearchParams } from "@/lib/search-params/parse-search-params";
import { readCursorParam } from "@/lib/search-params/read-cursor";
import type { RawSearchParams } from "@/lib/search-params/search-param-types";

import { deliveryFilterLabels, deliveryFiltersSchema, type DeliveryFilters } from "./find-deliveries-schema";

export type DeliveryQuery = { filters: DeliveryFilters; cursor: Cursor | null; issues: string[] };

export function readDeliveryFilters(raw: RawSearchParams | URLSearchParams): DeliveryQuery {
  const { values, issues } = parseSearchParams(deliveryFiltersSchema, raw, deliveryFilterLabels);
  if (values.from && values.to && values.from > values.to) {
    issues.push(
      `The dates are the wrong way round (from ${values.from} is after to ${values.to}); the date filter is not applied.`,
    );
    values.from = undefined;
    values.to = undefined;
  }
  const { cursor, issue } = readCursorParam(raw, { idKind: "uuid", firstPage: "the newest deliveries" });
  if (issue) issues.push(issue);
  return { filters: values, cursor, issues };
}

/** How many filters are in force, for the "Filters (n)" toggle. */
export function countActiveFilters(filters: DeliveryFilters): number {
  return (
    filters.provider.length +
    filters.eventType.length +
    filters.status.length +
    filters.verification.length +
    filters.processing.length +
    [filters.duplicate, filters.failure, filters.within, filters.from, filters.to, filters.q].filter(
      (v) => v !== undefined,
    ).length
  );
}
