// What the report shows above its table, from one query: the counts and totals per status
// under every filter but the status (so each status chip says what one click shows), the
// totals of the filtered set, and its chart.
import { chartDayRows, type FundedAmountChart } from "./chart-funded-amounts";
import type { FundingFilters } from "./funding-filters";
import { sumFundingRecordsByDay } from "./sum-funding-records-by-day";
import { summarizeDayRows, type FundingSummary, type FundingTotals } from "./summarize-funding-records";

export type FundingOverview = { byStatus: FundingSummary; totals: FundingTotals; chart: FundedAmountChart };

export async function fundingOverview(input: { filters: FundingFilters; timeZone: string }): Promise<FundingOverview> {
  const { filters } = input;
  const statuses: readonly string[] = filters.status;
  const sums = await sumFundingRecordsByDay({
    filters: { ...filters, status: [] },
    timeZone: input.timeZone,
    chart: { statuses },
  });
  const byStatus = summarizeDayRows(sums.rows);
  const totals = statuses.length
    ? summarizeDayRows(sums.rows.filter((row) => statuses.includes(row.status))).total
    : byStatus.total;
  return { byStatus, totals, chart: chartDayRows(sums, { filters, statuses }) };
}
