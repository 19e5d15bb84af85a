// Totals of the filtered funding records: a count per status and overall counts and sums.
// Sums are computed in SQL numeric and returned as exact strings ("123456.78"): never a float.
import { pgPool } from "../db/pg-pool";
import type { FundingFilters } from "./funding-filters";
import { fundingWhereSql, SqlParams } from "./funding-where";

export type FundingTotals = { count: number; transactionAmount: string; discountAmount: string; netAmount: string };
export type FundingSummary = { byStatus: (FundingTotals & { status: string })[]; total: FundingTotals };

type Row = { status: string | null; grouped: number; count: string; transactionAmount: string; discountAmount: string; netAmount: string };

export async function summarizeFundingRecords(input: { filters: FundingFilters; timeZone: string }): Promise<FundingSummary> {
  const params = new SqlParams();
  const where = fundingWhereSql(input.filters, params, input.timeZone);
  const sum = (column: string) => `COALESCE(sum(f."${column}"), 0)::numeric(20,2)::text AS "${column}"`;
  // GROUPING SETS: one pass gives each status and the grand total (grouped = 1).
  const { rows } = await pgPool().query<Row>(
    `SELECT f.status, GROUPING(f.status) AS grouped, count(*)::text AS count,
            ${sum("transactionAmount")}, ${sum("discountAmount")}, ${sum("netAmount")}
     FROM "FundingRecord" f WHERE ${where}
     GROUP BY GROUPING SETS ((f.status), ())
     ORDER BY GROUPING(f.status), f.status`,
    params.values,
  );
  const totals = (row: Row): FundingTotals => ({
    count: Number(row.count),
    transactionAmount: row.transactionAmount,
    discountAmount: row.discountAmount,
    netAmount: row.netAmount,
  });
  const totalRow = rows.find((row) => row.grouped === 1);
  return {
    byStatus: rows.filter((row) => row.grouped === 0).map((row) => ({ status: row.status!, ...totals(row) })),
    total: totalRow ? totals(totalRow) : { count: 0, transactionAmount: "0.00", discountAmount: "0.00", netAmount: "0.00" },
  };
}
