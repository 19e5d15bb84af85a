// The funding report's filters (CONTRACT.md "Pages"), read from a URL query. The page,
// its totals, its chart and the CSV export all read them here, so they always agree.
import { z } from "zod";

import type { Cursor } from "@/lib/pagination/keyset";
import { FUNDING_STATUSES } from "@/lib/providers/chargeafter/funding-record-schema";
import { dayParam, enumValue, optionalParam, repeatable, textParam } from "@/lib/search-params/param-schemas";
import { parseSearchParams } from "@/lib/search-params/parse-search-params";
import { readCursorParam } from "@/lib/search-params/read-cursor";
import type { RawSearchParams } from "@/lib/search-params/search-param-types";

export const FUNDING_DATE_FIELDS = ["transactionDate", "fundedAt"] as const;
export type FundingDateField = (typeof FUNDING_DATE_FIELDS)[number];

/** Our own check: is there a local application behind the record? */
export const FUNDING_MATCH_VALUES = ["unmatched", "matched"] as const;

const exactValue = (label: string) => z.string().max(200, { error: `A ${label} has at most 200 characters.` });

export const fundingFiltersSchema = z.object({
  status: repeatable(enumValue(FUNDING_STATUSES)),
  from: optionalParam(dayParam),
  to: optionalParam(dayParam),
  dateField: optionalParam(enumValue(FUNDING_DATE_FIELDS)).transform(
    (value): FundingDateField => value ?? "transactionDate",
  ),
  lender: repeatable(exactValue("lender")),
  productType: repeatable(exactValue("product type")),
  transactionType: repeatable(exactValue("transaction type")),
  q: textParam(200),
  match: optionalParam(enumValue(FUNDING_MATCH_VALUES)),
});

export type FundingFilters = z.output<typeof fundingFiltersSchema>;

export const fundingFilterLabels = {
  status: "Status",
  from: "From date",
  to: "To date",
  dateField: "Date field",
  lender: "Lender",
  productType: "Product type",
  transactionType: "Transaction type",
  q: "Search",
  match: "Match",
} as const satisfies Record<keyof FundingFilters, string>;

export const FUNDING_PAGE_SIZE = 50;

/** No filter at all: every record. */
export const noFundingFilters: FundingFilters = fundingFiltersSchema.parse({});

export type FundingQuery = { filters: FundingFilters; cursor: Cursor | null; issues: string[] };

/**
 * The filters of a URL query. Lenient, for the page: a bad value is dropped and explained
 * in `issues`, the rest still apply. The export refuses a query with any issue instead.
 */
export function readFundingFilters(raw: RawSearchParams | URLSearchParams): FundingQuery {
  const { values, issues } = parseSearchParams(fundingFiltersSchema, raw, fundingFilterLabels);
  if (values.from && values.to && values.from > values.to) {
    issues.push(
      `The dates are the wrong way round (from ${values.from} is after to ${values.to}); the date filter is not applied.`,
    );
    values.from = undefined;
    values.to = undefined;
  }
  const { cursor, issue } = readCursorParam(raw, { idKind: "text", firstPage: "the newest records" });
  if (issue) issues.push(issue);
  return { filters: values, cursor, issues };
}
