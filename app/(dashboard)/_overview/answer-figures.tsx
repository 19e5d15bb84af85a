// Deliveries per day by our answer (2xx stored, 4xx refused, 5xx could not store).
import { STATUS_CLASSES } from "@/lib/deliveries/find-deliveries-schema";
import { formatCount } from "@/lib/format/format-count";
import type { Overview } from "@/lib/overview/get-overview";
import { overviewLinks } from "@/lib/overview/overview-links";

import { OverviewBarChart, type ChartSeries } from "./bar-chart";
import { FigureCard } from "./figure-card";
import { FigureTable } from "./figure-table";

const SERIES: ChartSeries[] = [
  { key: "2xx", label: "2xx (stored)", color: "#16a34a", stack: "all" },
  { key: "4xx", label: "4xx (refused)", color: "#d97706", stack: "all" },
  { key: "5xx", label: "5xx (not stored)", color: "#dc2626", stack: "all" },
];

export function AnswerFigures({ overview }: { overview: Overview }) {
  const { answers, window } = overview;
  const sum = (key: (typeof STATUS_CLASSES)[number]) => answers.reduce((n, day) => n + day[key], 0);
  const summary = `Deliveries received from ${window.from} to ${window.to} by our answer: ${STATUS_CLASSES.map((c) => `${formatCount(sum(c))} ${c}`).join(", ")}.`;
  return (
    <FigureCard id="answers" title="Deliveries by answer" summary={summary}>
      <OverviewBarChart
        summaryId="answers-summary"
        series={SERIES}
        points={answers.map((day) => ({
          label: day.day,
          values: { "2xx": day["2xx"], "4xx": day["4xx"], "5xx": day["5xx"] },
          text: Object.fromEntries(STATUS_CLASSES.map((c) => [c, formatCount(day[c])])),
        }))}
      />
      <FigureTable
        caption="Deliveries by answer, per day"
        columns={["Day", ...SERIES.map((s) => s.label)]}
        rows={answers.map((day) => ({
          head: day.day,
          cells: STATUS_CLASSES.map((c) => ({
            text: formatCount(day[c]),
            href: overviewLinks.deliveriesAnswered(c, day.day, day.day),
            label: `${formatCount(day[c])} answered ${c} on ${day.day}`,
          })),
        }))}
      />
    </FigureCard>
  );
}
