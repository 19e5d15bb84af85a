// The order list's parameters, read from the page's URL. Each names itself in messages.
import { z } from "zod";

import { ApplicationStatus, OrderStatus } from "@/lib/db/generated/enums";
import { anyOf, dayRangeParams, oneOf, searchParam } from "@/lib/search-params";

/** `orders`: promoted orders only; `carts`: pending carts (not yet promoted) only; absent: both. */
export const ORDER_KINDS = ["orders", "carts"] as const;

/** The application's status, or NONE: no application is known for the row yet. */
export const FINANCING_STATUSES = [
  ...(Object.values(ApplicationStatus) as [ApplicationStatus, ...ApplicationStatus[]]),
  "NONE",
] as const;
export type FinancingStatusFilter = (typeof FINANCING_STATUSES)[number];

export const orderFiltersSchema = z.object({
  kind: oneOf(ORDER_KINDS).describe("Show"),
  /** Order status; a pending cart has none, so this shows orders only. */
  status: anyOf(OrderStatus).describe("Order status"),
  financing: anyOf(FINANCING_STATUSES).describe("Financing status"),
  /** Created on or after `from`, on or before `to` (APP_TIMEZONE). */
  ...dayRangeParams(),
  q: searchParam(),
});

export type OrderFilters = z.output<typeof orderFiltersSchema>;

export const ORDER_PAGE_SIZE = 50;
