// Funded amount (netAmount, what the merchant receives) per day, week, month or year over
// the filtered records, split by status. Buckets are calendar days (ISO weeks, Monday first;
// months; years) in APP_TIMEZONE on the filter's date field, at most MAX_CHART_BUCKETS of
// them; buckets without records are filled with zeros.
// Data only: the page draws it. Amounts are added as integer cents, returned as exact strings.
import { centsToAmount } from "@/lib/format/exact-amounts";

import type { FundingFilters } from "./funding-filters";
import {
  chartRange,
  chooseGranularity,
  MAX_CHART_BUCKETS,
  type ChartGranularity,
  type FundingDayRow,
  type FundingDaySums,
} from "./sum-funding-records-by-day";

export type { ChartGranularity };

export type FundedAmountBucket = {
  /** First day of the bucket, YYYY-MM-DD in APP_TIMEZONE. */
  start: string;
  /** Funded amount per status present in the bucket. */
  byStatus: Record<string, string>;
  total: string;
  count: number;
};

export type FundedAmountChart = {
  granularity: ChartGranularity;
  dateField: FundingFilters["dateField"];
  statuses: string[];
  buckets: FundedAmountBucket[];
};

const DAY_MS = 86_400_000;

/**
 * The chart of the sums' rows of `statuses` (all by default). The range is the filter's
 * dates, else the first and last day with records of those statuses.
 */
export function chartDayRows(
  sums: FundingDaySums,
  input: { filters: FundingFilters; statuses?: readonly string[] },
): FundedAmountChart {
  const { filters } = input;
  const statuses = input.statuses ?? [];
  const days = statuses.length ? sums.rows.filter((row) => statuses.includes(row.status)) : sums.rows;
  const { first, last } = chartRange(filters, sums.bounds, statuses);
  // Rows summed per week, month or year already come in those; day rows are drawn as asked.
  const granularity = sums.unit !== "day" ? sums.unit : chooseGranularity({ first, last });
  if (!first || !last) return { granularity, dateField: filters.dateField, statuses: [], buckets: [] };

  const inBucket = new Map<string, FundingDayRow[]>();
  const starts = new Map<string, string>();
  for (const row of days) {
    const start = starts.get(row.day) ?? bucketStart(row.day, granularity);
    starts.set(row.day, start);
    const rows = inBucket.get(start);
    if (rows) rows.push(row);
    else inBucket.set(start, [row]);
  }
  const buckets: FundedAmountBucket[] = [];
  // Instants compared as numbers (an ISO string past year 9999 would sort before the end),
  // and never more buckets than the cap, whatever the range.
  const end = Date.parse(`${last}T00:00:00Z`);
  for (
    let at = Date.parse(`${bucketStart(first, granularity)}T00:00:00Z`);
    at <= end && buckets.length < MAX_CHART_BUCKETS;
    at = nextBucket(at, granularity)
  ) {
    const day = new Date(at).toISOString().slice(0, 10);
    const rows = inBucket.get(day) ?? [];
    const byStatus = new Map<string, bigint>();
    let total = 0n;
    let count = 0;
    for (const row of rows) {
      byStatus.set(row.status, (byStatus.get(row.status) ?? 0n) + row.netAmount);
      total += row.netAmount;
      count += row.count;
    }
    buckets.push({
      start: day,
      byStatus: Object.fromEntries([...byStatus].map(([status, cents]) => [status, centsToAmount(cents)])),
      total: centsToAmount(total),
      count,
    });
  }
  return {
    granularity,
    dateField: filters.dateField,
    statuses: [...new Set(days.map((row) => row.status))].sort(),
    buckets,
  };
}

/** The first day of the bucket holding `day`, as date_trunc does: the day, the Monday on or before it, the first of its month or year. */
function bucketStart(day: string, granularity: ChartGranularity): string {
  switch (granularity) {
    case "day":
      return day;
    case "week": {
      const at = Date.parse(`${day}T00:00:00Z`);
      const weekday = new Date(at).getUTCDay(); // 0 = Sunday
      return new Date(at - ((weekday + 6) % 7) * DAY_MS).toISOString().slice(0, 10);
    }
    case "month":
      return `${day.slice(0, 7)}-01`;
    case "year":
      return `${day.slice(0, 4)}-01-01`;
  }
}

/** The start of the bucket after the one starting at `at` (UTC midnight). */
function nextBucket(at: number, granularity: ChartGranularity): number {
  const date = new Date(at);
  switch (granularity) {
    case "day":
      return at + DAY_MS;
    case "week":
      return at + 7 * DAY_MS;
    case "month":
      return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
    case "year":
      return Date.UTC(date.getUTCFullYear() + 1, 0, 1);
  }
}
