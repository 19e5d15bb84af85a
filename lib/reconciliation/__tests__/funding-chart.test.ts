// The funding report's chart: buckets per day, week, month or year, each equal to its records.
import Decimal from "decimal.js";
import { beforeAll, describe, expect, it } from "vitest";

import { fundingOverview } from "@/lib/reconciliation/funding-overview";
import type { FakeFundingRecord } from "@/test/fakes/chargeafter-funding-api";

import { expectedTotals, filters, importReport, nyDay, records, ZONE } from "./make-funding-report";

beforeAll(importReport);

describe("funding report chart", () => {
  it("chart: funded (net) amount per day in the zone, split by status, gaps filled, sums exact", async () => {
    const f = filters("from=2026-11-01&to=2026-11-10&dateField=fundedAt");
    const { chart } = await fundingOverview({ filters: f, timeZone: ZONE });
    expect(chart.granularity).toBe("day");
    expect(chart.buckets.map((b) => b.start)).toEqual(
      Array.from({ length: 10 }, (_, i) => `2026-11-${String(i + 1).padStart(2, "0")}`),
    );
    for (const bucket of chart.buckets) {
      const inDay = records.filter((r) => r.fundedAt && nyDay(r.fundedAt) === bucket.start);
      expect(bucket.count).toBe(inDay.length);
      expect(bucket.total).toBe(expectedTotals(inDay).netAmount);
      for (const [status, amount] of Object.entries(bucket.byStatus))
        expect(amount).toBe(expectedTotals(inDay.filter((r) => r.status === status)).netAmount);
    }
  });

  it.each([
    "status=TYPE_MISMATCH&status=AMOUNT_MISMATCH",
    "q=LOVELACE&status=RECONCILED",
    "lender=Finara&status=RECONCILED&from=2026-11-01&to=2026-11-20&dateField=fundedAt",
  ])("overview %s: the status counts ignore the status filter, the totals and the chart keep it", async (query) => {
    const f = filters(query);
    const overview = await fundingOverview({ filters: f, timeZone: ZONE });
    const unfiltered = await fundingOverview({ filters: { ...f, status: [] }, timeZone: ZONE });
    expect(overview.byStatus).toEqual(unfiltered.byStatus);
    const chosen = unfiltered.byStatus.byStatus.filter((s) => (f.status as readonly string[]).includes(s.status));
    expect(overview.totals.count).toBe(chosen.reduce((n, s) => n + s.count, 0));
    expect(overview.totals.count).toBeGreaterThan(0);
    expect(overview.chart.statuses.every((s) => (f.status as readonly string[]).includes(s))).toBe(true);
    expect(overview.chart.buckets.reduce((n, b) => n + b.count, 0)).toBe(overview.totals.count);
  });

  it("chart: over more than 92 days it draws weeks (summed by the database), each equal to its records", async () => {
    for (const query of ["from=2026-06-01&to=2026-11-30", "status=RECONCILED&from=2026-06-01&to=2026-11-30"]) {
      const f = filters(query);
      const chart = (await fundingOverview({ filters: f, timeZone: ZONE })).chart;
      expect(chart.granularity).toBe("week");
      expect(chart.buckets[0]!.start).toBe("2026-06-01"); // a Monday
      const inWeek = (r: FakeFundingRecord, start: string) => {
        const day = nyDay(r.transactionDate);
        const end = new Date(Date.parse(`${start}T00:00:00Z`) + 6 * 86_400_000).toISOString().slice(0, 10);
        return day >= start && day <= end && (!f.status.length || (f.status as readonly string[]).includes(r.status));
      };
      for (const bucket of chart.buckets) {
        const selected = records.filter((r) => inWeek(r, bucket.start));
        expect([bucket.start, bucket.count, bucket.total]).toEqual([
          bucket.start,
          selected.length,
          expectedTotals(selected).netAmount,
        ]);
      }
      expect(chart.buckets.every((b) => new Date(`${b.start}T00:00:00Z`).getUTCDay() === 1)).toBe(true);
      const total = chart.buckets.reduce((sum, b) => sum.plus(b.total), new Decimal(0)).toFixed(2);
      expect(total).toBe(
        expectedTotals(
          records.filter(
            (r) =>
              nyDay(r.transactionDate) >= "2026-06-01" &&
              nyDay(r.transactionDate) <= "2026-11-30" &&
              (!f.status.length || (f.status as readonly string[]).includes(r.status)),
          ),
        ).netAmount,
      );
    }
  });
});

describe("chart bucket cap (at most ~400 buckets: days, weeks, months, years)", () => {
  const monthOf = (r: FakeFundingRecord) => `${nyDay(r.transactionDate).slice(0, 7)}-01`;

  it.each([
    ["from=2019-01-01&to=2026-12-31", "month", 96],
    ["from=2000-01-01&to=2099-12-31", "year", 100],
    ["q=LOVELACE&from=2000-01-01&to=2099-12-31", "year", 100],
  ] as const)(
    "%s: %s buckets summed by the database (or regrouped from a search's days), each equal to its records",
    async (query, granularity, count) => {
      const f = filters(query);
      const { chart, totals } = await fundingOverview({ filters: f, timeZone: ZONE });
      expect(chart.granularity).toBe(granularity);
      expect(chart.buckets).toHaveLength(count);
      expect(chart.buckets.reduce((n, b) => n + b.count, 0)).toBe(totals.count);
      if (granularity === "month") {
        for (const bucket of chart.buckets)
          expect([bucket.start, bucket.total]).toEqual([
            bucket.start,
            expectedTotals(records.filter((r) => monthOf(r) === bucket.start)).netAmount,
          ]);
      }
    },
  );

  it("records stored far outside the desk's dates (years 0100 and 9999): the chart answers, drawn within 2000 … 2099, the totals keep them", async () => {
    const [early, late] = [records[20]!, records[21]!];
    const { pgPool } = await import("@/lib/db/pg-pool");
    const move = (id: string, at: string) =>
      pgPool().query(`UPDATE "FundingRecord" SET "transactionDate" = $1 WHERE "transactionId" = $2`, [at, id]);
    await move(early.transactionId, "0100-01-01T12:00:00Z");
    await move(late.transactionId, "9999-12-31T12:00:00Z");
    try {
      const started = performance.now();
      const { chart, totals } = await fundingOverview({ filters: filters(""), timeZone: ZONE });
      expect(performance.now() - started).toBeLessThan(5000);
      expect(totals.count).toBe(records.length);
      expect(chart.granularity).toBe("year");
      expect(chart.buckets.length).toBeLessThanOrEqual(100);
      expect(chart.buckets[0]!.start).toBe("2000-01-01");
      expect(chart.buckets.reduce((n, b) => n + b.count, 0)).toBe(records.length - 2);
    } finally {
      await move(early.transactionId, early.transactionDate);
      await move(late.transactionId, late.transactionDate);
    }
  });
});
