// The dispute list's parameters, read from the page's URL. Each names itself in messages.
import { z } from "zod";

import { DisputeStatus } from "@/lib/db/generated/enums";
import { anyOf, dayRangeParams, exactValues, oneOf, searchParam } from "@/lib/search-params";

/** "Opened more than N days ago". */
export const DISPUTE_AGES = ["7", "30", "60"] as const;
export type DisputeAge = (typeof DISPUTE_AGES)[number];

/** Against the response deadline, open disputes only: past it, due within DUE_SOON_DAYS, or none entered yet. */
export const DISPUTE_DEADLINES = ["overdue", "due-soon", "none"] as const;
export type DisputeDeadlineFilter = (typeof DISPUTE_DEADLINES)[number];

export const disputeFiltersSchema = z.object({
  status: anyOf(DisputeStatus).describe("Status"),
  deadline: oneOf(DISPUTE_DEADLINES).describe("Response deadline"),
  age: oneOf(DISPUTE_AGES).describe("Opened more than"),
  /** Opened on or after `from`, on or before `to` (APP_TIMEZONE). */
  ...dayRangeParams({ from: "Opened from", to: "Opened to" }),
  lender: exactValues("A lender id", 120).describe("Lender"),
  q: searchParam(),
});

export type DisputeFilters = z.output<typeof disputeFiltersSchema>;

export const DISPUTE_PAGE_SIZE = 50;
