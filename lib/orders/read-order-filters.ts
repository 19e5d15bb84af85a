// The order list's filters from a URL query: values, messages about what was not
// understood, and the (opaque) page cursor.
import type { Cursor } from "@/lib/pagination/keyset";
import { parseSearchParams } from "@/lib/search-params/parse-search-params";
import { readCursorParam } from "@/lib/search-params/read-cursor";
import type { RawSearchParams } from "@/lib/search-params/search-param-types";

import { orderFilterLabels, orderFiltersSchema, type OrderFilters } from "./find-orders-schema";

export type OrderQuery = { filters: OrderFilters; cursor: Cursor | null; issues: string[] };

export function readOrderFilters(raw: RawSearchParams | URLSearchParams): OrderQuery {
  const { values, issues } = parseSearchParams(orderFiltersSchema, raw, orderFilterLabels);
  if (values.from && values.to && values.from > values.to) {
    issues.push(
      `The dates are the wrong way round (from ${values.from} is after to ${values.to}); the date filter is not applied.`,
    );
    values.from = undefined;
    values.to = undefined;
  }
  if (values.kind === "carts" && values.status.length) {
    issues.push("A pending cart has no order status yet: the order status filter is not applied to pending carts.");
    values.status = [];
  }
  const { cursor, issue } = readCursorParam(raw, { idKind: "uuid", firstPage: "the newest orders" });
  if (issue) issues.push(issue);
  return { filters: values, cursor, issues };
}

/** How many filters are in force, for the "Filters (n)" toggle. */
export function countActiveOrderFilters(filters: OrderFilters): number {
  return (
    filters.status.length +
    filters.financing.length +
    [filters.kind, filters.from, filters.to, filters.q].filter((v) => v !== undefined).length
  );
}
