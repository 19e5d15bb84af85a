// The deposits view's filters (/reconciliation/deposits and its CSV export), read from a
// URL query by the shared list reader: the funded day's range, lenders, and finance's state.
import { z } from "zod";

import {
  anyOf,
  dayRangeParams,
  exactValues,
  listQueryReader,
  type ListQuery,
  type RawSearchParams,
} from "@/lib/search-params";

/** Finance's check of a deposit against the bank: none yet, matched, or flagged. */
export const DEPOSIT_STATES = ["unmatched", "matched", "flagged"] as const;
export type DepositState = (typeof DEPOSIT_STATES)[number];

export const depositFiltersSchema = z.object({
  ...dayRangeParams({ from: "Funded from", to: "Funded to" }),
  lender: exactValues("A lender").describe("Lender"),
  state: anyOf(DEPOSIT_STATES).describe("State"),
});

export type DepositFilters = z.output<typeof depositFiltersSchema>;
export type DepositQuery = ListQuery<DepositFilters>;

export const DEPOSIT_PAGE_SIZE = 50;

/**
 * The filters of a URL query, lenient (a bad value is dropped and explained in `issues`).
 * The cursor's id is the lender name behind a one-letter prefix ("" is no lender), see find-deposits.ts.
 */
export const readDepositFilters: (raw: RawSearchParams | URLSearchParams) => DepositQuery = listQueryReader({
  schema: depositFiltersSchema,
  cursorId: "text",
  firstPage: "the latest deposits",
});
