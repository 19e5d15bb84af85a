// The filtered funding records summed per day (in APP_TIMEZONE, on the filter's date field)
// and status: the one query behind the report's totals, status counts and chart. Without a
// search it reads the day totals (a few thousand rows at a million records, see
// funding-day-totals.ts), summed per week there already when the chart will draw weeks;
// with a search it reads the records, up to SEARCH_SUM_LIMIT of them. Amounts come as
// integer cents (bigint): exact, and cheap to add up again per status or week.
import "server-only";

import { Prisma } from "@/lib/db/client";
import { pgPool } from "@/lib/db/pg-pool";
import { MAX_DAY, MIN_DAY } from "@/lib/search-params/limits";

import { dayTotalsWhereSql, ensureFundingDayTotals } from "./funding-day-totals";
import type { FundingFilters } from "./funding-filters";
import { DATE_COLUMNS, fundingWhereSql } from "./funding-where";

export type FundingCents = { count: number; transactionAmount: bigint; discountAmount: bigint; netAmount: bigint };
/** `day` is the bucket's first day: the day, the Monday of the week, or the first of the month or year, per `unit`. */
/** `funded`: the records have a fundedAt (always, by funding date). */
export type FundingDayRow = FundingCents & { day: string; status: string; funded: boolean };
export type ChartGranularity = "day" | "week" | "month" | "year";
/** First and last day (YYYY-MM-DD) with records, per status. */
export type DayBounds = Map<string, { first: string; last: string }>;
/**
 * `overLimit`: the search matched more than SEARCH_SUM_LIMIT records, so nothing was summed
 * (rows empty): partial sums would read as totals.
 */
export type FundingDaySums = { rows: FundingDayRow[]; unit: ChartGranularity; bounds: DayBounds; overLimit?: true };

/**
 * The most records a search is summed over. A search finds people and sales ("Lovelace",
 * an order id); one word most records share would otherwise cost every view of the page a
 * read of a tenth of the table, for totals nobody reconciles against.
 */
export const SEARCH_SUM_LIMIT = 2_000;

/** Days in a range beyond which the chart draws weeks. */
const AUTO_WEEK_AFTER_DAYS = 92;
/** The most buckets a chart draws: beyond, weeks become months, and months years. */
export const MAX_CHART_BUCKETS = 400;
/** The longest range in days drawn as weeks: at most MAX_CHART_BUCKETS of them, however the range falls on Mondays. */
const MAX_WEEK_SPAN_DAYS = (MAX_CHART_BUCKETS - 1) * 7 - 1;
const DAY_MS = 86_400_000;
const AMOUNTS = ["transactionAmount", "discountAmount", "netAmount"] as const;

type Row = {
  day: string;
  status: string;
  funded: boolean;
  count: number;
  transactionAmount: string;
  discountAmount: string;
  netAmount: string;
};

export type SumFundingRecordsInput = {
  filters: FundingFilters;
  timeZone: string;
  /** The statuses the chart will draw (default: all): their range decides whether rows may come per week. */
  chart?: { statuses?: readonly string[] };
};

/** Rows ordered by day, then status; days without records are absent. */
export async function sumFundingRecordsByDay(input: SumFundingRecordsInput): Promise<FundingDaySums> {
  const { filters, timeZone } = input;
  const totals = dayTotalsWhereSql(filters);
  if (!totals) return sumRecords(input);
  await ensureFundingDayTotals(timeZone);

  // One read of the totals gives both the first and last day per status (the chart's range
  // when the filter's dates do not give it) and the sums, per week, month or year when the
  // chart will draw those: the same rule as chartRange and chooseGranularity, in SQL.
  const chosen = input.chart?.statuses ?? [];
  const [from, to] = [filters.from ?? null, filters.to ?? null];
  const sql = Prisma.sql`WITH f AS MATERIALIZED (
       SELECT t.day, t.status, t.funded, t.count, ${columns((c) => `t."${c}"`)} FROM ${totals.table} t WHERE ${totals.where}
     ),
     edges AS (SELECT status, min(day) AS first, max(day) AS last FROM f GROUP BY status),
     span AS (
       SELECT GREATEST(COALESCE(${from}::date, min(first)), DATE ${Prisma.raw(`'${MIN_DAY}'`)}) AS first,
              LEAST(COALESCE(${to}::date, max(last)), DATE ${Prisma.raw(`'${MAX_DAY}'`)}) AS last
       FROM edges WHERE cardinality(${chosen}::text[]) = 0 OR status = ANY(${chosen}::text[])
     ),
     unit AS (
       SELECT CASE
         WHEN last IS NULL OR first IS NULL OR last - first <= ${Prisma.raw(String(AUTO_WEEK_AFTER_DAYS))} THEN 'day'
         WHEN last - first <= ${Prisma.raw(String(MAX_WEEK_SPAN_DAYS))} THEN 'week'
         WHEN (extract(year FROM last) * 12 + extract(month FROM last)) - (extract(year FROM first) * 12 + extract(month FROM first)) < ${Prisma.raw(String(MAX_CHART_BUCKETS))} THEN 'month'
         ELSE 'year' END AS unit
       FROM span
     )
     SELECT 'edge' AS kind, status, to_char(first::timestamp, 'YYYY-MM-DD') AS day, to_char(last::timestamp, 'YYYY-MM-DD') AS last,
            (SELECT unit FROM unit) AS unit, NULL::boolean AS funded, NULL::int AS count, NULL::text AS "transactionAmount", NULL::text AS "discountAmount", NULL::text AS "netAmount"
     FROM edges
     UNION ALL
     SELECT 'sum', f.status,
            to_char(date_trunc(COALESCE((SELECT unit FROM unit), 'day'), f.day::timestamp), 'YYYY-MM-DD'),
            NULL, NULL, f.funded, sum(f.count)::int, ${columns((c) => `sum(f."${c}")::text`)}
     FROM f GROUP BY 3, f.status, f.funded HAVING sum(f.count) > 0
     ORDER BY 1, 3, 2, 6`;
  const { rows } = await pgPool().query<
    Row & { kind: "edge" | "sum"; last: string | null; unit: ChartGranularity | null }
  >(sql.text, sql.values);
  const edges = rows.filter((row) => row.kind === "edge");
  const bounds: DayBounds = new Map(edges.map((edge) => [edge.status, { first: edge.day, last: edge.last! }]));
  const unit = edges[0]?.unit ?? "day";
  return { rows: rows.filter((row) => row.kind === "sum").map(toCents), unit, bounds };
}

