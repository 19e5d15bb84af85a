// The funding report's filters (CONTRACT.md "Pages"), read from a URL query by the shared
// list reader. The page, its totals, its chart and the CSV export all read them here, so
// they always agree.
import { z } from "zod";

import { FUNDING_STATUSES } from "@/lib/providers/chargeafter/funding-record-schema";
import {
  anyOf,
  dayRangeParams,
  exactValues,
  listQueryReader,
  oneOf,
  searchParam,
  type ListQuery,
  type RawSearchParams,
} from "@/lib/search-params";

export const FUNDING_DATE_FIELDS = ["transactionDate", "fundedAt"] as const;
export type FundingDateField = (typeof FUNDING_DATE_FIELDS)[number];

/** Our own check: is there a local application behind the record? */
export const FUNDING_MATCH_VALUES = ["unmatched", "matched"] as const;

/**
 * Finance's review of mismatches (TYPE_MISMATCH, AMOUNT_MISMATCH, legacy MISMATCHED): open (a
 * mismatch nobody took, or reopened by a later sync), assigned, resolved.
 */
export const FUNDING_REVIEW_VALUES = ["open", "assigned", "resolved"] as const;

export const fundingFiltersSchema = z.object({
  status: anyOf(FUNDING_STATUSES).describe("Status"),
  ...dayRangeParams(),
  dateField: oneOf(FUNDING_DATE_FIELDS)
    .transform((value): FundingDateField => value ?? "transactionDate")
    .describe("Date field"),
  lender: exactValues("A lender").describe("Lender"),
  productType: exactValues("A product type").describe("Product type"),
  transactionType: exactValues("A transaction type").describe("Transaction type"),
  q: searchParam(),
  match: oneOf(FUNDING_MATCH_VALUES).describe("Match"),
  review: oneOf(FUNDING_REVIEW_VALUES).describe("Review"),
});

export type FundingFilters = z.output<typeof fundingFiltersSchema>;

export const FUNDING_PAGE_SIZE = 50;

/** No filter at all: every record. */
export const noFundingFilters: FundingFilters = fundingFiltersSchema.parse({});

export type FundingQuery = ListQuery<FundingFilters>;

/**
 * The filters of a URL query. Lenient, for the page: a bad value is dropped and explained
 * in `issues`, the rest still apply. The export refuses a query with any issue instead
 * (readFundingExportFilters). A record's id is the provider's transactionId: text, not a UUID.
 */
export const readFundingFilters: (raw: RawSearchParams | URLSearchParams) => FundingQuery = listQueryReader({
  schema: fundingFiltersSchema,
  cursorId: "text",
  firstPage: "the newest records",
});

/**
 * The export's filters: the page's, without its position (the export holds every page).
 * The caller refuses the request when `issues` is not empty: an export holds exactly what was asked for.
 */
export function readFundingExportFilters(params: URLSearchParams): Omit<FundingQuery, "cursor"> {
  const withoutCursor = new URLSearchParams(params);
  withoutCursor.delete("cursor");
  const { filters, issues } = readFundingFilters(withoutCursor);
  return { filters, issues };
}
