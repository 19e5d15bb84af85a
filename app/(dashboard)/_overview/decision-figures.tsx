// Approvals and declines per day, by provider: stacked per provider, so each day shows
// how many were decided and how many of them approved.
import { formatCount } from "@/lib/format/format-count";
import { PROVIDERS } from "@/lib/overview/chart-decisions-by-provider";
import type { Overview } from "@/lib/overview/get-overview";
import { overviewLinks } from "@/lib/overview/overview-links";

import { OverviewBarChart, type ChartSeries } from "./bar-chart";
import { FigureCard } from "./figure-card";
import { FigureTable } from "./figure-table";

const PROVIDER_NAMES = { WEGETFINANCING: "WeGetFinancing", CHARGEAFTER: "ChargeAfter" } as const;
const COLORS = {
  WEGETFINANCING: { approved: "#15803d", declined: "#f87171" },
  CHARGEAFTER: { approved: "#4ade80", declined: "#b91c1c" },
} as const;
const OUTCOMES = ["approved", "declined"] as const;

const SERIES: ChartSeries[] = PROVIDERS.flatMap((provider) =>
  OUTCOMES.map((outcome) => ({
    key: `${provider}.${outcome}`,
    label: `${PROVIDER_NAMES[provider]} ${outcome}`,
    color: COLORS[provider][outcome],
    stack: provider,
  })),
);

export function DecisionFigures({ overview }: { overview: Overview }) {
  const days = overview.decisions;
  const total = (outcome: (typeof OUTCOMES)[number]) =>
    days.reduce((n, day) => n + PROVIDERS.reduce((m, p) => m + day.byProvider[p][outcome], 0), 0);
  const summary = `${formatCount(total("approved"))} approved and ${formatCount(total("declined"))} declined from ${overview.window.from} to ${overview.window.to}, per day of the application's last event.`;
  const points = days.map((day) => {
    const values: Record<string, number> = {};
    for (const provider of PROVIDERS)
      for (const outcome of OUTCOMES) values[`${provider}.${outcome}`] = day.byProvider[provider][outcome];
    return {
      label: day.day,
      values,
      text: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, formatCount(v)])),
    };
  });
  const rows = days.map((day) => ({
    head: day.day,
    cells: PROVIDERS.flatMap((provider) =>
      OUTCOMES.map((outcome) => {
        const count = day.byProvider[provider][outcome];
        return {
          text: formatCount(count),
          label: `${formatCount(count)} ${PROVIDER_NAMES[provider]} ${outcome} on ${day.day}`,
          href: overviewLinks.decisions({ outcome, provider, from: day.day, to: day.day }),
        };
      }),
    ),
  }));
  return (
    <FigureCard id="decisions" title="Approvals and declines per day, by provider" summary={summary}>
      <OverviewBarChart points={points} series={SERIES} summaryId="decisions-summary" />
      <FigureTable
        caption="Approvals and declines per day, by provider"
        columns={["Day", ...SERIES.map((s) => s.label)]}
        rows={rows}
      />
    </FigureCard>
  );
}