/** The search's records, day by day: as many rows as days and statuses, so no need to ask for weeks. */
async function sumRecords(input: SumFundingRecordsInput): Promise<FundingDaySums> {
  const { filters, timeZone } = input;
  const column = DATE_COLUMNS[filters.dateField];
  // A search's scan stops past the limit: the count says whether it was reached. Other
  // views read here (a review state, a filter the day totals do not keep) are few enough to
  // sum exactly. The day is computed once, so grouping and ordering name the same expression.
  const limit = filters.q ? Prisma.sql`LIMIT ${SEARCH_SUM_LIMIT + 1}` : Prisma.empty;
  const sql = Prisma.sql`WITH m AS (
       SELECT (${column} AT TIME ZONE ${timeZone})::date AS day, f.status, f."fundedAt" IS NOT NULL AS funded,
              ${columns((c) => `f."${c}"`)}
       FROM "FundingRecord" f WHERE ${fundingWhereSql(filters, timeZone)} AND ${column} IS NOT NULL
       ${limit}
     )
     SELECT to_char(m.day::timestamp, 'YYYY-MM-DD') AS day, m.status, m.funded, count(*)::int AS count,
            ${columns((c) => `(sum(m."${c}") * 100)::bigint::text AS "${c}"`)}
     FROM m GROUP BY m.day, m.status, m.funded ORDER BY m.day, m.status, m.funded`;
  const { rows } = await pgPool().query<Row>(sql.text, sql.values);
  if (filters.q && rows.reduce((sum, row) => sum + row.count, 0) > SEARCH_SUM_LIMIT)
    return { rows: [], unit: "day", bounds: new Map(), overLimit: true };
  const bounds: DayBounds = new Map();
  for (const row of rows) {
    const seen = bounds.get(row.status);
    bounds.set(row.status, { first: seen?.first ?? row.day, last: row.day });
  }
  return { rows: rows.map(toCents), unit: "day", bounds };
}

/** The three amount columns, each written by `cell`, comma-separated. */
function columns(cell: (column: (typeof AMOUNTS)[number]) => string): Prisma.Sql {
  return Prisma.raw(AMOUNTS.map(cell).join(", "));
}

/**
 * The days the chart spans: the filter's dates, else the first and last day with records
 * among its statuses; never outside MIN_DAY … MAX_DAY (a stored record dated year 0100 or
 * 9999 is counted in the totals but not drawn).
 */
export function chartRange(
  filters: FundingFilters,
  bounds: DayBounds,
  statuses: readonly string[] = [],
): { first: string | null; last: string | null } {
  const chosen = [...bounds]
    .filter(([status]) => !statuses.length || statuses.includes(status))
    .map(([, edge]) => edge);
  const first = filters.from ?? (chosen.length ? chosen.map((edge) => edge.first).sort()[0]! : null);
  const last =
    filters.to ??
    (chosen.length
      ? chosen
          .map((edge) => edge.last)
          .sort()
          .at(-1)!
      : null);
  if (!first || !last) return { first, last };
  return { first: first < MIN_DAY ? MIN_DAY : first, last: last > MAX_DAY ? MAX_DAY : last };
}

/** Days up to 92 days apart, then weeks, months and years, whichever first stays within MAX_CHART_BUCKETS. */
export function chooseGranularity(range: { first: string | null; last: string | null }): ChartGranularity {
  if (!range.first || !range.last) return "day";
  const days = (Date.parse(range.last) - Date.parse(range.first)) / DAY_MS;
  if (days <= AUTO_WEEK_AFTER_DAYS) return "day";
  if (days <= MAX_WEEK_SPAN_DAYS) return "week";
  const month = (day: string) => Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7));
  return month(range.last) - month(range.first) < MAX_CHART_BUCKETS ? "month" : "year";
}

function toCents(row: Row): FundingDayRow {
  return {
    day: row.day,
    status: row.status,
    funded: row.funded,
    count: row.count,
    transactionAmount: BigInt(row.transactionAmount),
    discountAmount: BigInt(row.discountAmount),
    netAmount: BigInt(row.netAmount),
  };
}

/** The sums of several rows (zero for none). */
export function addFundingCents(rows: readonly FundingCents[]): FundingCents {
  const total: FundingCents = { count: 0, transactionAmount: 0n, discountAmount: 0n, netAmount: 0n };
  for (const row of rows) {
    total.count += row.count;
    total.transactionAmount += row.transactionAmount;
    total.discountAmount += row.discountAmount;
    total.netAmount += row.netAmount;
  }
  return total;
}
