// Totals of the filtered funding records: a count per status and overall counts and sums.
// Sums are computed in SQL (numeric, or bigint cents in the day totals) and returned as
// exact strings ("123456.78"): never a float. Without a search they come from the day
// totals (a few thousand rows at a million records), else from the records.
import { pgPool } from "../db/pg-pool";
import { centsToText, dayTotalsWhereSql, ensureFundingDayTotals } from "./funding-day-totals";
import type { FundingFilters } from "./funding-filters";
import { fundingWhereSql, SqlParams } from "./funding-where";

export type FundingTotals = { count: number; transactionAmount: string; discountAmount: string; netAmount: string };
export type FundingSummary = { byStatus: (FundingTotals & { status: string })[]; total: FundingTotals };

type Row = { status: string | null; grouped: number; count: string; transactionAmount: string; discountAmount: string; netAmount: string };

const AMOUNTS = ["transactionAmount", "discountAmount", "netAmount"] as const;

export async function summarizeFundingRecords(input: { filters: FundingFilters; timeZone: string }): Promise<FundingSummary> {
  const params = new SqlParams();
  const totals = dayTotalsWhereSql(input.filters, params);
  if (totals) await ensureFundingDayTotals(input.timeZone);
  // GROUPING SETS: one pass gives each status and the grand total (grouped = 1).
  const sql = totals
    ? `SELECT t.status, GROUPING(t.status) AS grouped, COALESCE(sum(t.count), 0)::text AS count,
              ${AMOUNTS.map((column) => `${centsToText(`t."${column}"`)} AS "${column}"`).join(", ")}
       FROM ${totals.table} t WHERE ${totals.where}
       GROUP BY GROUPING SETS ((t.status), ())
       HAVING GROUPING(t.status) = 1 OR sum(t.count) > 0
       ORDER BY GROUPING(t.status), t.status`
    : `SELECT f.status, GROUPING(f.status) AS grouped, count(*)::text AS count,
              ${AMOUNTS.map((column) => `COALESCE(sum(f."${column}"), 0)::numeric(20,2)::text AS "${column}"`).join(", ")}
       FROM "FundingRecord" f WHERE ${fundingWhereSql(input.filters, params, input.timeZone)}
       GROUP BY GROUPING SETS ((f.status), ())
       ORDER BY GROUPING(f.status), f.status`;
  const { rows } = await pgPool().query<Row>(sql, params.values);
  const toTotals = (row: Row): FundingTotals => ({
    count: Number(row.count),
    transactionAmount: row.transactionAmount,
    discountAmount: row.discountAmount,
    netAmount: row.netAmount,
  });
  const totalRow = rows.find((row) => row.grouped === 1);
  return {
    byStatus: rows.filter((row) => row.grouped === 0).map((row) => ({ status: row.status!, ...toTotals(row) })),
    total: totalRow ? toTotals(totalRow) : { count: 0, transactionAmount: "0.00", discountAmount: "0.00", netAmount: "0.00" },
  };
}
