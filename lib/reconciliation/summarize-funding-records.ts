// Totals of day rows (sum-funding-records-by-day.ts): a count per status and overall counts
// and sums, added as integer cents and returned as exact strings ("123456.78"): never a float.
import { centsToAmount } from "@/lib/format/exact-amounts";

import { addFundingCents, type FundingDayRow } from "./sum-funding-records-by-day";

export type FundingTotals = { count: number; transactionAmount: string; discountAmount: string; netAmount: string };
export type FundingSummary = { byStatus: (FundingTotals & { status: string })[]; total: FundingTotals };
/** The same records split: funded (fundedAt set) and not funded yet. Together they make the total. */
export type FundedSplit = { funded: FundingTotals; notFunded: FundingTotals };

/** The totals of day rows, per status (sorted) and overall. */
export function summarizeDayRows(rows: readonly FundingDayRow[]): FundingSummary {
  const byStatus = new Map<string, FundingDayRow[]>();
  for (const row of rows) {
    const inStatus = byStatus.get(row.status);
    if (inStatus) inStatus.push(row);
    else byStatus.set(row.status, [row]);
  }
  return {
    byStatus: [...byStatus.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([status, inStatus]) => ({ status, ...totalsOf(inStatus) })),
    total: totalsOf(rows),
  };
}

/** The totals of the funded rows and of the others. */
export function splitFunded(rows: readonly FundingDayRow[]): FundedSplit {
  return { funded: totalsOf(rows.filter((row) => row.funded)), notFunded: totalsOf(rows.filter((row) => !row.funded)) };
}

function totalsOf(rows: readonly FundingDayRow[]): FundingTotals {
  const sum = addFundingCents(rows);
  return {
    count: sum.count,
    transactionAmount: centsToAmount(sum.transactionAmount),
    discountAmount: centsToAmount(sum.discountAmount),
    netAmount: centsToAmount(sum.netAmount),
  };
}
