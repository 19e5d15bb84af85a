// The applications list's parameters, read from the page's URL (see find-applications.ts
// for what each one matches and which index serves it). Each names itself in messages.
import { z } from "zod";

import { ApplicationStatus, Provider } from "@/lib/db/generated/enums";
import { anyOf, dayRangeParams, exactValues, oneOf, optionalParam, searchParam } from "@/lib/search-params";

export const APPLICATION_SORTS = ["lastEventAt", "createdAt"] as const;
export type ApplicationSort = (typeof APPLICATION_SORTS)[number];

/** The largest amount a Decimal(14,2) column holds has 12 integer digits. */
const AMOUNT = /^\d{1,12}(\.\d{1,2})?$/;

/**
 * An amount as typed: "1299.99", "1,299.99", "$1299" or "1299.5". At most two decimal
 * places; kept as the exact decimal string (never a float).
 */
export const amountParam = z
  .string()
  .transform((value) => value.replace(/[$,\s]/g, ""))
  .pipe(
    z.string().regex(AMOUNT, {
      error: (issue) =>
        `"${String(issue.input)}" is not an amount: use digits with at most two decimal places, e.g. 1299.99.`,
    }),
  )
  .transform((value) => normaliseAmount(value));

function normaliseAmount(value: string): string {
  const [integer, fraction = ""] = value.split(".") as [string, string?];
  return `${integer.replace(/^0+(?=\d)/, "")}.${fraction.padEnd(2, "0")}`;
}

export const applicationFiltersSchema = z.object({
  provider: anyOf(Provider).describe("Provider"),
  status: anyOf(ApplicationStatus).describe("Status"),
  /** The lender behind the current status (Application.lenderName), exactly. */
  lender: exactValues("A lender name").describe("Lender"),
  /** Inclusive days of the last event, in APP_TIMEZONE. */
  ...dayRangeParams(),
  /** Amount range, inclusive: the approved amount, or the requested amount while none is approved. */
  min: optionalParam(amountParam).describe("Minimum amount"),
  max: optionalParam(amountParam).describe("Maximum amount"),
  q: searchParam(),
  sort: oneOf(APPLICATION_SORTS).describe("Sort"),
});

export type ApplicationFilters = z.output<typeof applicationFiltersSchema>;

export const APPLICATION_PAGE_SIZE = 50;
