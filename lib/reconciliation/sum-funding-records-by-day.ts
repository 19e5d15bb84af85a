// The filtered funding records summed per day (in APP_TIMEZONE, on the filter's date field)
// and status: the one query behind the report's totals, status counts and chart. Without a
// search it reads the day totals (a few thousand rows at a million records, see
// funding-day-totals.ts), else the records. Amounts come as integer cents (bigint): exact,
// and cheap to add up again per status or week.
import { pgPool } from "../db/pg-pool";
import { dayTotalsWhereSql, ensureFundingDayTotals } from "./funding-day-totals";
import type { FundingFilters } from "./funding-filters";
import { DATE_COLUMNS, fundingWhereSql, SqlParams } from "./funding-where";

export type FundingCents = { count: number; transactionAmount: bigint; discountAmount: bigint; netAmount: bigint };
export type FundingDayRow = FundingCents & { day: string; status: string };

const AMOUNTS = ["transactionAmount", "discountAmount", "netAmount"] as const;

type Row = { day: string; status: string; count: number; transactionAmount: string; discountAmount: string; netAmount: string };

/** Rows ordered by day, then status; days without records are absent. */
export async function sumFundingRecordsByDay(input: { filters: FundingFilters; timeZone: string }): Promise<FundingDayRow[]> {
  const { filters, timeZone } = input;
  const params = new SqlParams();
  const totals = dayTotalsWhereSql(filters, params);
  let sql: string;
  if (totals) {
    await ensureFundingDayTotals(timeZone);
    sql = `SELECT to_char(t.day::timestamp, 'YYYY-MM-DD') AS day, t.status, sum(t.count)::int AS count,
                  ${AMOUNTS.map((column) => `sum(t."${column}")::text AS "${column}"`).join(", ")}
           FROM ${totals.table} t WHERE ${totals.where}
           GROUP BY t.day, t.status HAVING sum(t.count) > 0 ORDER BY t.day, t.status`;
  } else {
    const where = fundingWhereSql(filters, params, timeZone);
    const column = DATE_COLUMNS[filters.dateField];
    const day = `(${column} AT TIME ZONE ${params.add(timeZone)})::date`;
    sql = `SELECT to_char(${day}::timestamp, 'YYYY-MM-DD') AS day, f.status, count(*)::int AS count,
                  ${AMOUNTS.map((column) => `(sum(f."${column}") * 100)::bigint::text AS "${column}"`).join(", ")}
           FROM "FundingRecord" f WHERE ${where} AND ${column} IS NOT NULL
           GROUP BY ${day}, f.status ORDER BY ${day}, f.status`;
  }
  const { rows } = await pgPool().query<Row>(sql, params.values);
  return rows.map((row) => ({
    day: row.day,
    status: row.status,
    count: row.count,
    transactionAmount: BigInt(row.transactionAmount),
    discountAmount: BigInt(row.discountAmount),
    netAmount: BigInt(row.netAmount),
  }));
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
