// The funding report's filters as one SQL WHERE clause, shared by the list, its totals,
// its chart and the CSV export, so every view of "the filtered set" is the same set.
// Only whitelisted identifiers are spliced in; every value is a bind parameter.
import { dayRangeToInstants } from "@/lib/search-params/day-range";
import { escapeLike, MIN_NAME_SEARCH_LENGTH } from "@/lib/search-params/name-search";

import type { FundingDateField, FundingFilters } from "./funding-filters";

/** Collects bind parameters; `add` returns the placeholder ($n) to write in the SQL. */
export class SqlParams {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

export const DATE_COLUMNS: Record<FundingDateField, string> = {
  transactionDate: `f."transactionDate"`,
  fundedAt: `f."fundedAt"`,
};

/**
 * Conditions on `"FundingRecord" f`, joined with AND ("TRUE" when none). With dateField
 * fundedAt only funded records take part: an unfunded record has no funding date to sort
 * or filter by.
 */
export function fundingWhereSql(filters: FundingFilters, params: SqlParams, timeZone: string): string {
  const and: string[] = [];
  const dateColumn = DATE_COLUMNS[filters.dateField];
  if (filters.dateField === "fundedAt") and.push(`f."fundedAt" IS NOT NULL`);
  const range = dayRangeToInstants({ from: filters.from, to: filters.to }, timeZone);
  if (range.gte) and.push(`${dateColumn} >= ${params.add(range.gte)}`);
  if (range.lt) and.push(`${dateColumn} < ${params.add(range.lt)}`);
  if (filters.status.length) and.push(`f.status = ANY(${params.add(filters.status)}::text[])`);
  if (filters.lender.length) and.push(`f."lenderName" = ANY(${params.add(filters.lender)}::text[])`);
  if (filters.productType.length) and.push(`f."productType" = ANY(${params.add(filters.productType)}::text[])`);
  if (filters.transactionType.length)
    and.push(`f."transactionType" = ANY(${params.add(filters.transactionType)}::text[])`);
  if (filters.match === "unmatched") and.push(`f."applicationId" IS NULL`);
  if (filters.match === "matched") and.push(`f."applicationId" IS NOT NULL`);
  if (filters.q) and.push(searchSql(filters.q, params));
  return and.length ? and.join(" AND ") : "TRUE";
}

const WHOLE_EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Ids match exactly (each has an index). A whole email address matches that address,
 * ignoring case (an index on lower(email)); otherwise every word of three or more
 * characters is found in the customer's first name, last name or email, ignoring case
 * (a trigram index, slow only for words most records share).
 */
function searchSql(q: string, params: SqlParams): string {
  const exact = params.add(q);
  const or = [
    `f."transactionId" = ${exact}`,
    `f."chargeId" = ${exact}`,
    `f."merchantOrderId" = ${exact}`,
    `f."merchantTransactionId" = ${exact}`,
    `f."lenderReferenceId" = ${exact}`,
  ];
  const words = q.split(/\s+/).filter((word) => word.length >= MIN_NAME_SEARCH_LENGTH);
  if (WHOLE_EMAIL.test(q)) {
    or.push(`lower(f.email) = lower(${exact})`);
  } else if (words.length) {
    const each = words.map((word) => {
      const like = params.add(`%${escapeLike(word)}%`);
      return `(f."firstName" ILIKE ${like} OR f."lastName" ILIKE ${like} OR f.email ILIKE ${like})`;
    });
    or.push(`(${each.join(" AND ")})`);
  }
  return `(${or.join(" OR ")})`;
}
