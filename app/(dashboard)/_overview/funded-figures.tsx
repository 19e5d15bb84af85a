// Funded net per week (what lenders paid in, by funding day). Money only for roles that may
// see funding; support sees how many records were funded, without links to pages it cannot open.
import { addAmounts } from "@/lib/format/exact-amounts";
import { formatCount } from "@/lib/format/format-count";
import { formatMoney } from "@/lib/format/format-money";
import type { Overview } from "@/lib/overview/get-overview";
import { overviewLinks } from "@/lib/overview/overview-links";

import { OverviewBarChart } from "./bar-chart";
import { FigureCard } from "./figure-card";
import { FigureTable, type FigureCell } from "./figure-table";

export function FundedFigures({ overview }: { overview: Overview }) {
  const { fundedWeeks: weeks, withFunding, window } = overview;
  const records = formatCount(weeks.reduce((n, w) => n + w.count, 0));
  const title = withFunding ? "Funded net per week" : "Funded records per week";
  const summary = withFunding
    ? `${formatMoney(addAmounts(weeks.map((w) => w.net ?? "0")))} net funded across ${records} records from ${window.from} to ${window.to}, by funding day.`
    : `${records} records funded from ${window.from} to ${window.to}, by funding day. Amounts are for finance and admin.`;
  const key = withFunding ? "net" : "count";
  const linkOf = (week: (typeof weeks)[number], text: string, what: string): FigureCell =>
    withFunding
      ? { text, href: overviewLinks.fundedBetween(week.from, week.to), label: `${text} ${what}, week of ${week.from}` }
      : { text };
  return (
    <FigureCard id="funded" title={title} summary={summary}>
      <OverviewBarChart
        unit={withFunding ? "money" : "count"}
        summaryId="funded-summary"
        series={[{ key, label: withFunding ? "Net funded" : "Records funded", color: "#7c3aed" }]}
        points={weeks.map((week) => ({
          label: week.from,
          values: { [key]: withFunding ? Number(week.net) : week.count }, // drawing only: the text is exact
          text: { [key]: withFunding ? formatMoney(week.net!) : formatCount(week.count) },
        }))}
      />
      <FigureTable
        caption={title}
        columns={withFunding ? ["Week from", "To", "Net funded", "Records"] : ["Week from", "To", "Records"]}
        rows={weeks.map((week) => ({
          head: week.from,
          cells: [
            { text: week.to },
            ...(withFunding ? [linkOf(week, formatMoney(week.net!), "net funded")] : []),
            linkOf(week, formatCount(week.count), "records funded"),
          ],
        }))}
      />
    </FigureCard>
  );
}
