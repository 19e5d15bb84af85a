import { describe, expect, it } from "vitest";

import { chartDayRows } from "@/lib/reconciliation/chart-funded-amounts";
import { noFundingFilters, type FundingFilters } from "@/lib/reconciliation/funding-filters";
import {
  chooseGranularity,
  MAX_CHART_BUCKETS,
  type DayBounds,
  type FundingDayRow,
  type FundingDaySums,
} from "@/lib/reconciliation/sum-funding-records-by-day";

const row = (day: string, netAmount: bigint, status = "RECONCILED"): FundingDayRow => ({
  day,
  status,
  funded: true,
  count: 1,
  transactionAmount: netAmount,
  discountAmount: 0n,
  netAmount,
});
const sums = (rows: FundingDayRow[], bounds: DayBounds = new Map()): FundingDaySums => ({ rows, unit: "day", bounds });
const filters = (from?: string, to?: string): FundingFilters => ({ ...noFundingFilters, from, to });

describe("chartDayRows: the bucket cap", () => {
  it("from=9999-12-31&to=9999-12-31 (past the reader's bounds): answers at once, with nothing drawn", () => {
    const started = performance.now();
    const chart = chartDayRows(sums([]), { filters: filters("9999-12-31", "9999-12-31") });
    expect(chart.buckets).toEqual([]);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("records stored at year 0100 and 9999 are not drawn past 2000-01-01 … 2099-12-31, and the chart stays within the cap", () => {
    const bounds: DayBounds = new Map([["RECONCILED", { first: "0100-01-01", last: "9999-12-31" }]]);
    const chart = chartDayRows(
      sums([row("0100-01-01", 100n), row("2026-11-03", 250n), row("9999-12-31", 100n)], bounds),
      { filters: noFundingFilters },
    );
    expect(chart.granularity).toBe("year");
    expect(chart.buckets).toHaveLength(100);
    expect(chart.buckets[0]!.start).toBe("2000-01-01");
    expect(chart.buckets.at(-1)!.start).toBe("2099-01-01");
    expect(chart.buckets.find((b) => b.start === "2026-01-01")).toMatchObject({ total: "2.50", count: 1 });
  });

  it.each([
    ["2026-11-01", "2026-11-30", "day", 30],
    ["2026-01-01", "2026-12-31", "week", 53],
    // The longest span drawn as weeks, starting on a Sunday: its first and last weeks are a day each.
    ["2019-01-13", "2026-09-05", "week", 400],
    ["2019-01-13", "2026-09-06", "month", 93],
    ["2000-01-01", "2033-04-30", "month", 400],
    ["2000-01-01", "2033-05-01", "year", 34],
    ["2000-01-01", "2099-12-31", "year", 100],
  ] as const)("%s … %s: %s buckets, %i of them, never more than the cap", (from, to, granularity, count) => {
    expect(chooseGranularity({ first: from, last: to })).toBe(granularity);
    const chart = chartDayRows(sums([row(from, 1n), row(to, 2n)]), { filters: filters(from, to) });
    expect(chart.granularity).toBe(granularity);
    expect(chart.buckets).toHaveLength(count);
    expect(chart.buckets.length).toBeLessThanOrEqual(MAX_CHART_BUCKETS);
    expect(chart.buckets.reduce((n, b) => n + b.count, 0)).toBe(2);
    const starts = chart.buckets.map((b) => b.start);
    expect([...starts].sort()).toEqual(starts);
    if (granularity === "month") expect(starts.every((s) => s.endsWith("-01"))).toBe(true);
    if (granularity === "year") expect(starts.every((s) => s.endsWith("-01-01"))).toBe(true);
  });

  it("day rows regrouped into months add up exactly", () => {
    const days = [
      row("2020-01-31", 100n),
      row("2020-02-01", 5n),
      row("2020-02-29", 7n),
      row("2026-12-31", 1n, "MISSING"),
    ];
    const chart = chartDayRows(sums(days), { filters: filters("2018-01-01", "2026-12-31") });
    expect(chart.granularity).toBe("month");
    expect(chart.buckets).toHaveLength(108);
    expect(chart.buckets.slice(24, 26)).toEqual([
      { start: "2020-01-01", byStatus: { RECONCILED: "1.00" }, total: "1.00", count: 1 },
      { start: "2020-02-01", byStatus: { RECONCILED: "0.12" }, total: "0.12", count: 2 },
    ]);
    expect(chart.buckets.at(-1)).toEqual({
      start: "2026-12-01",
      byStatus: { MISSING: "0.01" },
      total: "0.01",
      count: 1,
    });
  });
});
