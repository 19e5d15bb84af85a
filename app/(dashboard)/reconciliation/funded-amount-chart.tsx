// Net funded amount over time, split by status: a small server-rendered SVG stacked bar
// chart (refunds and other negative amounts stack below the zero line). Screen readers get
// a written summary, and everyone can open the same numbers as a table (chart-data-table.tsx).
import type { ReactNode } from "react";

import { addAmounts } from "@/lib/format/exact-amounts";
import { formatCount } from "@/lib/format/format-count";
import { formatMoney } from "@/lib/format/format-money";
import type { FundedAmountChart as ChartData, ChartGranularity } from "@/lib/reconciliation/chart-funded-amounts";

import { ChartDataTable } from "./chart-data-table";
import { fundingStatusFill, fundingStatusLabel } from "./funding-status-labels";

/** The chart's box and its heading, with or without bars to draw. */
function ChartSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section
      aria-labelledby="funding-chart-heading"
      className="mb-4 rounded-lg border border-gray-200 bg-white p-3 shadow-sm"
    >
      <h2 id="funding-chart-heading" className="text-sm font-semibold text-gray-900">
        {title}
      </h2>
      {children}
    </section>
  );
}

const WIDTH = 760;
const HEIGHT = 220;
const MARGIN = { top: 10, right: 8, bottom: 26, left: 76 };
const PLOT_W = WIDTH - MARGIN.left - MARGIN.right;
const PLOT_H = HEIGHT - MARGIN.top - MARGIN.bottom;

export function FundedAmountChart({ chart }: { chart: ChartData }) {
  const { buckets, statuses } = chart;
  const unit = chart.granularity;
  const dateWord = chart.dateField === "fundedAt" ? "funding date" : "transaction date";
  const title = `Net amount per ${unit} by ${dateWord}, split by status`;
  if (!buckets.length) {
    return (
      <ChartSection title={title}>
        <p className="mt-1 text-sm text-gray-600">No records with a {dateWord} in this filter: nothing to draw.</p>
      </ChartSection>
    );
  }

  const stacks = buckets.map((bucket) => {
    let up = 0;
    let down = 0;
    const segments = statuses
      .filter((status) => bucket.byStatus[status] !== undefined)
      .map((status) => {
        const amount = bucket.byStatus[status]!;
        const value = Number(amount); // drawing only: the numbers shown are the exact strings
        const from = value >= 0 ? up : down;
        if (value >= 0) up += value;
        else down += value;
        return { status, amount, from, to: from + value };
      });
    return { bucket, segments, up, down };
  });
  const max = niceCeil(Math.max(0, ...stacks.map((s) => s.up)));
  const min = -niceCeil(-Math.min(0, ...stacks.map((s) => s.down)));
  const span = max - min || 1;
  const y = (value: number) => MARGIN.top + ((max - value) / span) * PLOT_H;
  const slot = PLOT_W / buckets.length;
  const barWidth = Math.max(1, Math.min(28, slot * 0.72));
  const ticks = tickValues(min, max);
  const round = (n: number) => Math.round(n * 10) / 10;
  const statusPath = (status: string) =>
    stacks
      .flatMap(({ segments }, i) => {
        const segment = segments.find((s) => s.status === status);
        if (!segment) return [];
        const x = round(MARGIN.left + i * slot + (slot - barWidth) / 2);
        const top = round(y(Math.max(segment.from, segment.to)));
        const height = round(Math.max(0.5, Math.abs(y(segment.from) - y(segment.to))));
        return [`M${x} ${top}h${round(barWidth)}v${height}h${-round(barWidth)}z`];
      })
      .join("");
  const bucketTooltip = (bucket: (typeof buckets)[number]) =>
    [
      `${label(bucket.start, unit)}: ${formatMoney(bucket.total)}`,
      ...statuses
        .filter((s) => bucket.byStatus[s])
        .map((s) => `${fundingStatusLabel(s)} ${formatMoney(bucket.byStatus[s]!)}`),
    ].join("\n");
  const labelEvery = Math.max(1, Math.ceil(buckets.length / 7));

  const total = addAmounts(buckets.map((b) => b.total));
  const count = buckets.reduce((n, b) => n + b.count, 0);
  const largest = buckets.reduce((best, b) => (Number(b.total) > Number(best.total) ? b : best), buckets[0]!);
  const first = buckets[0]!.start;
  const last = buckets[buckets.length - 1]!.start;
  const summary =
    `${title}, ${SPAN_WORDS[unit]} ${label(first, unit)} to ${label(last, unit)}: ${formatMoney(total)} net across ${formatCount(count)} records` +
    (Number(largest.total) > 0
      ? `; the largest ${unit} is ${label(largest.start, unit)} with ${formatMoney(largest.total)}.`
      : ".");

  return (
    <ChartSection title={title}>
      <p id="funding-chart-summary" className="sr-only">
        {summary}
      </p>
      <ul className="mt-2 flex flex-wrap gap-x-3 gap-y-1 text-xs text-gray-700" aria-label="Legend">
        {statuses.map((status) => (
          <li key={status} className="inline-flex items-center gap-1">
            <span
              aria-hidden="true"
              className="size-2.5 rounded-sm"
              style={{ backgroundColor: fundingStatusFill(status) }}
            />
            {fundingStatusLabel(status)}
          </li>
        ))}
      </ul>
      <div
        className="relative mt-2 overflow-x-auto"
        tabIndex={0}
        role="group"
        aria-label="Chart, scrolls sideways on narrow screens"
      >
        <svg
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          role="img"
          aria-labelledby="funding-chart-summary"
          className="block h-auto w-full min-w-[34rem]"
        >
          {ticks.map((tick) => (
            <g key={tick}>
              <line
                x1={MARGIN.left}
                x2={WIDTH - MARGIN.right}
                y1={y(tick)}
                y2={y(tick)}
                stroke={tick === 0 ? "#6b7280" : "#e5e7eb"}
                strokeWidth={1}
              />
              <text x={MARGIN.left - 6} y={y(tick)} dy="0.32em" textAnchor="end" fontSize="11" fill="#4b5563">
                {formatAxis(tick)}
              </text>
            </g>
          ))}
          {/* One path per status (a few elements, not one per bar and status: the page stays small at a year of days). */}
          {statuses.map((status) => (
            <path key={status} d={statusPath(status)} fill={fundingStatusFill(status)} />
          ))}
          {stacks.map(({ bucket }, i) => (
            <g key={bucket.start}>
              {/* A transparent column per bucket carries its numbers as a tooltip. */}
              <rect x={MARGIN.left + i * slot} y={MARGIN.top} width={slot} height={PLOT_H} fill="transparent">
                <title>{bucketTooltip(bucket)}</title>
              </rect>
              {i % labelEvery === 0 && (
                <text
                  x={MARGIN.left + i * slot + slot / 2}
                  y={HEIGHT - 8}
                  textAnchor="middle"
                  fontSize="11"
                  fill="#4b5563"
                >
                  {axisLabel(bucket.start, unit)}
                </text>
              )}
            </g>
          ))}
        </svg>
      </div>
      <ChartDataTable
        title={title}
        unit={unit}
        statusLabels={statuses.map(fundingStatusLabel)}
        rows={buckets.map((bucket) => ({
          start: label(bucket.start, unit),
          byStatus: statuses.map((status) => (bucket.byStatus[status] ? formatMoney(bucket.byStatus[status]) : null)),
          total: formatMoney(bucket.total),
          count: formatCount(bucket.count),
        }))}
      />
    </ChartSection>
  );
}

