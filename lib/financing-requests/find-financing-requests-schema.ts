// The financing request list's parameters, read from the page's URL. Each names itself in messages.
import { z } from "zod";

import { anyOf, dayRangeParams, searchParam } from "@/lib/search-params";

import { REQUEST_STATES } from "./request-state-labels";

export const financingRequestFiltersSchema = z.object({
  status: anyOf(REQUEST_STATES).describe("Status"),
  /** Created on or after `from`, on or before `to` (APP_TIMEZONE). */
  ...dayRangeParams({ from: "Created from", to: "Created to" }),
  q: searchParam(),
});

export type FinancingRequestFilters = z.output<typeof financingRequestFiltersSchema>;

export const FINANCING_REQUEST_PAGE_SIZE = 50;
