// The order list's filters, read from the page's URL.
import { z } from "zod";

import { ApplicationStatus, OrderStatus } from "@/lib/db/generated/enums";
import { dayParam, enumValue, optionalParam, repeatable, textParam } from "@/lib/search-params/param-schemas";

const enumValues = <T extends Record<string, string>>(e: T) => Object.values(e) as [T[keyof T], ...T[keyof T][]];

/** `orders`: promoted orders only; `carts`: pending carts (not yet promoted) only; absent: both. */
export const ORDER_KINDS = ["orders", "carts"] as const;
export type OrderKind = (typeof ORDER_KINDS)[number];

/** The application's status, or NONE: no application is known for the row yet. */
export const FINANCING_STATUSES = [...enumValues(ApplicationStatus), "NONE"] as const;
export type FinancingStatusFilter = (typeof FINANCING_STATUSES)[number];

export const orderFiltersSchema = z.object({
  kind: optionalParam(enumValue(ORDER_KINDS)),
  /** Order status; a pending cart has none, so this shows orders only. */
  status: repeatable(enumValue(enumValues(OrderStatus))),
  financing: repeatable(enumValue(FINANCING_STATUSES)),
  /** Created on or after this day (APP_TIMEZONE). */
  from: optionalParam(dayParam),
  /** Created on or before this day (APP_TIMEZONE). */
  to: optionalParam(dayParam),
  q: textParam(200),
});

export type OrderFilters = z.output<typeof orderFiltersSchema>;

export const orderFilterLabels = {
  kind: "Show",
  status: "Order status",
  financing: "Financing status",
  from: "From date",
  to: "To date",
  q: "Search",
} as const satisfies Record<keyof OrderFilters, string>;

export const ORDER_PAGE_SIZE = 50;
