// The delivery log's query: its parameters (find-deliveries-schema.ts) read by the shared
// list reader.
import { countActiveFilters as countActive, listQueryReader } from "@/lib/search-params";

import { deliveryFiltersSchema, type DeliveryFilters } from "./find-deliveries-schema";

export const readDeliveryFilters = listQueryReader({
  schema: deliveryFiltersSchema,
  cursorId: "uuid",
  firstPage: "the newest deliveries",
});

/** How many filters are in force, for the "Filters (n)" toggle. */
export const countActiveFilters = (filters: DeliveryFilters): number => countActive(filters);
