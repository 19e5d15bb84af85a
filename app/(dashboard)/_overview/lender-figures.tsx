// Each lender's approval rate over the 30 days, with the counts behind it.
import { formatCount } from "@/lib/format/format-count";
import type { Overview } from "@/lib/overview/get-overview";
import { overviewLinks } from "@/lib/overview/overview-links";

import { OverviewBarChart } from "./bar-chart";
import { FigureCard } from "./figure-card";
import { FigureTable } from "./figure-table";

const percent = (rate: number | null) => (rate === null ? "—" : `${rate}%`);

export function LenderFigures({ overview }: { overview: Overview }) {
  const { lenders, window } = overview;
  const best = lenders.filter((l) => l.ratePercent !== null).sort((a, b) => b.ratePercent! - a.ratePercent!)[0];
  const summary = lenders.length
    ? `Approved share of each lender's decisions from ${window.from} to ${window.to}` +
      (best ? `; the highest is ${best.lender} at ${percent(best.ratePercent)}.` : ".")
    : "No lender decided an application in the last 30 days.";
  const link = (lender: string, outcome: "approved" | "declined") =>
    overviewLinks.decisions({ outcome, lender, from: window.from, to: window.to });
  return (
    <FigureCard id="lenders" title="Approval rate by lender" summary={summary}>
      {lenders.length > 0 && (
        <>
          <OverviewBarChart
            horizontal
            unit="percent"
            height={Math.max(120, 36 * lenders.length + 40)}
            summaryId="lenders-summary"
            series={[{ key: "rate", label: "Approval rate", color: "#0369a1" }]}
            points={lenders.map((l) => ({
              label: l.lender,
              values: { rate: l.ratePercent ?? 0 },
              text: {
                rate: `${percent(l.ratePercent)} (${formatCount(l.approved)} of ${formatCount(l.approved + l.declined)})`,
              },
            }))}
          />
          <FigureTable
            caption="Approval rate by lender"
            columns={["Lender", "Approval rate", "Approved", "Declined"]}
            rows={lenders.map((l) => ({
              head: l.lender,
              cells: [
                { text: percent(l.ratePercent) },
                {
                  text: formatCount(l.approved),
                  href: link(l.lender, "approved"),
                  label: `${formatCount(l.approved)} approved by ${l.lender}`,
                },
                {
                  text: formatCount(l.declined),
                  href: link(l.lender, "declined"),
                  label: `${formatCount(l.declined)} declined by ${l.lender}`,
                },
              ],
            }))}
          />
        </>
      )}
    </FigureCard>
  );
}
