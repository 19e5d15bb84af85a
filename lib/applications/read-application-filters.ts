// The applications list's query: its parameters (find-applications-schema.ts) read by the
// shared list reader, and the amount range checked like the dates.
import Decimal from "decimal.js";

import { dropReversedRange, listQueryReader } from "@/lib/search-params";

import { applicationFiltersSchema } from "./find-applications-schema";

export const readApplicationFilters = listQueryReader({
  schema: applicationFiltersSchema,
  cursorId: "uuid",
  firstPage: "the first page",
  refine: (filters, issues) =>
    dropReversedRange(filters, issues, {
      low: "min",
      high: "max",
      reversed: (min, max) => new Decimal(min).greaterThan(max),
      message: (min, max) =>
        `The amounts are the wrong way round (minimum ${min} is above maximum ${max}); the amount filter is not applied.`,
    }),
});
