// Funded amount (netAmount, what the merchant receives) per day or week over the filtered
// records, split by status. Buckets are calendar days (or ISO weeks, Monday first) in
// APP_TIMEZONE on the filter's date field; days without records are filled with zeros.
// Data only: the page draws it. Amounts are added as integer cents, returned as exact strings.
import { centsToAmount } from "../format/exact-amounts";
import type { FundingFilters } from "./funding-filters";
import { chartRange, chooseGranularity, type ChartGranularity, type FundingDayRow, type FundingDaySums } from "./sum-funding-records-by-day";

export type { ChartGranularity };

export type FundedAmountBucket = {
  /** First day of the bucket, YYYY-MM-DD in APP_TIMEZONE. */
  start: string;
  /** Funded amount per status present in the bucket. */
  byStatus: Record<string, string>;
  total: string;
  count: number;
};

export type FundedAmountChart = { granularity: ChartGranularity; dateField: FundingFilters["dateField"]; statuses: string[]; buckets: FundedAmountBucket[] };

const DAY_MS = 86_400_000;

/**
 * The chart of the sums' rows of `statuses` (all by default). The range is the filter's
 * dates, else the first and last day with records of those statuses.
 */
export function chartDayRows(sums: FundingDaySums, input: { filters: FundingFilters; statuses?: readonly string[] }): FundedAmountChart {
  const { filters } = input;
  const statuses = input.statuses ?? [];
  const days = statuses.length ? sums.rows.filter((row) => statuses.includes(row.status)) : sums.rows;
  const { first, last } = chartRange(filters, sums.bounds, statuses);
  // Rows summed per week already come in weeks; day rows are drawn as asked.
  const granularity = sums.unit === "week" ? "week" : chooseGranularity({ first, last });
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
  const step = granularity === "week" ? 7 : 1;
  const buckets: FundedAmountBucket[] = [];
  for (let day = bucketStart(first, granularity); day <= last; day = addDays(day, step)) {
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
  return { granularity, dateField: filters.dateField, statuses: [...new Set(days.map((row) => row.status))].sort(), buckets };
}

/** The Monday on or before `day` for weeks (as date_trunc('week') does), else the day. */
function bucketStart(day: string, granularity: ChartGranularity): string {
  if (granularity === "day") return day;
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(day, -((weekday + 6) % 7));
}

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}
