// What the report shows above its table, from one query: the counts and totals per status
// under every filter but the status (so each status chip says what one click shows), the
// totals of the filtered set and the same split into funded and not funded, and its chart;
// or, for a search matching more than SEARCH_SUM_LIMIT records, that it was not summed.
import { chartDayRows, type FundedAmountChart } from "./chart-funded-amounts";
import type { FundingFilters } from "./funding-filters";
import { SEARCH_SUM_LIMIT, sumFundingRecordsByDay } from "./sum-funding-records-by-day";
import {
  splitFunded,
  summarizeDayRows,
  type FundedSplit,
  type FundingSummary,
  type FundingTotals,
} from "./summarize-funding-records";

export type FundingOverview = {
  byStatus: FundingSummary;
  totals: FundingTotals;
  split: FundedSplit;
  chart: FundedAmountChart;
  /** The search matched more records than this: counts, totals and chart are empty. */
  overLimit: number | null;
};

export async function fundingOverview(input: { filters: FundingFilters; timeZone: string }): Promise<FundingOverview> {
  const { filters } = input;
  const statuses: readonly string[] = filters.status;
  const sums = await sumFundingRecordsByDay({
    filters: { ...filters, status: [] },
    timeZone: input.timeZone,
    chart: { statuses },
  });
  const byStatus = summarizeDayRows(sums.rows);
  const chosen = statuses.length ? sums.rows.filter((row) => statuses.includes(row.status)) : sums.rows;
  const totals = statuses.length ? summarizeDayRows(chosen).total : byStatus.total;
  return {
    byStatus,
    totals,
    split: splitFunded(chosen),
    chart: chartDayRows(sums, { filters, statuses }),
    overLimit: sums.overLimit ? SEARCH_SUM_LIMIT : null,
  };
}
