"use client";

// One bar chart for every overview figure (recharts draws in the browser): bars side by
// side or stacked, days or lenders along one axis. The server hands over plain numbers to
// draw and the same numbers already written for people (`text`), which the tooltip shows:
// money stays the exact string it was computed as.
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";

export type ChartSeries = { key: string; label: string; color: string; stack?: string };
/** `label` names the bar's day or lender; each series key has a number and its `text`. */
export type ChartPoint = { label: string; values: Record<string, number>; text: Record<string, string> };

type Props = {
  points: ChartPoint[];
  series: ChartSeries[];
  /** Lenders read better as rows: categories down the side, bars across. */
  horizontal?: boolean;
  /** Ticks of the value axis, e.g. "$1.2k" or "40%". */
  unit?: "count" | "money" | "percent";
  height?: number;
  summaryId: string;
};

const compact = new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 });

function tick(value: number, unit: Props["unit"]): string {
  if (unit === "percent") return `${value}%`;
  if (unit === "money") return `${value < 0 ? "-" : ""}$${compact.format(Math.abs(value))}`;
  return compact.format(value);
}

export function OverviewBarChart({
  points,
  series,
  horizontal = false,
  unit = "count",
  height = 240,
  summaryId,
}: Props) {
  const data = points.map((point) => ({ label: point.label, ...point.values, text: point.text }));
  const valueAxis = { tickFormatter: (value: number) => tick(value, unit), fontSize: 11, allowDecimals: false };
  const categoryAxis = { dataKey: "label", fontSize: 11 };
  return (
    <div
      className="w-full overflow-x-auto"
      tabIndex={0}
      role="group"
      aria-label="Chart, scrolls sideways on narrow screens"
    >
      <div role="img" aria-labelledby={summaryId}>
        <BarChart
          responsive
          data={data}
          layout={horizontal ? "vertical" : "horizontal"}
          style={{ width: "100%", minWidth: "30rem", height }}
          margin={{ top: 8, right: 12, bottom: 0, left: horizontal ? 24 : 0 }}
          accessibilityLayer={false}
        >
          <CartesianGrid strokeDasharray="3 3" stroke="#e5e7eb" vertical={horizontal} horizontal={!horizontal} />
          {horizontal ? (
            <>
              <XAxis type="number" {...valueAxis} domain={unit === "percent" ? [0, 100] : undefined} />
              <YAxis type="category" {...categoryAxis} width={120} />
            </>
          ) : (
            <>
              <XAxis {...categoryAxis} tickFormatter={(day: string) => day.slice(5)} minTickGap={8} />
              <YAxis {...valueAxis} width={56} />
            </>
          )}
          <Tooltip
            formatter={(_value, name, item) => {
              const key = String(item.dataKey);
              const text = (item.payload as { text?: Record<string, string> }).text?.[key];
              return [text ?? String(_value), name];
            }}
          />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {series.map((one) => (
            <Bar
              key={one.key}
              dataKey={one.key}
              name={one.label}
              fill={one.color}
              stackId={one.stack}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </div>
    </div>
  );
}