const SPAN_WORDS: Record<ChartGranularity, string> = {
  day: "",
  week: "weeks starting",
  month: "months",
  year: "years",
};

/** A bucket's name: its first day, or the month (2026-11) or the year (2026) it is. */
function label(start: string, unit: ChartGranularity): string {
  return unit === "month" ? start.slice(0, 7) : unit === "year" ? start.slice(0, 4) : start;
}

/** Under a bar: month-day for days and weeks, year-month for months, the year. */
function axisLabel(start: string, unit: ChartGranularity): string {
  return unit === "month" ? start.slice(0, 7) : unit === "year" ? start.slice(0, 4) : start.slice(5);
}

/** 1, 2, 2.5 or 5 times a power of ten, at or above `value` (0 stays 0). */
function niceCeil(value: number): number {
  if (value <= 0) return 0;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= value) ?? 10;
  return step * power;
}

function tickValues(min: number, max: number): number[] {
  const span = max - min;
  if (span <= 0) return [0];
  const step = niceCeil(span / 4);
  const ticks: number[] = [];
  for (let tick = Math.ceil(min / step) * step; tick <= max + step / 1000; tick += step)
    ticks.push(Number(tick.toFixed(2)));
  if (!ticks.includes(0)) ticks.push(0);
  return ticks;
}

function formatAxis(value: number): string {
  const abs = Math.abs(value);
  const sign = value < 0 ? "-" : "";
  if (abs >= 1_000_000) return `${sign}$${trim(abs / 1_000_000)}M`;
  if (abs >= 1_000) return `${sign}$${trim(abs / 1_000)}k`;
  return `${sign}$${trim(abs)}`;
}

const trim = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1).replace(/\.0$/, ""));
