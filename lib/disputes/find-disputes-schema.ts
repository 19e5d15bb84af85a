// The dispute list's filters, read from the page's URL.
import { z } from "zod";

import { DisputeStatus } from "@/lib/db/generated/enums";
import { dayParam, enumValue, optionalParam, repeatable, textParam } from "@/lib/search-params/param-schemas";

const enumValues = <T extends Record<string, string>>(e: T) => Object.values(e) as [T[keyof T], ...T[keyof T][]];

/** "Opened more than N days ago". */
export const DISPUTE_AGES = ["7", "30", "60"] as const;
export type DisputeAge = (typeof DISPUTE_AGES)[number];

export const disputeFiltersSchema = z.object({
  status: repeatable(enumValue(enumValues(DisputeStatus))),
  age: optionalParam(enumValue(DISPUTE_AGES)),
  /** Opened on or after this day (APP_TIMEZONE). */
  from: optionalParam(dayParam),
  /** Opened on or before this day (APP_TIMEZONE). */
  to: optionalParam(dayParam),
  lender: repeatable(z.string().max(120, { error: "A lender id has at most 120 characters." })),
  q: textParam(200),
});

export type DisputeFilters = z.output<typeof disputeFiltersSchema>;

export const disputeFilterLabels = {
  status: "Status",
  age: "Opened more than",
  from: "Opened from",
  to: "Opened to",
  lender: "Lender",
  q: "Search",
} as const satisfies Record<keyof DisputeFilters, string>;

export const DISPUTE_PAGE_SIZE = 50;
