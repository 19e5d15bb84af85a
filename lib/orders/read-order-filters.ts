// The order list's query: its parameters (find-orders-schema.ts) read by the shared list
// reader; a pending cart has no order status, so asking for carts drops that filter.
import { listQueryReader } from "@/lib/search-params";

import { orderFiltersSchema } from "./find-orders-schema";

export const readOrderFilters = listQueryReader({
  schema: orderFiltersSchema,
  cursorId: "uuid",
  firstPage: "the newest orders",
  refine: (filters, issues) => {
    if (filters.kind !== "carts" || !filters.status.length) return;
    issues.push("A pending cart has no order status yet: the order status filter is not applied to pending carts.");
    filters.status = [];
  },
});
