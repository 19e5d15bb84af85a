// Funded amount (netAmount, what the merchant receives) per day or week over the filtered
// records, split by status. Buckets are calendar days (or ISO weeks, Monday first) in
// APP_TIMEZONE on the filter's date field; days without records are filled with zeros.
// Data only: the page draws it. Amounts are exact strings from SQL numeric. Without a
// search the days come from the day totals (lib/reconciliation/funding-day-totals.ts).
import { pgPool } from "../db/pg-pool";
import { centsToText, dayTotalsWhereSql, ensureFundingDayTotals } from "./funding-day-totals";
import type { FundingFilters } from "./funding-filters";
import { DATE_COLUMNS, fundingWhereSql, SqlParams } from "./funding-where";

export type ChartGranularity = "day" | "week";

export type FundedAmountBucket = {
  /** First day of the bucket, YYYY-MM-DD in APP_TIMEZONE. */
  start: string;
  /** Funded amount per status present in the bucket. */
  byStatus: Record<string, string>;
  total: string;
  count: number;
};

export type FundedAmountChart = { granularity: ChartGranularity; dateField: FundingFilters["dateField"]; statuses: string[]; buckets: FundedAmountBucket[] };

/** Days in a range beyond which "auto" draws weeks. */
const AUTO_WEEK_AFTER_DAYS = 92;
const DAY_MS = 86_400_000;

type Row = { bucket: string; status: string; amount: string; count: string };

export async function chartFundedAmounts(input: { filters: FundingFilters; timeZone: string; granularity?: ChartGranularity | "auto" }): Promise<FundedAmountChart> {
  const { filters, timeZone } = input;
  const source = await bucketSource(filters, timeZone);
  // One pass by day; weeks are summed from the days here, so the range need not be known first.
  const { rows: days } = await pgPool().query<Row>(
    `SELECT to_char(${source.day}::timestamp, 'YYYY-MM-DD') AS bucket, ${source.status} AS status, ${source.amount} AS amount, ${source.count}::text AS count
     FROM ${source.from}
     GROUP BY 1, 2 HAVING ${source.count} > 0 ORDER BY 1, 2`,
    source.params.values,
  );
  const first = filters.from ?? days[0]?.bucket ?? null;
  const last = filters.to ?? days.at(-1)?.bucket ?? null;
  const granularity = chooseGranularity(input.granularity ?? "auto", first, last);
  if (!first || !last) return { granularity, dateField: filters.dateField, statuses: [], buckets: [] };
  const rows = granularity === "week" ? toWeeks(days) : days;
  return { granularity, dateField: filters.dateField, statuses: [...new Set(rows.map((r) => r.status))].sort(), buckets: fill(rows, first, last, granularity) };
}

/** Day rows summed into their ISO weeks (Monday first), per status. */
function toWeeks(days: Row[]): Row[] {
  const weeks = new Map<string, { bucket: string; status: string; amounts: string[]; count: number }>();
  const mondays = new Map<string, string>();
  for (const day of days) {
    const bucket = mondays.get(day.bucket) ?? bucketStart(day.bucket, "week");
    mondays.set(day.bucket, bucket);
    const key = `${bucket} ${day.status}`;
    const week = weeks.get(key) ?? { bucket, status: day.status, amounts: [], count: 0 };
    week.amounts.push(day.amount);
    week.count += Number(day.count);
    weeks.set(key, week);
  }
  return [...weeks.values()].map((w) => ({ bucket: w.bucket, status: w.status, amount: sumCents(w.amounts), count: String(w.count) }));
}

/**
 * Where the days come from: the day totals when the view has no search (a few thousand
 * rows at a million records), else the records, each on its day in APP_TIMEZONE.
 */
async function bucketSource(filters: FundingFilters, timeZone: string) {
  const params = new SqlParams();
  const totals = dayTotalsWhereSql(filters, params);
  if (totals) {
    await ensureFundingDayTotals(timeZone);
    return { params, from: `${totals.table} t WHERE ${totals.where}`, day: "t.day", status: "t.status", amount: centsToText(`t."netAmount"`), count: "sum(t.count)" };
  }
  const where = fundingWhereSql(filters, params, timeZone);
  const column = DATE_COLUMNS[filters.dateField];
  const day = `(${column} AT TIME ZONE ${params.add(timeZone)})::date`;
  return { params, from: `"FundingRecord" f WHERE ${where} AND ${column} IS NOT NULL`, day, status: "f.status", amount: `sum(f."netAmount")::numeric(20,2)::text`, count: "count(*)" };
}

function chooseGranularity(asked: ChartGranularity | "auto", first: string | null, last: string | null): ChartGranularity {
  if (asked !== "auto") return asked;
  if (!first || !last) return "day";
  return (Date.parse(last) - Date.parse(first)) / DAY_MS > AUTO_WEEK_AFTER_DAYS ? "week" : "day";
}

function fill(rows: Row[], first: string, last: string, granularity: ChartGranularity): FundedAmountBucket[] {
  const byStart = new Map<string, Row[]>();
  for (const row of rows) byStart.set(row.bucket, [...(byStart.get(row.bucket) ?? []), row]);
  const step = granularity === "week" ? 7 : 1;
  const buckets: FundedAmountBucket[] = [];
  for (let day = bucketStart(first, granularity); day <= last; day = addDays(day, step)) {
    const inBucket = byStart.get(day) ?? [];
    buckets.push({
      start: day,
      byStatus: Object.fromEntries(inBucket.map((r) => [r.status, r.amount])),
      total: sumCents(inBucket.map((r) => r.amount)),
      count: inBucket.reduce((n, r) => n + Number(r.count), 0),
    });
  }
  return buckets;
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

/** Adds exact two-decimal strings as integer cents (BigInt): no float on the way. */
function sumCents(amounts: string[]): string {
  const cents = amounts.reduce((total, amount) => total + toCents(amount), 0n);
  const sign = cents < 0n ? "-" : "";
  const abs = cents < 0n ? -cents : cents;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, "0")}`;
}

function toCents(amount: string): bigint {
  const [whole, fraction = ""] = amount.replace("-", "").split(".");
  const cents = BigInt(whole!) * 100n + BigInt((fraction + "00").slice(0, 2));
  return amount.startsWith("-") ? -cents : cents;
}
