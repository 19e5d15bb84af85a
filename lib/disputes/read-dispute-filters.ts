// The dispute list's query: its parameters (find-disputes-schema.ts) read by the shared
// list reader.
import { countActiveFilters, listQueryReader } from "@/lib/search-params";

import { disputeFiltersSchema, type DisputeFilters } from "./find-disputes-schema";

export const readDisputeFilters = listQueryReader({
  schema: disputeFiltersSchema,
  cursorId: "uuid",
  firstPage: "the newest disputes",
});

/** How many filters are in force, for the "Filters (n)" toggle. */
export const countActiveDisputeFilters = (filters: DisputeFilters): number => countActiveFilters(filters);
