// Input of a funding sync: an inclusive range of days, as ChargeAfter's report takes it.
import { z } from "zod";

import { dayParam } from "@/lib/search-params/param-schemas";

/** ChargeAfter's report is asked for at most this many days at once. */
export const MAX_SYNC_DAYS = 366;

export const syncRangeSchema = z
  .object({ from: dayParam, to: dayParam })
  .refine((range) => range.from <= range.to, {
    error: "The dates are the wrong way round: from must be on or before to.",
    path: ["to"],
  })
  .refine((range) => (Date.parse(range.to) - Date.parse(range.from)) / 86_400_000 < MAX_SYNC_DAYS, {
    error: `Sync at most ${MAX_SYNC_DAYS} days at once.`,
    path: ["to"],
  });
