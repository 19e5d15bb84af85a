// The funding report's filters as one SQL condition (a Prisma.sql fragment), shared by the
// list, its totals, its chart and the CSV export, so every view of "the filtered set" is the
// same set. Only fixed identifiers are written into the text; every value is a bind parameter
// (the export's COPY, which takes none, inlines them as escaped literals).
import { Prisma } from "@/lib/db/client";
import { dayRangeToInstants } from "@/lib/search-params/day-range";
import { escapeLike, isWholeEmail, MIN_NAME_SEARCH_LENGTH } from "@/lib/search-params/name-search";

import { MISMATCH_STATUSES } from "./explain-mismatch";
import type { FundingDateField, FundingFilters } from "./funding-filters";

export const DATE_COLUMNS: Record<FundingDateField, Prisma.Sql> = {
  transactionDate: Prisma.raw(`f."transactionDate"`),
  fundedAt: Prisma.raw(`f."fundedAt"`),
};

/** The columns a value filter matches exactly, in the records (f) and in the day totals (t). */
export const VALUE_FILTER_COLUMNS = {
  lender: "lenderName",
  productType: "productType",
  transactionType: "transactionType",
} as const satisfies Partial<Record<keyof FundingFilters, string>>;

/** `alias.column = ANY(values)` for each status and value filter given. */
export function valueFiltersSql(filters: FundingFilters, alias: "f" | "t"): Prisma.Sql[] {
  const columns = { status: "status", ...VALUE_FILTER_COLUMNS };
  return Object.entries(columns).flatMap(([filter, column]) => {
    const values = filters[filter as keyof typeof columns];
    return values.length ? [Prisma.sql`${Prisma.raw(`${alias}."${column}"`)} = ANY(${values}::text[])`] : [];
  });
}

/**
 * Conditions on `"FundingRecord" f`, joined with AND (TRUE when none). With dateField
 * fundedAt only funded records take part: an unfunded record has no funding date to sort
 * or filter by.
 */
export function fundingWhereSql(filters: FundingFilters, timeZone: string): Prisma.Sql {
  const and: Prisma.Sql[] = [];
  const dateColumn = DATE_COLUMNS[filters.dateField];
  if (filters.dateField === "fundedAt") and.push(Prisma.sql`f."fundedAt" IS NOT NULL`);
  const range = dayRangeToInstants({ from: filters.from, to: filters.to }, timeZone);
  if (range.gte) and.push(Prisma.sql`${dateColumn} >= ${range.gte}`);
  if (range.lt) and.push(Prisma.sql`${dateColumn} < ${range.lt}`);
  and.push(...valueFiltersSql(filters, "f"));
  if (filters.match === "unmatched") and.push(Prisma.sql`f."applicationId" IS NULL`);
  if (filters.match === "matched") and.push(Prisma.sql`f."applicationId" IS NOT NULL`);
  if (filters.review) and.push(reviewSql(filters.review));
  if (filters.q) and.push(searchSql(filters.q));
  return and.length ? Prisma.join(and, " AND ") : Prisma.sql`TRUE`;
}

/** Open: a mismatch with no review, or one reopened; assigned and resolved: the review's state. */
function reviewSql(review: NonNullable<FundingFilters["review"]>): Prisma.Sql {
  const reviewed = (state: string) =>
    Prisma.sql`EXISTS (SELECT 1 FROM "MismatchReview" m WHERE m."transactionId" = f."transactionId" AND m.state = ${state}::"MismatchReviewState")`;
  if (review === "assigned") return reviewed("ASSIGNED");
  if (review === "resolved") return reviewed("RESOLVED");
  return Prisma.sql`(f.status = ANY(${[...MISMATCH_STATUSES]}::text[]) AND NOT ${reviewed("ASSIGNED")} AND NOT ${reviewed("RESOLVED")})`;
}

/**
 * Ids match exactly (each has an index). A whole email address matches that address,
 * ignoring case (an index on lower(email)); otherwise every word of three or more
 * characters is found in the customer's first name, last name or email, ignoring case
 * (a trigram index, slow only for words most records share).
 */
function searchSql(q: string): Prisma.Sql {
  const or = ["transactionId", "chargeId", "merchantOrderId", "merchantTransactionId", "lenderReferenceId"].map(
    (column) => Prisma.sql`${Prisma.raw(`f."${column}"`)} = ${q}`,
  );
  const words = q.split(/\s+/).filter((word) => word.length >= MIN_NAME_SEARCH_LENGTH);
  if (isWholeEmail(q)) {
    or.push(Prisma.sql`lower(f.email) = lower(${q})`);
  } else if (words.length) {
    const each = words.map((word) => {
      const like = `%${escapeLike(word)}%`;
      return Prisma.sql`(f."firstName" ILIKE ${like} OR f."lastName" ILIKE ${like} OR f.email ILIKE ${like})`;
    });
    or.push(Prisma.sql`(${Prisma.join(each, " AND ")})`);
  }
  return Prisma.sql`(${Prisma.join(or, " OR ")})`;
}
